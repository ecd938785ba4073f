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
import org.tiaojie.cases.api.mediation.MediationRecord;
import org.tiaojie.cases.api.mediation.MediationRequest;
import org.tiaojie.cases.api.mediation.MediationStep;
import org.tiaojie.cases.api.mediation.Party;
import org.tiaojie.cases.ws.internal.ActorResolver;
import org.tiaojie.cases.ws.internal.MediationChannels;

/** The mediation channels over REST, each while its plug-in is installed (503 otherwise); each channel says who may do what. */
@Path("/v1/mediation/{channel}")
@Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
@Tag(name = "mediation", description = "People's, administrative and judicial mediation (三调联动)")
@ApiResponse(responseCode = "503", description = "That channel's plug-in is not installed now (SERVICE_UNAVAILABLE)",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class MediationResource {
    private final MediationChannels channels;

    public MediationResource(MediationChannels channels) {
        this.channels = channels;
    }

    @GET
    @Path("/records")
    @Operation(summary = "The channel's mediation files, newest first",
            description = "One page, within the caller's townships, filtered and paged in the database.")
    @ApiResponse(responseCode = "200", description = "One page of records")
    @ApiResponse(responseCode = "400", description = "A filter or paging value is invalid (VALIDATION_FAILED)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Page<MediationRecord> list(
            @Parameter(description = "The mediation channel", schema = @Schema(allowableValues = {"people", "administrative", "judicial"})) @PathParam("channel") String channel,
            @Parameter(description = "Only this status, e.g. AGREED") @QueryParam("status") String status,
            @Parameter(description = "Township code; all of the caller's townships when absent") @QueryParam("township") String township,
            @Parameter(description = "Zero-based page number") @QueryParam("page") String page,
            @Parameter(description = "Page size, 1–200 (default 20)") @QueryParam("size") String size) {
        return channels.require(channel).list(ActorResolver.current(), Params.text(status), Params.text(township),
                PageRequest.of(Params.integer("page", page, 0), Params.integer("size", size, PageRequest.DEFAULT_SIZE)));
    }

    @POST
    @Path("/records")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Open a mediation (申请调解)",
            description = "Refused when a party does not consent: mediation is voluntary. People's: the committee and "
                    + "mediator from the channel's master data. Administrative: the live department of the township "
                    + "that handles the category (503 DEPARTMENT_UNAVAILABLE while none is). Judicial: the court and "
                    + "stage; a CONFIRMATION request carries the agreement.")
    @ApiResponse(responseCode = "201", description = "The new file",
            content = @Content(schema = @Schema(implementation = MediationRecord.class)))
    @ApiResponse(responseCode = "400", description = "No consent, parties or committee missing (VALIDATION_FAILED)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response open(@Parameter(description = "The mediation channel", schema = @Schema(allowableValues = {"people", "administrative", "judicial"})) @PathParam("channel") String channel,
                         @RequestBody(required = true) MediationRequest request, @Context UriInfo uriInfo) {
        MediationRecord r = channels.require(channel).open(ActorResolver.current(), request);
        URI location = uriInfo.getAbsolutePathBuilder().path(r.getId()).build();
        return Response.created(location).entity(r).build();
    }

    @GET
    @Path("/records/{id}")
    @Operation(summary = "One mediation file", description = "With the judicial-confirmation window and its reminder.")
    @ApiResponse(responseCode = "200", description = "The file",
            content = @Content(schema = @Schema(implementation = MediationRecord.class)))
    @ApiResponse(responseCode = "404", description = "No such file in the mediator's townships (NOT_FOUND)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public MediationRecord get(@Parameter(description = "The mediation channel", schema = @Schema(allowableValues = {"people", "administrative", "judicial"})) @PathParam("channel") String channel,
                               @Parameter(description = "record id") @PathParam("id") String id) {
        return channels.require(channel).get(ActorResolver.current(), id);
    }

    @GET
    @Path("/records/{id}/parties")
    @Operation(summary = "The parties with their phone numbers unmasked",
            description = "For those who take the file's steps and must reach the parties; the purpose is kept in "
                    + "the file's history. Everywhere else phones are masked.")
    @ApiResponse(responseCode = "200", description = "The parties",
            content = @Content(array = @ArraySchema(schema = @Schema(implementation = Party.class))))
    @ApiResponse(responseCode = "400", description = "No purpose given (VALIDATION_FAILED)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "403", description = "Not one who takes this file's steps (ACCESS_DENIED)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public List<Party> parties(@Parameter(description = "The mediation channel", schema = @Schema(allowableValues = {"people", "administrative", "judicial"})) @PathParam("channel") String channel,
                               @Parameter(description = "record id") @PathParam("id") String id,
                               @Parameter(description = "Why the contact data is needed (kept in the history)") @QueryParam("purpose") String purpose) {
        return channels.require(channel).revealParties(ActorResolver.current(), id, purpose);
    }

    @POST
    @Path("/records/{id}/steps")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record a step",
            description = "Every channel: RECORD_SESSION, WITHDRAW (either party may end it), FAIL (the parties told "
                    + "their other routes), AGREE (written or oral; after at least one session), RECORD_FULFILMENT. "
                    + "People's and administrative: APPLY_CONFIRMATION (within 30 days of the agreement taking effect: "
                    + "TIME_LIMIT_EXPIRED after); administrative first ACCEPT or NOT_ACCEPT. Judicial (court only): "
                    + "EXTEND, ISSUE_DOCUMENT; for a confirmation request ACCEPT, NOT_ACCEPT, EXTEND (once), CONFIRM "
                    + "(the ruling's number and date), REJECT.")
    @ApiResponse(responseCode = "200", description = "The file after the step",
            content = @Content(schema = @Schema(implementation = MediationRecord.class)))
    @ApiResponse(responseCode = "400", description = "A field the step needs is missing (VALIDATION_FAILED)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "409", description = "ILLEGAL_TRANSITION, TIME_LIMIT_EXPIRED or CONFLICT; nothing changed",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public MediationRecord step(@Parameter(description = "The mediation channel", schema = @Schema(allowableValues = {"people", "administrative", "judicial"})) @PathParam("channel") String channel,
                                @Parameter(description = "record id") @PathParam("id") String id, @RequestBody(required = true) MediationStep step) {
        return channels.require(channel).perform(ActorResolver.current(), id, step);
    }
}
