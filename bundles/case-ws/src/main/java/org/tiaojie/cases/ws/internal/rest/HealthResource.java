package org.tiaojie.cases.ws.internal.rest;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.tiaojie.cases.api.CalendarAdministration;
import org.tiaojie.cases.api.CalendarStatus;
import org.tiaojie.cases.api.CaseQueryService;
import org.tiaojie.cases.api.CaseService;
import org.tiaojie.cases.api.DepartmentDirectory;
import org.tiaojie.cases.api.DepartmentStatus;
import org.tiaojie.cases.api.LifecycleService;
import org.tiaojie.cases.api.PlatformClock;
import org.tiaojie.cases.api.ReferenceData;

/**
 * Readiness for start scripts and monitoring: the case services are registered, Karaf has installed its boot
 * features, and every department that configuration enables (and whose bundle is installed) is live, so the first
 * intake after "ready" is never refused for a department that is still starting. Also says which years of the
 * official calendar are loaded, and whether the clock is a training clock. Public, and reveals nothing but names.
 * Looks at the registry directly, so it never waits on a Blueprint proxy.
 */
@Path("/health")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "health", description = "Readiness of this installation")
public class HealthResource {
    private static final Map<String, Class<?>> REQUIRED = requiredServices();
    /** Registered by Karaf's features service once the boot features are installed. */
    private static final String BOOT_FINISHED = "org.apache.karaf.features.BootFinished";

    private final BundleContext bundleContext;

    public HealthResource(BundleContext bundleContext) {
        this.bundleContext = bundleContext;
    }

    @GET
    @SecurityRequirements
    @Operation(summary = "Is the platform ready to take cases?",
            description = "200 with status UP when the case services are registered, the boot features installed and "
                    + "every department enabled in configuration live; 503 with status DOWN and what is missing "
                    + "otherwise. A configured department whose feature is not installed is listed as NOT_INSTALLED "
                    + "and does not hold readiness back. `calendar` lists the loaded years of the official calendar "
                    + "and warns when this year's, or from 1 November next year's, is missing. Needs no credentials.")
    @ApiResponse(responseCode = "200", description = "ready",
            content = @Content(schema = @Schema(implementation = Health.class)))
    @ApiResponse(responseCode = "503", description = "not ready",
            content = @Content(schema = @Schema(implementation = Health.class)))
    public Response health() {
        Map<String, String> components = new LinkedHashMap<>();
        boolean up = true;
        for (Map.Entry<String, Class<?>> service : REQUIRED.entrySet()) {
            boolean present = bundleContext.getServiceReference(service.getValue().getName()) != null;
            components.put(service.getKey(), present ? "UP" : "DOWN");
            up &= present;
        }
        boolean booted = bundleContext.getServiceReference(BOOT_FINISHED) != null;
        components.put("bootFeatures", booted ? "UP" : "DOWN");
        up &= booted;

        Map<String, String> departments = new LinkedHashMap<>();
        List<DepartmentStatus> awaited = call(DepartmentDirectory.class, DepartmentDirectory::awaited);
        if (awaited == null) {
            up = false;
        } else {
            for (DepartmentStatus d : awaited) {
                departments.put(d.getDepartment() + "@" + d.getTownship(), d.isInstalled() ? "STARTING" : "NOT_INSTALLED");
                up &= !d.isInstalled();
            }
        }
        components.put("departments", awaited == null ? "DOWN" : departments.containsValue("STARTING") ? "STARTING" : "UP");

        CalendarStatus calendar = call(CalendarAdministration.class, CalendarAdministration::status);
        Boolean training = call(PlatformClock.class, PlatformClock::isShifted);
        return Response.status(up ? Response.Status.OK : Response.Status.SERVICE_UNAVAILABLE)
                .entity(new Health(up ? "UP" : "DOWN", components, departments, calendar,
                        Boolean.TRUE.equals(training))).build();
    }

    /** Asks a service straight from the registry; null when it is not there or fails. */
    private <S, R> R call(Class<S> type, Function<S, R> question) {
        ServiceReference<S> reference = bundleContext.getServiceReference(type);
        if (reference == null) {
            return null;
        }
        S service = bundleContext.getService(reference);
        try {
            return service == null ? null : question.apply(service);
        } catch (RuntimeException e) {
            return null;
        } finally {
            if (service != null) {
                bundleContext.ungetService(reference);
            }
        }
    }

    private static Map<String, Class<?>> requiredServices() {
        Map<String, Class<?>> services = new LinkedHashMap<>();
        services.put("caseService", CaseService.class);
        services.put("caseQueryService", CaseQueryService.class);
        services.put("lifecycleService", LifecycleService.class);
        services.put("referenceData", ReferenceData.class);
        services.put("departmentDirectory", DepartmentDirectory.class);
        return services;
    }

    /** The readiness answer. */
    @Schema(description = "Readiness of this installation")
    public static final class Health {
        @Schema(description = "UP when every component is UP, otherwise DOWN", example = "UP")
        public final String status;
        @Schema(description = "Each required service, the boot features and the departments: UP, DOWN or STARTING")
        public final Map<String, String> components;
        @Schema(description = "Departments enabled in configuration that are not live, as department@township: "
                + "STARTING (its bundle is installed; readiness waits for it) or NOT_INSTALLED (its feature is not)")
        public final Map<String, String> departments;
        @Schema(description = "The loaded years of the official calendar, and a warning when one is missing")
        public final CalendarStatus calendar;
        @Schema(description = "True when the platform's clock is a training clock set away from the real time")
        public final boolean trainingClock;

        Health(String status, Map<String, String> components, Map<String, String> departments, CalendarStatus calendar,
               boolean trainingClock) {
            this.status = status;
            this.components = components;
            this.departments = departments;
            this.calendar = calendar;
            this.trainingClock = trainingClock;
        }
    }
}
