package org.tiaojie.cases.core.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.cm.ManagedServiceFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tiaojie.cases.api.Actor;
import org.tiaojie.cases.api.DepartmentDirectory;
import org.tiaojie.cases.api.DepartmentStatus;
import org.tiaojie.cases.api.ErrorCode;
import org.tiaojie.cases.api.FieldViolation;
import org.tiaojie.cases.api.PlatformClock;
import org.tiaojie.cases.api.Roles;
import org.tiaojie.cases.api.TiaojieException;
import org.tiaojie.cases.api.ValidationException;
import org.tiaojie.cases.api.spi.ConfiguredDepartment;
import org.tiaojie.cases.api.spi.Department;
import org.tiaojie.cases.core.internal.config.ConfigFiles;

/**
 * Per-township activation through configuration files. A department bundle is "installed" while its Blueprint
 * managed-service-factory ({@code org.tiaojie.department.<code>}) is registered; "enabled" while a
 * factory configuration of it names the township; "live" while its intake is in the registry.
 *
 * <p>Enabling writes {@code etc/org.tiaojie.department.<code>-<township>.cfg} (or rewrites the file that already
 * enables it) atomically, and fileinstall turns the file into the configuration, exactly as for a file an operator
 * drops; disabling removes the file. Only files are written, never Config Admin directly, so file and
 * configuration cannot disagree and fileinstall never reads a half-written file.
 */
public class DepartmentDirectoryImpl implements DepartmentDirectory {
    private static final Logger LOG = LoggerFactory.getLogger(DepartmentDirectoryImpl.class);
    private static final Pattern CODE = Pattern.compile("[a-z][a-z0-9]{1,31}");

    private static final String FILENAME = "felix.fileinstall.filename";

    private final DepartmentRegistry registry;
    private final ReferenceDataImpl referenceData;
    private final ConfigurationAdmin configAdmin;
    private final List<ServiceReference<ManagedServiceFactory>> factories;
    private final BundleContext context;
    private final ConfigFiles files;
    private volatile DepartmentChanges changes;
    private volatile PlatformClock clock;
    private volatile long followSeconds = 5;
    /** The latest recorded change this node has matched. */
    private volatile long seen = -1;
    private ScheduledExecutorService follower;

    /**
     * @param factories a Blueprint reference-list of the departments' managed-service-factories (service references)
     */
    public DepartmentDirectoryImpl(DepartmentRegistry registry, ReferenceDataImpl referenceData,
                                   ConfigurationAdmin configAdmin,
                                   List<ServiceReference<ManagedServiceFactory>> factories, BundleContext context) {
        this(registry, referenceData, configAdmin, factories, context, ConfigFiles.karafEtc());
    }

    DepartmentDirectoryImpl(DepartmentRegistry registry, ReferenceDataImpl referenceData, ConfigurationAdmin configAdmin,
                            List<ServiceReference<ManagedServiceFactory>> factories, BundleContext context,
                            ConfigFiles files) {
        this.registry = registry;
        this.referenceData = referenceData;
        this.configAdmin = configAdmin;
        this.factories = factories;
        this.context = context;
        this.files = files;
    }

    @Override
    public List<DepartmentStatus> departments(Actor actor, String township) {
        Roles.require(actor, Roles.OPERATOR, Roles.CLERK, Roles.SUPERVISOR);
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
        if (handlingDays != null && (handlingDays < 1 || handlingDays > ConfiguredDepartment.STATUTORY_HANDLING_DAYS)) {
            throw ValidationException.of("handlingDays", FieldViolation.OUT_OF_RANGE,
                    "between 1 and the statutory " + ConfiguredDepartment.STATUTORY_HANDLING_DAYS);
        }
        int days = handlingDays == null ? ConfiguredDepartment.STATUTORY_HANDLING_DAYS : handlingDays;
        synchronized (this) {
            if (isEnabledHere(township, department, days)) {
                // Already so: rewriting the file would only make the department restart for nothing.
                return status(township, department);
            }
            // Recorded first, so that every other node follows; nothing is changed here if the record fails.
            recordChange(township, department, true, days, actor);
            String file = writeEnabling(township, department, days, actor.userId() + " (tiaojie:department-enable)");
            if (!ConfigFiles.awaitApplied(() -> enabledBy(department, township, file, days))) {
                throw new TiaojieException(ErrorCode.SERVICE_UNAVAILABLE, "etc/" + file + " was written but its "
                        + "configuration did not arrive within " + ConfigFiles.APPLY_TIMEOUT.toSeconds() + " s");
            }
        }
        LOG.info("{} enabled department {} in township {}", actor.userId(), department, township);
        return status(township, department);
    }

