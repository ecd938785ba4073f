package org.tiaojie.cases.core.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.apache.karaf.config.core.ConfigRepository;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ManagedServiceFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tiaojie.cases.api.Actor;
import org.tiaojie.cases.api.DepartmentDirectory;
import org.tiaojie.cases.api.DepartmentStatus;
import org.tiaojie.cases.api.ErrorCode;
import org.tiaojie.cases.api.FieldViolation;
import org.tiaojie.cases.api.Roles;
import org.tiaojie.cases.api.TiaojieException;
import org.tiaojie.cases.api.ValidationException;
import org.tiaojie.cases.api.spi.ConfiguredDepartmentIntake;
import org.tiaojie.cases.api.spi.DepartmentIntake;

/**
 * Per-township activation through Config Admin. A department bundle is "installed" while its Blueprint
 * managed-service-factory ({@code org.tiaojie.department.<code>}) is registered; "enabled" while a
 * factory configuration of it names the township; "live" while its intake is in the registry.
 */
public class DepartmentDirectoryImpl implements DepartmentDirectory {
    private static final Logger LOG = LoggerFactory.getLogger(DepartmentDirectoryImpl.class);
    private static final Pattern CODE = Pattern.compile("[a-z][a-z0-9]{1,31}");

    private final DepartmentRegistry registry;
    private final ReferenceDataImpl referenceData;
    private final ConfigRepository configs;
    private final List<ServiceReference<ManagedServiceFactory>> factories;

    /**
     * @param configs   Karaf's configuration repository: it writes {@code etc/<pid>.cfg} as well, so an
     *                  enablement survives a clean start and the operator sees it where they would drop one
     * @param factories a Blueprint reference-list of the departments' managed-service-factories (service references)
     */
    public DepartmentDirectoryImpl(DepartmentRegistry registry, ReferenceDataImpl referenceData,
                                   ConfigRepository configs, List<ServiceReference<ManagedServiceFactory>> factories) {
        this.registry = registry;
        this.referenceData = referenceData;
        this.configs = configs;
        this.factories = factories;
    }

    @Override
    public List<DepartmentStatus> departments(Actor actor, String township) {
        Roles.require(actor, Roles.OPERATOR, Roles.COUNTY, Roles.CLERK, Roles.SUPERVISOR);
        requireTownship(actor, township);
        // One look at each source, then one status per department code found in any of them.
        List<String> installed = installed();
        List<Configuration> configurations = configurations(null, township);
        List<DepartmentRegistry.Live> live = registry.all();
        Set<String> codes = new TreeSet<>(installed);
        configurations.forEach(c -> codes.add(codeOf(c.getFactoryPid())));
        live.stream().filter(l -> l.township().equals(township)).forEach(l -> codes.add(l.department()));
        Map<String, DepartmentStatus> byCode = new TreeMap<>();
        for (String code : codes) {
            byCode.put(code, status(township, code, installed, configurations.stream()
                    .filter(c -> codeOf(c.getFactoryPid()).equals(code)).toList(), live));
        }
        return new ArrayList<>(byCode.values());
    }

    @Override
    public DepartmentStatus enable(Actor actor, String township, String department, Integer handlingDays) {
        Roles.require(actor, Roles.OPERATOR);
        requireTownship(actor, township);
        requireCode(department);
        if (!installed().contains(department)) {
            throw ValidationException.of("department", FieldViolation.UNKNOWN_VALUE, "department " + department
                    + " is not installed; install its feature first (feature:install tiaojie-department-"
                    + department + ")");
        }
        if (handlingDays != null && (handlingDays < 1 || handlingDays > ConfiguredDepartmentIntake.STATUTORY_HANDLING_DAYS)) {
            throw ValidationException.of("handlingDays", FieldViolation.OUT_OF_RANGE,
                    "between 1 and the statutory " + ConfiguredDepartmentIntake.STATUTORY_HANDLING_DAYS);
        }
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put(DepartmentIntake.TOWNSHIP, township);
        properties.put("handlingDays", handlingDays == null ? ConfiguredDepartmentIntake.STATUTORY_HANDLING_DAYS
                : handlingDays);
        try {
            List<Configuration> existing = configurations(department, township);
            if (existing.isEmpty()) {
                configs.createFactoryConfiguration(DepartmentIntake.FACTORY_PID_PREFIX + department, township, properties);
            } else {
                configs.update(existing.get(0).getPid(), properties);
            }
        } catch (IOException e) {
            throw new TiaojieException(ErrorCode.SERVICE_UNAVAILABLE, "the configuration store could not be written", e);
        }
        LOG.info("{} enabled department {} in township {}", actor.userId(), department, township);
        return status(township, department);
    }

