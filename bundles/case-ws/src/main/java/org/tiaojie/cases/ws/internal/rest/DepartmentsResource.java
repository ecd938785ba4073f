package org.tiaojie.cases.ws.internal.rest;

import java.util.List;

import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.tiaojie.cases.api.DepartmentDirectory;
import org.tiaojie.cases.api.DepartmentStatus;
import org.tiaojie.cases.ws.internal.ActorResolver;

/** The operator's console over REST: which departments a township has, and switching them on and off. */
@Path("/v1/townships/{township}/departments")
@Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
@Tag(name = "departments", description = "Bringing a township's departments online (部门上线)")
public class DepartmentsResource {
    private final DepartmentDirectory directory;

    public DepartmentsResource(DepartmentDirectory directory) {
        this.directory = directory;
    }

    /** What the operator may set when enabling a department. */
    @Schema(name = "DepartmentSettings", description = "Settings of a department in one township.")
    public static class DepartmentSettings {
        private Integer handlingDays;

        @Schema(description = "Handling limit in days for this department in this township; absent: the statutory 60.")
        public Integer getHandlingDays() {
            return handlingDays;
        }

        public void setHandlingDays(Integer handlingDays) {
            this.handlingDays = handlingDays;
        }
    }

    @GET
    @Operation(summary = "The township's departments",
            description = "Every department installed in the platform or enabled for the township: installed, "
                    + "enabled, live, the categories it takes and its handling limit.")
    @ApiResponse(responseCode = "200", description = "Departments",
            content = @Content(array = @ArraySchema(schema = @Schema(implementation = DepartmentStatus.class))))
    @ApiResponse(responseCode = "400", description = "Unknown township (VALIDATION_FAILED)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public List<DepartmentStatus> list(@Parameter(description = "township code") @PathParam("township") String township) {
        return directory.departments(ActorResolver.current(), township);
    }

    @PUT
    @Path("/{department}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Enable a department for the township (operator)",
            description = "Writes the department's configuration for the township, as dropping "
                    + "`etc/org.tiaojie.department.<code>-<name>.cfg` would. The department is live a moment later "
                    + "(`live`), takes new cases of its categories and the township's unrouted backlog. Idempotent; "
                    + "also changes the handling limit.")
    @ApiResponse(responseCode = "200", description = "The department's state in the township",
            content = @Content(schema = @Schema(implementation = DepartmentStatus.class)))
    @ApiResponse(responseCode = "400", description = "Unknown township, department not installed, limit out of "
            + "range (VALIDATION_FAILED)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "403", description = "Not an operator (ACCESS_DENIED)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public DepartmentStatus enable(@Parameter(description = "township code") @PathParam("township") String township,
                                   @Parameter(description = "department code, e.g. forestry")
                                   @PathParam("department") String department,
                                   DepartmentSettings settings) {
        return directory.enable(ActorResolver.current(), township, department,
                settings == null ? null : settings.getHandlingDays());
    }

    @DELETE
    @Path("/{department}")
    @Operation(summary = "Disable a department for the township (operator)",
            description = "Deletes its configuration for the township. Its open cases stay in the core, show "
                    + "DEPARTMENT_OFFLINE and wait in the petition office queue; when it is enabled again they are "
                    + "its again, unless reassigned meanwhile. Idempotent.")
    @ApiResponse(responseCode = "200", description = "The department's state in the township",
            content = @Content(schema = @Schema(implementation = DepartmentStatus.class)))
    @ApiResponse(responseCode = "403", description = "Not an operator (ACCESS_DENIED)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public DepartmentStatus disable(@Parameter(description = "township code") @PathParam("township") String township,
                                    @Parameter(description = "department code") @PathParam("department") String department) {
        return directory.disable(ActorResolver.current(), township, department);
    }
}