    @Override
    public DepartmentStatus disable(Actor actor, String township, String department) {
        Roles.require(actor, Roles.OPERATOR);
        requireTownship(actor, township);
        requireCode(department);
        synchronized (this) {
            recordChange(township, department, false, null, actor);
            removeEnabling(township, department);
            if (!ConfigFiles.awaitApplied(() -> configurations(department, township).isEmpty())) {
                throw new TiaojieException(ErrorCode.SERVICE_UNAVAILABLE, "the files enabling " + department + " in "
                        + township + " were removed, but the configuration stayed for "
                        + ConfigFiles.APPLY_TIMEOUT.toSeconds() + " s");
            }
        }
        LOG.info("{} disabled department {} in township {}", actor.userId(), department, township);
        return status(township, department);
    }

    /** Whether exactly one file of etc/ enables the department in the township, with these handling days. */
    private boolean isEnabledHere(String township, String department, int days) {
        List<Configuration> existing = configurations(department, township);
        return existing.size() == 1 && fileOf(existing.get(0)) != null
                && enabledBy(department, township, fileOf(existing.get(0)), days);
    }

    /** Writes the one file that enables the department in the township, and removes any duplicate; its name. */
    private String writeEnabling(String township, String department, int days, String by) {
        List<Configuration> existing = configurations(department, township);
        String file = existing.stream().map(this::fileOf).filter(f -> f != null).findFirst()
                .orElse(Department.FACTORY_PID_PREFIX + department + "-" + township + ".cfg");
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put(Department.TOWNSHIP, township);
        properties.put("handlingDays", Integer.toString(days));
        files.write(file, "Department " + department + " enabled for township " + township + " by " + by
                + ".\nRemove this file, or run tiaojie:department-disable, to disable it.", properties);
        // Any other configuration enabling the same department there is a duplicate: one file is the truth.
        for (Configuration other : existing) {
            if (!file.equals(fileOf(other))) {
                remove(other);
            }
        }
        return file;
    }

    private void removeEnabling(String township, String department) {
        for (Configuration c : configurations(department, township)) {
            remove(c);
        }
    }

    private void recordChange(String township, String department, boolean enabled, Integer days, Actor actor) {
        DepartmentChanges recorded = changes;
        if (recorded != null) {
            recorded.record(township, department, enabled, days, clock == null ? Instant.now() : clock.now(),
                    actor.userId());
        }
    }

    /**
     * Makes this node's files match the operators' last change of each township and department, made through any
     * node: what another node enabled is enabled here too (written as a file, as on that node), what it disabled
     * is disabled. A file an operator dropped by hand on this node, for which no change was recorded, is left
     * alone. Runs every few seconds; costs one small query when nothing changed.
     */
    void follow() {
        DepartmentChanges recorded = changes;
        if (recorded == null) {
            return;
        }
        long latest = recorded.latest();
        if (latest == seen) {
            return;
        }
        synchronized (this) {
            for (var change : recorded.current()) {
                String township = change.getTownship();
                String department = change.getDepartment();
                if (change.isEnabled()) {
                    int days = change.getHandlingDays() == null ? ConfiguredDepartment.STATUTORY_HANDLING_DAYS
                            : change.getHandlingDays();
                    if (!isEnabledHere(township, department, days)) {
                        writeEnabling(township, department, days, change.getChangedBy() + " (on another node)");
                        LOG.info("Department {} enabled in township {} as on another node", department, township);
                    }
                } else if (!configurations(department, township).isEmpty()) {
                    removeEnabling(township, department);
                    LOG.info("Department {} disabled in township {} as on another node", department, township);
                }
            }
            seen = latest;
        }
    }

