package org.tiaojie.cases.ws.internal.rest;

import java.util.List;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.tiaojie.cases.api.CaseAction;
import org.tiaojie.cases.api.CaseView;
import org.tiaojie.cases.api.LifecycleService;
import org.tiaojie.cases.api.StepRequest;
import org.tiaojie.cases.ws.internal.ActorResolver;

/** The statutory path over REST: staff record the steps of a case. */
@Path("/v1/cases/{id}/steps")
@Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
@Tag(name = "lifecycle", description = "The statutory path of a case (受理、交办、办理、答复、复查、复核)")
public class LifecycleResource {
    private final LifecycleService lifecycle;

    public LifecycleResource(LifecycleService lifecycle) {
        this.lifecycle = lifecycle;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record one step of the statutory path",
            description = "Accept, transfer, redirect to a legal route, refer to the discipline body, dispatch (四定), "
                    + "decline (once, within 5 working days), decide a decline, extend (once, ≤30 days), issue the "
                    + "written opinion, serve it, record the petitioner's evaluation, close, request and decide review "
                    + "and re-review. The state machine refuses a step that is not possible now (ILLEGAL_TRANSITION) "
                    + "or whose window has passed (TIME_LIMIT_EXPIRED), and nothing changes. Give `expectedVersion` "
                    + "to be told (CONFLICT) instead of acting on a stale screen. Returns the case after the step.")
    @ApiResponse(responseCode = "200", description = "The case after the step",
            content = @Content(schema = @Schema(implementation = CaseView.class)))
    @ApiResponse(responseCode = "400", description = "A field the step needs is missing or wrong (VALIDATION_FAILED)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "403", description = "The user's role may not take this step (ACCESS_DENIED)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "404", description = "No such case in the user's townships (CASE_NOT_FOUND)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "409", description = "ILLEGAL_TRANSITION, TIME_LIMIT_EXPIRED or CONFLICT; nothing changed",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public CaseView step(@Parameter(description = "case id") @PathParam("id") String id, @RequestBody(required = true) StepRequest step) {
        return lifecycle.perform(ActorResolver.current(), id, step);
    }

    @GET
    @Operation(summary = "The steps the user may take on the case now",
            description = "What the state machine, the time windows and the user's roles allow today.")
    public List<CaseAction> allowed(@Parameter(description = "case id") @PathParam("id") String id) {
        return lifecycle.allowedActions(ActorResolver.current(), id);
    }
}
