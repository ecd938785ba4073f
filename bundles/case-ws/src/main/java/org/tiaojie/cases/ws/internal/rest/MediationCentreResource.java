package org.tiaojie.cases.ws.internal.rest;

import java.net.URI;
import java.util.List;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.UriInfo;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.tiaojie.cases.api.Page;
import org.tiaojie.cases.api.PageRequest;
import org.tiaojie.cases.api.mediation.ChannelAssessment;
import org.tiaojie.cases.api.mediation.Dispute;
import org.tiaojie.cases.api.mediation.DisputeDispatch;
import org.tiaojie.cases.api.mediation.DisputeRequest;
import org.tiaojie.cases.api.mediation.DisputeStep;
import org.tiaojie.cases.api.mediation.MediationCentre;
import org.tiaojie.cases.api.mediation.Party;
import org.tiaojie.cases.ws.internal.ActorResolver;

/** The grand-mediation centre over REST, while its plug-in is installed (503 otherwise). */
@Path("/v1/mediation-centre/disputes")
@Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
@Tag(name = "mediation-centre", description = "The grand-mediation centre (大调解中心): one window for disputes")
@ApiResponse(responseCode = "503", description = "The centre, or the channel a step needs, is not installed now (SERVICE_UNAVAILABLE)",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class MediationCentreResource {
    private final MediationCentre centre;

    public MediationCentreResource(MediationCentre centre) {
        this.centre = centre;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Take a dispute in (统一受理)",
            description = "From a petition case (its township, category, petitioners and content are taken over; add "
                    + "the other side), a screening finding, or walked in. Clerks, mediators and the county bureau.")
    @ApiResponse(responseCode = "201", description = "The dispute",
            content = @Content(schema = @Schema(implementation = Dispute.class)))
    @ApiResponse(responseCode = "400", description = "Parties, township or category missing (VALIDATION_FAILED)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "409", description = "The case already has a dispute under way (CONFLICT)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response receive(@RequestBody(required = true) DisputeRequest request, @Context UriInfo uriInfo) {
        Dispute d = centre.receive(ActorResolver.current(), request);
        URI location = uriInfo.getAbsolutePathBuilder().path(d.getId()).build();
        return Response.created(location).entity(d).build();
    }

    @GET
    @Operation(summary = "Disputes, newest first",
            description = "One page, within the caller's townships, filtered and paged in the database.")
    @ApiResponse(responseCode = "200", description = "One page of disputes")
    @ApiResponse(responseCode = "400", description = "A filter or paging value is invalid (VALIDATION_FAILED)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Page<Dispute> list(
            @Parameter(description = "Only this status, e.g. UNRESOLVED") @QueryParam("status") String status,
            @Parameter(description = "Township code; all of the caller's townships when absent") @QueryParam("township") String township,
            @Parameter(description = "Zero-based page number") @QueryParam("page") String page,
            @Parameter(description = "Page size, 1–200 (default 20)") @QueryParam("size") String size) {
        return centre.list(ActorResolver.current(), Params.text(status), Params.text(township), PageRequest.of(Params.integer("page", page, 0), Params.integer("size", size, PageRequest.DEFAULT_SIZE)));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One dispute (办理跟踪)", description = "Its current attempt is read from the channel while that is installed.")
    @ApiResponse(responseCode = "200", description = "The dispute",
            content = @Content(schema = @Schema(implementation = Dispute.class)))
    @ApiResponse(responseCode = "404", description = "No such dispute in the user's townships (NOT_FOUND)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Dispute get(@Parameter(description = "dispute id") @PathParam("id") String id) {
        return centre.get(ActorResolver.current(), id);
    }

    @GET
    @Path("/{id}/assessment")
    @Operation(summary = "Which channels can take it", description = "Each channel's answer, by category, consent and whether a court case exists.")
    @ApiResponse(responseCode = "200", description = "One answer per channel",
            content = @Content(array = @ArraySchema(schema = @Schema(implementation = ChannelAssessment.class))))
    public List<ChannelAssessment> assess(@Parameter(description = "dispute id") @PathParam("id") String id) {
        return centre.assess(ActorResolver.current(), id);
    }

    @GET
    @Path("/{id}/parties")
    @Operation(summary = "The parties with their phone numbers unmasked",
            description = "For the centre's staff who must reach them; the purpose is kept in the dispute's history.")
    @ApiResponse(responseCode = "200", description = "The parties",
            content = @Content(array = @ArraySchema(schema = @Schema(implementation = Party.class))))
    @ApiResponse(responseCode = "400", description = "No purpose given (VALIDATION_FAILED)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public List<Party> parties(@Parameter(description = "dispute id") @PathParam("id") String id,
                               @Parameter(description = "Why the contact data is needed (kept in the history)") @QueryParam("purpose") String purpose) {
        return centre.revealParties(ActorResolver.current(), id, purpose);
    }

    @POST
    @Path("/{id}/dispatch")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Send it to a channel (统一分流), or its agreement to the court",
            description = "Opens a record in the channel from the dispute's own data: the first attempt, the next after "
                    + "a failure (people's → administrative → judicial), or with channel JUDICIAL and stage CONFIRMATION "
                    + "the parties' joint application for judicial confirmation of the agreement just reached. The "
                    + "channel's record and the dispute change together, or neither does.")
    @ApiResponse(responseCode = "200", description = "The dispute with its new attempt",
            content = @Content(schema = @Schema(implementation = Dispute.class)))
    @ApiResponse(responseCode = "400", description = "What the channel needs is missing (VALIDATION_FAILED)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "409", description = "An attempt is under way, the window closed, or a stale version (ILLEGAL_TRANSITION, TIME_LIMIT_EXPIRED, CONFLICT)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Dispute dispatch(@Parameter(description = "dispute id") @PathParam("id") String id, @RequestBody(required = true) DisputeDispatch dispatch) {
        return centre.dispatch(ActorResolver.current(), id, dispatch);
    }

    @POST
    @Path("/{id}/steps/{action}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Refer it to a legal route, or close its petition case by the agreement",
            description = "REFER_TO_LEGAL_ROUTE (route and what the parties were told); CLOSE_CASE (settles the petition "
                    + "case by the agreement and closes it, as the case's own audited steps).")
    @ApiResponse(responseCode = "200", description = "The dispute after the step",
            content = @Content(schema = @Schema(implementation = Dispute.class)))
    @ApiResponse(responseCode = "409", description = "Not possible now (ILLEGAL_TRANSITION, CONFLICT)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Dispute step(@Parameter(description = "dispute id") @PathParam("id") String id,
                        @Parameter(description = "The step", schema = @Schema(allowableValues = {"REFER_TO_LEGAL_ROUTE", "CLOSE_CASE"})) @PathParam("action") String action,
                        @RequestBody(required = true) DisputeStep step) {
        return centre.perform(ActorResolver.current(), id, action, step);
    }
}
