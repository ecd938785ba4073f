package org.tiaojie.cases.ws.internal.rest;

import java.net.URI;

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
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.tiaojie.cases.api.Page;
import org.tiaojie.cases.api.PageRequest;
import org.tiaojie.cases.api.document.DocumentFile;
import org.tiaojie.cases.api.document.DocumentService;
import org.tiaojie.cases.api.supervision.AccountabilityRecord;
import org.tiaojie.cases.api.supervision.ActionRequest;
import org.tiaojie.cases.api.supervision.Bulletin;
import org.tiaojie.cases.api.supervision.Conclusion;
import org.tiaojie.cases.api.supervision.NoticeReply;
import org.tiaojie.cases.api.supervision.NoticeRequest;
import org.tiaojie.cases.api.supervision.NoticeStatus;
import org.tiaojie.cases.api.supervision.ReturnVisit;
import org.tiaojie.cases.api.supervision.ReturnVisitRequest;
import org.tiaojie.cases.api.supervision.SupervisionAction;
import org.tiaojie.cases.api.supervision.SupervisionNotice;
import org.tiaojie.cases.api.supervision.SupervisionService;
import org.tiaojie.cases.ws.internal.ActorResolver;

/** Supervision (督查督办) over REST, while the supervision plug-in is installed (503 otherwise). */
@Path("/v1/supervision")
@Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
@Tag(name = "supervision", description = "Supervision (督查督办): notices, actions, return visits, accountability")
@ApiResponse(responseCode = "401", description = "Not authenticated",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@ApiResponse(responseCode = "403", description = "The caller's roles do not allow it (ACCESS_DENIED)",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@ApiResponse(responseCode = "503", description = "The supervision plug-in is not installed right now (SERVICE_UNAVAILABLE)",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class SupervisionResource {
    private final SupervisionService supervision;
    private final DocumentService documents;

    public SupervisionResource(SupervisionService supervision, DocumentService documents) {
        this.supervision = supervision;
        this.documents = documents;
    }

    private static PageRequest paging(String page, String size) {
        return PageRequest.of(Params.integer("page", page, 0), Params.integer("size", size, PageRequest.DEFAULT_SIZE));
    }

    @POST
    @Path("/notices")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Issue a supervision notice (交办函 / 督办函)",
            description = "Supervisors and the county bureau, to a unit (the case's department unless named) about a "
                    + "case they may see: what it must do and the reply date (after today, at most `notice.maxReplyDays` "
                    + "ahead). Numbered 交办〔year〕n号 / 督办〔year〕n号 without gaps; sent through every notifier (the case's "
                    + "trail: NOTICE_SENT). Unanswered past its reply date it lapses, is escalated and opens an "
                    + "accountability record.")
    @ApiResponse(responseCode = "201", description = "The notice", content = @Content(schema = @Schema(implementation = SupervisionNotice.class)))
    @ApiResponse(responseCode = "400", description = "A field is missing or out of range (VALIDATION_FAILED)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "404", description = "No such case, or not visible (CASE_NOT_FOUND)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "409", description = "The case is closed, or a complaint about an official (ILLEGAL_TRANSITION)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response issue(@RequestBody(required = true) NoticeRequest request, @Context UriInfo uriInfo) {
        SupervisionNotice n = supervision.issueNotice(ActorResolver.current(), request);
        URI location = uriInfo.getAbsolutePathBuilder().path(n.getId()).build();
        return Response.created(location).entity(n).build();
    }

    @GET
    @Path("/notices")
    @Operation(summary = "Supervision notices, newest first", description = "Of the reader's townships (county staff: all).")
    @ApiResponse(responseCode = "200", description = "One page of notices")
    @ApiResponse(responseCode = "400", description = "An unknown township or status, or a paging value out of range (VALIDATION_FAILED)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Page<SupervisionNotice> notices(
            @Parameter(description = "Only the notices of this case (its id)") @QueryParam("caseId") String caseId,
            @Parameter(description = "Township code") @QueryParam("township") String township,
            @Parameter(description = "Unit (department code)") @QueryParam("unit") String unit,
            @Parameter(description = "Only this status", schema = @Schema(implementation = NoticeStatus.class))
            @QueryParam("status") String status,
            @Parameter(description = "Zero-based page number") @QueryParam("page") String page,
            @Parameter(description = "Page size, 1–200 (default 20)") @QueryParam("size") String size) {
        return supervision.notices(ActorResolver.current(), Params.text(caseId), Params.text(township), Params.text(unit),
                Params.enumValue("status", status, NoticeStatus.class), paging(page, size));
    }

    @GET
    @Path("/notices/{id}")
    @Operation(summary = "One supervision notice, with its reply")
    @ApiResponse(responseCode = "200", description = "The notice", content = @Content(schema = @Schema(implementation = SupervisionNotice.class)))
    @ApiResponse(responseCode = "404", description = "No such notice, or not visible (NOT_FOUND)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public SupervisionNotice notice(@Parameter(description = "notice id") @PathParam("id") String id) {
        return supervision.notice(ActorResolver.current(), id);
    }

    @POST
    @Path("/notices/{id}/reply")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "The unit's reply to a notice",
            description = "A member of the unit (role `unit:<department>`), once: ANSWERED by the reply date, "
                    + "ANSWERED_LATE after it (also once it lapsed).")
    @ApiResponse(responseCode = "200", description = "The notice with its reply",
            content = @Content(schema = @Schema(implementation = SupervisionNotice.class)))
    @ApiResponse(responseCode = "400", description = "No reply text (VALIDATION_FAILED)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "404", description = "No such notice, or not visible (NOT_FOUND)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "409", description = "Answered already (ILLEGAL_TRANSITION)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public SupervisionNotice reply(@Parameter(description = "notice id") @PathParam("id") String id,
                                   @RequestBody(required = true) NoticeReply reply) {
        return supervision.replyToNotice(ActorResolver.current(), id, reply);
    }

    @POST
    @Path("/actions")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record a supervision action (督办记录)", description = "By phone, letter or on-site visit, with its result.")
    @ApiResponse(responseCode = "201", description = "The action", content = @Content(schema = @Schema(implementation = SupervisionAction.class)))
    @ApiResponse(responseCode = "400", description = "A field is missing, or the notice is not of the case (VALIDATION_FAILED)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "404", description = "No such case, or not visible (CASE_NOT_FOUND)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response recordAction(@RequestBody(required = true) ActionRequest request) {
        return Response.status(Response.Status.CREATED).entity(supervision.recordAction(ActorResolver.current(), request)).build();
    }

    @GET
    @Path("/actions")
    @Operation(summary = "Supervision actions, newest first")
    @ApiResponse(responseCode = "200", description = "One page of actions")
    public Page<SupervisionAction> actions(
            @Parameter(description = "Only the actions of this case (its id)") @QueryParam("caseId") String caseId,
            @Parameter(description = "Zero-based page number") @QueryParam("page") String page,
            @Parameter(description = "Page size, 1–200 (default 20)") @QueryParam("size") String size) {
        return supervision.actions(ActorResolver.current(), Params.text(caseId), paging(page, size));
    }

    @POST
    @Path("/return-visits")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record a return visit to the petitioner (回访)",
            description = "Supervisors and clerks, after the reply or the settlement: how the matter stands for the "
                    + "petitioner and whether they are satisfied.")
    @ApiResponse(responseCode = "201", description = "The return visit", content = @Content(schema = @Schema(implementation = ReturnVisit.class)))
    @ApiResponse(responseCode = "400", description = "A field is missing (VALIDATION_FAILED)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "404", description = "No such case, or not visible (CASE_NOT_FOUND)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "409", description = "The case has not been replied to yet (ILLEGAL_TRANSITION)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response recordReturnVisit(@RequestBody(required = true) ReturnVisitRequest request) {
        return Response.status(Response.Status.CREATED).entity(supervision.recordReturnVisit(ActorResolver.current(), request)).build();
    }

    @GET
    @Path("/return-visits")
    @Operation(summary = "Return visits, newest first")
    @ApiResponse(responseCode = "200", description = "One page of return visits")
    public Page<ReturnVisit> returnVisits(
            @Parameter(description = "Only the visits of this case (its id)") @QueryParam("caseId") String caseId,
            @Parameter(description = "Zero-based page number") @QueryParam("page") String page,
            @Parameter(description = "Page size, 1–200 (default 20)") @QueryParam("size") String size) {
        return supervision.returnVisits(ActorResolver.current(), Params.text(caseId), paging(page, size));
    }

    @GET
    @Path("/accountability")
    @Operation(summary = "Accountability records (问责), newest first",
            description = "Supervisors and the discipline body. Opened by the platform: a unit's limit overdue beyond "
                    + "`accountability.overdueWorkingDays`, a notice lapsed, a transfer declined and assigned back.")
    @ApiResponse(responseCode = "200", description = "One page of records")
    @ApiResponse(responseCode = "400", description = "An unknown township, or a paging value out of range (VALIDATION_FAILED)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Page<AccountabilityRecord> accountability(
            @Parameter(description = "Township code") @QueryParam("township") String township,
            @Parameter(description = "true: closed ones; false: open ones; absent: all") @QueryParam("closed") String closed,
            @Parameter(description = "Zero-based page number") @QueryParam("page") String page,
            @Parameter(description = "Page size, 1–200 (default 20)") @QueryParam("size") String size) {
        return supervision.accountability(ActorResolver.current(), Params.text(township), Params.bool("closed", closed),
                paging(page, size));
    }

    @POST
    @Path("/accountability/{id}/close")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Close an accountability record with its conclusion", description = "Supervisors of county scope.")
    @ApiResponse(responseCode = "200", description = "The record, closed",
            content = @Content(schema = @Schema(implementation = AccountabilityRecord.class)))
    @ApiResponse(responseCode = "400", description = "No conclusion (VALIDATION_FAILED)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "404", description = "No such record, or not visible (NOT_FOUND)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "409", description = "Closed already (ILLEGAL_TRANSITION)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public AccountabilityRecord close(@Parameter(description = "record id") @PathParam("id") String id,
                                      @RequestBody(required = true) Conclusion conclusion) {
        return supervision.closeAccountability(ActorResolver.current(), id, conclusion);
    }

    @GET
    @Path("/bulletin")
    @Operation(summary = "The weekly supervision bulletin (一周一通报)",
            description = "Of a township (its staff; without `township`, the reader's own) or of the county (county "
                    + "staff, without `township`), for the calendar week containing `weekOf` (default: last week): "
                    + "notices issued, answered, answered late and lapsed; open cases past their limit by township and "
                    + "unit; return visits and their satisfaction; accountability records opened and closed. The "
                    + "scheduler keeps every scope's bulletin of a week once it is over; the current week's is "
                    + "generated afresh.")
    @ApiResponse(responseCode = "200", description = "The bulletin", content = @Content(schema = @Schema(implementation = Bulletin.class)))
    @ApiResponse(responseCode = "400", description = "An unknown township, a week not begun, or `township` needed (VALIDATION_FAILED)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Bulletin bulletin(
            @Parameter(description = "Township code; absent: the reader's township, or the county's for county staff")
            @QueryParam("township") String township,
            @Parameter(description = "A day of the week (yyyy-MM-dd); absent: last week") @QueryParam("weekOf") String weekOf) {
        return supervision.bulletin(ActorResolver.current(), Params.text(township), Params.date("weekOf", weekOf));
    }

    @GET
    @Path("/bulletins")
    @Operation(summary = "The bulletins kept, newest week first", description = "Of a township, or the county's.")
    @ApiResponse(responseCode = "200", description = "One page of bulletins")
    public Page<Bulletin> bulletins(
            @Parameter(description = "Township code; absent: the reader's township, or the county's for county staff")
            @QueryParam("township") String township,
            @Parameter(description = "Zero-based page number") @QueryParam("page") String page,
            @Parameter(description = "Page size, 1–200 (default 20)") @QueryParam("size") String size) {
        return supervision.bulletins(ActorResolver.current(), Params.text(township), paging(page, size));
    }

    @POST
    @Path("/notices/{id}/document")
    @Produces({DocumentFile.DOCX, Problem.MEDIA_TYPE})
    @Operation(summary = "The supervision notice as a document (.docx)",
            description = "交办函 / 督办函 to its unit, under the notice's own number, recorded in the case's trail "
                    + "(DOCUMENT_ISSUED). About a complaint about an official it names neither the complainant nor what "
                    + "was reported.")
    @ApiResponse(responseCode = "200", description = "The document",
            content = @Content(mediaType = DocumentFile.DOCX, schema = @Schema(type = "string", format = "binary")))
    @ApiResponse(responseCode = "404", description = "No such notice, or not visible (NOT_FOUND)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response noticeDocument(@Parameter(description = "notice id") @PathParam("id") String id) {
        return DocumentsResource.download(documents.noticeDocument(ActorResolver.current(), id));
    }

    @GET
    @Path("/bulletin/document")
    @Produces({DocumentFile.DOCX, Problem.MEDIA_TYPE})
    @Operation(summary = "The weekly supervision bulletin as a document (.docx)",
            description = "The bulletin of `GET /v1/supervision/bulletin` laid out as 督查督办一周一通报, its issue numbered by "
                    + "the ISO week (2026年第49期), with the overdue cases by unit as a table.")
    @ApiResponse(responseCode = "200", description = "The document",
            content = @Content(mediaType = DocumentFile.DOCX, schema = @Schema(type = "string", format = "binary")))
    public Response bulletinDocument(
            @Parameter(description = "Township code; absent: the reader's township, or the county's for county staff")
            @QueryParam("township") String township,
            @Parameter(description = "A day of the week (yyyy-MM-dd); absent: last week") @QueryParam("weekOf") String weekOf) {
        return DocumentsResource.download(documents.bulletinDocument(ActorResolver.current(), Params.text(township),
                Params.date("weekOf", weekOf)));
    }
}