    /** Follows the other nodes' changes every {@code followSeconds}. */
    public synchronized void start() {
        follower = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "tiaojie-department-follower");
            t.setDaemon(true);
            return t;
        });
        follower.scheduleWithFixedDelay(() -> {
            try {
                follow();
            } catch (RuntimeException e) {
                LOG.warn("Could not follow the departments' changes of the other nodes; trying again: {}", e.toString());
            }
        }, 0, followSeconds, TimeUnit.SECONDS);
    }

    public synchronized void stop() {
        if (follower != null) {
            follower.shutdownNow();
            follower = null;
        }
    }

    /** The recorded changes (the database every node reads); without them, a node keeps to its own files. */
    public void setChanges(DepartmentChanges changes) {
        this.changes = changes;
    }

    /** The one clock, for the time of a change. */
    public void setClock(PlatformClock clock) {
        this.clock = clock;
    }

    /** How often the other nodes' changes are looked for. */
    public void setFollowSeconds(long followSeconds) {
        this.followSeconds = followSeconds;
    }

    @Override
    public List<DepartmentStatus> awaited() {
        List<DepartmentStatus> awaited = new ArrayList<>();
        List<DepartmentRegistry.Live> live = registry.all();
        for (Configuration c : configurations(null, null)) {
            Object township = c.getProperties() == null ? null : c.getProperties().get(Department.TOWNSHIP);
            if (township == null) {
                continue;
            }
            String code = codeOf(c.getFactoryPid());
            boolean isLive = live.stream().anyMatch(l -> l.township().equals(township.toString())
                    && l.department().equals(code));
            if (!isLive) {
                DepartmentStatus s = new DepartmentStatus();
                s.setTownship(township.toString());
                s.setDepartment(code);
                s.setEnabled(true);
                // A department bundle's symbolic name is its factory PID; its presence is what readiness waits on.
                s.setInstalled(bundleInstalled(c.getFactoryPid()));
                s.setDisplayName(code);
                awaited.add(s);
            }
        }
        return awaited;
    }

    private boolean bundleInstalled(String symbolicName) {
        for (Bundle b : context.getBundles()) {
            if (symbolicName.equals(b.getSymbolicName()) && b.getState() != Bundle.UNINSTALLED) {
                return true;
            }
        }
        return false;
    }

    /** Whether the file's configuration is in Config Admin with what was written. */
    private boolean enabledBy(String department, String township, String file, int days) {
        return configurations(department, township).stream().anyMatch(c -> file.equals(fileOf(c))
                && String.valueOf(days).equals(String.valueOf(c.getProperties().get("handlingDays")).trim()));
    }

    /** Removes a configuration through its file when it has one in etc/, else from Config Admin. */
    private void remove(Configuration c) {
        String file = fileOf(c);
        if (file != null) {
            files.delete(file);
            return;
        }
        try {
            c.delete();
        } catch (IOException | IllegalStateException e) {
            throw new TiaojieException(ErrorCode.SERVICE_UNAVAILABLE, "the configuration store could not be written", e);
        }
    }

    /** The name of the configuration's file when fileinstall read it from etc/; null otherwise. */
    private String fileOf(Configuration c) {
        Object url = c.getProperties() == null ? null : c.getProperties().get(FILENAME);
        if (url == null) {
            return null;
        }
        try {
            Path path = Path.of(URI.create(url.toString())).toAbsolutePath().normalize();
            return files.directory().toAbsolutePath().normalize().equals(path.getParent())
                    ? path.getFileName().toString() : null;
        } catch (RuntimeException e) {
            return null;
        }
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
            if (pid != null && pid.toString().startsWith(Department.FACTORY_PID_PREFIX)) {
                codes.add(codeOf(pid.toString()));
            }
        }
        return codes;
    }

    /** The factory configurations enabling {@code department} (any, when null) for the township. */
    private List<Configuration> configurations(String department, String township) {
        String factory = department == null ? Department.FACTORY_PID_PREFIX + "*"
                : Department.FACTORY_PID_PREFIX + department;
        try {
            Configuration[] found = configAdmin.listConfigurations("(&(service.factoryPid=" + factory + ")("
                    + Department.TOWNSHIP + "=" + (township == null ? "*" : township) + "))");
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
        return factoryPid.substring(Department.FACTORY_PID_PREFIX.length());
    }
}