    @Override
    public DepartmentStatus disable(Actor actor, String township, String department) {
        Roles.require(actor, Roles.OPERATOR);
        requireTownship(actor, township);
        requireCode(department);
        try {
            for (Configuration c : configurations(department, township)) {
                configs.delete(c.getPid());
            }
        } catch (Exception e) {
            throw new TiaojieException(ErrorCode.SERVICE_UNAVAILABLE, "the configuration store could not be written", e);
        }
        LOG.info("{} disabled department {} in township {}", actor.userId(), department, township);
        return status(township, department);
    }

    private DepartmentStatus status(String township, String department) {
        return status(township, department, installed(), configurations(department, township), registry.all());
    }

    private static DepartmentStatus status(String township, String department, List<String> installed,
                                           List<Configuration> enabledBy, List<DepartmentRegistry.Live> live) {
        DepartmentStatus s = new DepartmentStatus();
        s.setTownship(township);
        s.setDepartment(department);
        s.setInstalled(installed.contains(department));
        s.setEnabled(!enabledBy.isEmpty());
        if (!enabledBy.isEmpty()) {
            Object days = enabledBy.get(0).getProperties().get("handlingDays");
            s.setHandlingDays(days == null ? null : Integer.valueOf(days.toString().trim()));
        }
        Optional<DepartmentRegistry.Live> here = live.stream()
                .filter(l -> l.township().equals(township) && l.department().equals(department)).findFirst();
        s.setLive(here.isPresent());
        // The name is known once the department has been live anywhere.
        s.setDisplayName(here.or(() -> live.stream().filter(l -> l.department().equals(department)).findFirst())
                .map(l -> l.intake().displayName()).orElse(department));
        here.ifPresent(l -> s.setCategories(l.intake().acceptedCategories().stream().sorted().toList()));
        return s;
    }

    /** Codes of the department bundles whose factories are registered now. */
    private List<String> installed() {
        List<String> codes = new ArrayList<>();
        for (ServiceReference<ManagedServiceFactory> f : List.copyOf(factories)) {
            Object pid = f.getProperty("service.pid");
            if (pid != null && pid.toString().startsWith(DepartmentIntake.FACTORY_PID_PREFIX)) {
                codes.add(codeOf(pid.toString()));
            }
        }
        return codes;
    }

    /** The factory configurations enabling {@code department} (any, when null) for the township. */
    private List<Configuration> configurations(String department, String township) {
        String factory = department == null ? DepartmentIntake.FACTORY_PID_PREFIX + "*"
                : DepartmentIntake.FACTORY_PID_PREFIX + department;
        try {
            Configuration[] found = configs.getConfigAdmin().listConfigurations("(&(service.factoryPid=" + factory + ")("
                    + DepartmentIntake.TOWNSHIP + "=" + township + "))");
            return found == null ? List.of() : List.of(found);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InvalidSyntaxException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private void requireTownship(Actor actor, String township) {
        if (township == null || referenceData.township(township).isEmpty()) {
            throw ValidationException.of("township", FieldViolation.UNKNOWN_VALUE, "unknown township code '" + township + "'");
        }
        if (!actor.canSeeTownship(township)) {
            throw new TiaojieException(ErrorCode.ACCESS_DENIED, actor.userId() + " is not assigned to township " + township);
        }
    }

    private static void requireCode(String department) {
        if (department == null || !CODE.matcher(department).matches()) {
            throw ValidationException.of("department", FieldViolation.INVALID_FORMAT,
                    "a department code: lower-case letters and digits, e.g. forestry");
        }
    }

    private static String codeOf(String factoryPid) {
        return factoryPid.substring(DepartmentIntake.FACTORY_PID_PREFIX.length());
    }
}
