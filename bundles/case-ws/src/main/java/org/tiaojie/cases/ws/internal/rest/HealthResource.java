package org.tiaojie.cases.ws.internal.rest;

import java.util.LinkedHashMap;
import java.util.Map;

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
import org.tiaojie.cases.api.CaseQueryService;
import org.tiaojie.cases.api.CaseService;
import org.tiaojie.cases.api.LifecycleService;
import org.tiaojie.cases.api.ReferenceData;

/**
 * Readiness for start scripts and monitoring: whether the services behind the API are registered.
 * Public, and reveals nothing but service names. Looks at the registry directly so it never waits
 * on a Blueprint proxy.
 */
@Path("/health")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "health", description = "Readiness of this installation")
public class HealthResource {
    private static final Map<String, Class<?>> REQUIRED = requiredServices();

    private final BundleContext bundleContext;

    public HealthResource(BundleContext bundleContext) {
        this.bundleContext = bundleContext;
    }

    @GET
    @SecurityRequirements
    @Operation(summary = "Is the platform ready to take cases?",
            description = "200 with status UP when the case services are registered; 503 with status DOWN "
                    + "and the missing ones otherwise. Needs no credentials.")
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
        return Response.status(up ? Response.Status.OK : Response.Status.SERVICE_UNAVAILABLE)
                .entity(new Health(up ? "UP" : "DOWN", components)).build();
    }

    private static Map<String, Class<?>> requiredServices() {
        Map<String, Class<?>> services = new LinkedHashMap<>();
        services.put("caseService", CaseService.class);
        services.put("caseQueryService", CaseQueryService.class);
        services.put("lifecycleService", LifecycleService.class);
        services.put("referenceData", ReferenceData.class);
        return services;
    }

    /** The readiness answer. */
    @Schema(description = "Readiness of this installation")
    public static final class Health {
        @Schema(description = "UP when every component is UP, otherwise DOWN", example = "UP")
        public final String status;
        @Schema(description = "Each required service and whether it is registered (UP/DOWN)")
        public final Map<String, String> components;

        Health(String status, Map<String, String> components) {
            this.status = status;
            this.components = components;
        }
    }
}
