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
import org.tiaojie.cases.api.legalaid.Application;
import org.tiaojie.cases.api.legalaid.ApplicationRequest;
import org.tiaojie.cases.api.legalaid.ApplicationStatus;
import org.tiaojie.cases.api.legalaid.Lawyer;
import org.tiaojie.cases.api.legalaid.LegalAidService;
import org.tiaojie.cases.api.legalaid.LegalAidStep;
import org.tiaojie.cases.ws.internal.ActorResolver;

/** The legal-aid centre over REST, while the legal-aid plug-in is installed (503 otherwise). */
@Path("/v1/legal-aid")
@Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
@Tag(name = "legal-aid", description = "Legal aid (法律援助): applications, decisions, objections, lawyers")
@ApiResponse(responseCode = "503", description = "The legal-aid plug-in is not installed right now (SERVICE_UNAVAILABLE)",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class LegalAidResource {
    private final LegalAidService legalAid;

    public LegalAidResource(LegalAidService legalAid) {
        this.legalAid = legalAid;
    }

    @GET
    @Path("/applications")
    @Operation(summary = "Applications, newest first",
            description = "Legal-aid officers and the justice bureau. OFFERED applications are redirected petitions "
                    + "waiting for the applicant.")
    @ApiResponse(responseCode = "200", description = "One page of applications, filtered and paged in the database")
    @ApiResponse(responseCode = "400", description = "A filter or paging value is invalid (VALIDATION_FAILED)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Page<Application> list(
            @Parameter(description = "Only this status", schema = @Schema(implementation = ApplicationStatus.class))
            @QueryParam("status") String status,
            @Parameter(description = "Township code; all of the caller's townships when absent") @QueryParam("township") String township,
            @Parameter(description = "Zero-based page number") @QueryParam("page") String page,
            @Parameter(description = "Page size, 1–200 (default 20)") @QueryParam("size") String size) {
        return legalAid.list(ActorResolver.current(), Params.enumValue("status", status, ApplicationStatus.class),
                Params.text(township), PageRequest.of(Params.integer("page", page, 0), Params.integer("size", size, PageRequest.DEFAULT_SIZE)));
    }

    @POST
    @Path("/applications")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Take an application (受理申请)",
            description = "Direct, or completing the offer of a redirected petition (`caseId`). Applies the means "
                    + "test (`eligible`, `meansTest`); the 7-day decision runs from today.")
    @ApiResponse(responseCode = "201", description = "The application",
            content = @Content(schema = @Schema(implementation = Application.class)))
    @ApiResponse(responseCode = "400", description = "Incomplete form (VALIDATION_FAILED)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response apply(@RequestBody(required = true) ApplicationRequest request, @Context UriInfo uriInfo) {
        Application a = legalAid.apply(ActorResolver.current(), request);
        URI location = uriInfo.getAbsolutePathBuilder().path(a.getId()).build();
        return Response.created(location).entity(a).build();
    }

    @GET
    @Path("/applications/{id}")
    @Operation(summary = "One application", description = "With its running time limit and the steps the caller may take.")
    @ApiResponse(responseCode = "200", description = "The application",
            content = @Content(schema = @Schema(implementation = Application.class)))
    @ApiResponse(responseCode = "404", description = "No such application (NOT_FOUND)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Application get(@Parameter(description = "application id") @PathParam("id") String id) {
        return legalAid.get(ActorResolver.current(), id);
    }

    @POST
    @Path("/applications/{id}/steps")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record a step",
            description = "REQUEST_MATERIALS (once), COMPLETE_MATERIALS, GRANT (eligible only), REFUSE (written reason), "
                    + "OBJECT, DECIDE_OBJECTION (justice bureau), ASSIGN (within 3 days of the grant; before the decision "
                    + "when urgent), CONCLUDE. A step not possible now is refused (ILLEGAL_TRANSITION) and nothing changes.")
    @ApiResponse(responseCode = "200", description = "The application after the step",
            content = @Content(schema = @Schema(implementation = Application.class)))
    @ApiResponse(responseCode = "400", description = "A field the step needs is missing (VALIDATION_FAILED)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "403", description = "The role may not take this step (ACCESS_DENIED)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "409", description = "ILLEGAL_TRANSITION or CONFLICT; nothing changed",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Application step(@Parameter(description = "application id") @PathParam("id") String id, @RequestBody(required = true) LegalAidStep step) {
        return legalAid.perform(ActorResolver.current(), id, step);
    }

    @GET
    @Path("/lawyers")
    @Operation(summary = "Lawyers and legal workers (法律援助人员) with their open case load")
    @ApiResponse(responseCode = "200", description = "Lawyers",
            content = @Content(array = @ArraySchema(schema = @Schema(implementation = Lawyer.class))))
    public List<Lawyer> lawyers() {
        return legalAid.lawyers(ActorResolver.current());
    }
}
