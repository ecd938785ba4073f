package org.tiaojie.cases.ws.internal.rest;

import java.net.URI;
import java.util.List;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
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
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.tiaojie.cases.api.Acknowledgement;
import org.tiaojie.cases.api.AuditEntry;
import org.tiaojie.cases.api.CaseFilter;
import org.tiaojie.cases.api.CaseQueryService;
import org.tiaojie.cases.api.CaseSearch;
import org.tiaojie.cases.api.CaseService;
import org.tiaojie.cases.api.CaseStatus;
import org.tiaojie.cases.api.CaseView;
import org.tiaojie.cases.api.PetitionForm;
import org.tiaojie.cases.api.FieldViolation;
import org.tiaojie.cases.api.IntakeRequest;
import org.tiaojie.cases.api.QueryCodeIssue;
import org.tiaojie.cases.api.ReassignRequest;
import org.tiaojie.cases.api.RegistrationOutcome;
import org.tiaojie.cases.api.Page;
import org.tiaojie.cases.api.PageRequest;
import org.tiaojie.cases.api.Petitioner;
import org.tiaojie.cases.api.RoutingState;
import org.tiaojie.cases.api.ValidationException;
import org.tiaojie.cases.ws.internal.ActorResolver;

/** Petition cases over REST: registration, reading, listing, the archive and audited personal data. */
@Path("/v1/cases")
@Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
@Tag(name = "cases", description = "Petition cases (信访事项)")
@ApiResponse(responseCode = "401", description = "Not authenticated",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class CasesResource {
    public static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    private final CaseService cases;
    private final CaseQueryService queries;

    public CasesResource(CaseService cases, CaseQueryService queries) {
        this.cases = cases;
        this.queries = queries;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Register a petition (登记)",
            description = "Validates the whole form before writing. Routes the case to the live department of its "
                    + "township that accepts its category, or leaves it unrouted in the petition office queue. "
                    + "The acknowledgement carries the case number and the petitioner's query code. "
                    + "Repeat petitions (重信重访): when the same petitioner (ID number, or name and phone) has a case of "
                    + "the same township and category that is open or was settled recently, the submission is linked "
                    + "to that case (`outcome` LINKED_AS_REPEAT, 200) instead of becoming a new matter, unless the clerk "
                    + "sets `differentMatter`; `repeatOf` links to a case of the same petitioner explicitly. The same "
                    + "request after termination (终结) is refused (MATTER_TERMINATED). A complaint about an official "
                    + "is withheld from every department (`routingState` WITHHELD). A request repeating an earlier "
                    + "`Idempotency-Key` returns what the first one produced (200) and writes nothing.")
    @ApiResponse(responseCode = "201", description = "Registered as a new case",
            content = @Content(schema = @Schema(implementation = Acknowledgement.class)))
    @ApiResponse(responseCode = "200", description = "Linked to an earlier case as a repeat, or the same idempotency "
            + "key as an earlier submission; `Content-Location` names the case",
            content = @Content(schema = @Schema(implementation = Acknowledgement.class)))
    @ApiResponse(responseCode = "400", description = "Invalid or malformed form; nothing written (VALIDATION_FAILED, MALFORMED_REQUEST)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "403", description = "Not a clerk of that township (ACCESS_DENIED)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "409", description = "The same matter was terminated (MATTER_TERMINATED), or the case "
            + "store stayed busy with concurrent registrations through every retry (CONFLICT, retryable: send the same "
            + "request with the same Idempotency-Key again); nothing written",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "422", description = "Idempotency key already used for a different submission "
            + "(IDEMPOTENCY_KEY_REUSED); nothing of this one written",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "503", description = "A needed service is offline; retry (SERVICE_UNAVAILABLE)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response register(
            @Parameter(description = "Client-chosen key (8–64 of A–Z a–z 0–9 - _) that makes retries safe")
            @HeaderParam(IDEMPOTENCY_KEY) String idempotencyKey,
            @RequestBody(required = true) IntakeRequest request,
            @Context UriInfo uriInfo) {
        if (request == null) {
            throw ValidationException.of("body", FieldViolation.REQUIRED, "a JSON intake form is required");
        }
        if (idempotencyKey != null && !idempotencyKey.isBlank()) {
            if (request.getIdempotencyKey() != null && !request.getIdempotencyKey().equals(idempotencyKey)) {
                throw ValidationException.of("idempotencyKey", FieldViolation.INVALID_FORMAT,
                        "differs from the Idempotency-Key header");
            }
            request.setIdempotencyKey(idempotencyKey.trim());
        }
        Acknowledgement ack = cases.register(ActorResolver.current(), request);
        URI location = uriInfo.getAbsolutePathBuilder().path(ack.getCaseId()).build();
        if (ack.isReplayed() || ack.getOutcome() == RegistrationOutcome.LINKED_AS_REPEAT) {
            return Response.ok(ack).contentLocation(location).build();
        }
        return Response.created(location).entity(ack).build();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Read a case",
            description = "Petitioners' ID numbers, phones and addresses are masked; see `/petitioners`.")
    @ApiResponse(responseCode = "200", description = "The case",
            content = @Content(schema = @Schema(implementation = CaseView.class)))
    @ApiResponse(responseCode = "404", description = "No such case in the caller's townships (CASE_NOT_FOUND)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public CaseView get(@Parameter(description = "Case id from the acknowledgement") @PathParam("id") String id) {
        return queries.get(ActorResolver.current(), id);
    }

    @GET
    @Operation(summary = "List cases", description = "Newest first, within the caller's townships; filters combine with AND.")
    @ApiResponse(responseCode = "200", description = "One page of cases")
    @ApiResponse(responseCode = "400", description = "A filter or paging value is invalid (VALIDATION_FAILED)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Page<CaseView> list(
            @Parameter(description = "Township code") @QueryParam("township") String township,
            @Parameter(description = "Status", schema = @Schema(implementation = CaseStatus.class))
            @QueryParam("status") String status,
            @Parameter(description = "Category code") @QueryParam("category") String category,
            @Parameter(description = "PetitionForm", schema = @Schema(implementation = PetitionForm.class))
            @QueryParam("petitionForm") String petitionForm,
            @Parameter(description = "Department code") @QueryParam("department") String department,
            @Parameter(description = "Routing state", schema = @Schema(implementation = RoutingState.class))
            @QueryParam("routingState") String routingState,
            @Parameter(description = "true: the petition office queue — unrouted cases and cases whose department is "
                    + "offline, waiting for routing or reassignment", schema = @Schema(type = "boolean"))
            @QueryParam("petitionOfficeQueue") String petitionOfficeQueue,
            @Parameter(description = "true: only cases past their running time limit; false: only cases on time",
                    schema = @Schema(type = "boolean"))
            @QueryParam("overdue") String overdue,
            @Parameter(description = "Registered at or after (ISO-8601 instant)") @QueryParam("registeredFrom") String from,
            @Parameter(description = "Registered before (ISO-8601 instant)") @QueryParam("registeredTo") String to,
            @Parameter(description = "Zero-based page number") @QueryParam("page") String page,
            @Parameter(description = "Page size, 1–200 (default 20)") @QueryParam("size") String size,
            @Parameter(hidden = true) @QueryParam("channel") String formerChannel) {
        // Contract 2.0 renamed the filter; ignoring the old name would hand an old client every case, unfiltered.
        if (formerChannel != null) {
            throw ValidationException.of("channel", FieldViolation.UNKNOWN_VALUE,
                    "renamed petitionForm in contract 2.0: send the same value as ?petitionForm=");
        }
        CaseFilter filter = new CaseFilter()
                .setTownship(Params.text(township))
                .setStatus(Params.enumValue("status", status, CaseStatus.class))
                .setCategory(Params.text(category))
                .setPetitionForm(Params.enumValue("petitionForm", petitionForm, PetitionForm.class))
                .setDepartment(Params.text(department))
                .setRoutingState(Params.enumValue("routingState", routingState, RoutingState.class))
                .setPetitionOfficeQueue(Params.bool("petitionOfficeQueue", petitionOfficeQueue))
                .setOverdue(Params.bool("overdue", overdue))
                .setRegisteredFrom(Params.instant("registeredFrom", from))
                .setRegisteredTo(Params.instant("registeredTo", to));
        PageRequest paging = PageRequest.of(Params.integer("page", page, 0),
                Params.integer("size", size, PageRequest.DEFAULT_SIZE));
        return queries.find(ActorResolver.current(), filter, paging);
    }

    @POST
    @Path("/search")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Search cases (查询)",
            description = "By case number (or its beginning), petitioner name (as written or in pinyin: 张三, zhang san, "
                    + "zhangsan; or its beginning), ID number, phone, village, category and words of the content; the "
                    + "criteria combine with AND. Newest first, within the caller's townships, masked like the list. A "
                    + "search by ID number or phone needs a `purpose` and writes PERSONAL_DATA_SEARCH, with the purpose "
                    + "and the datum masked, to the trail of every case it returns. POST, so that personal data never "
                    + "stands in an address or an access log.")
    @ApiResponse(responseCode = "200", description = "One page of the cases found")
    @ApiResponse(responseCode = "400", description = "No criterion, a criterion too long, or no purpose for a search by "
            + "personal data (VALIDATION_FAILED); nothing recorded",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "403", description = "The caller's roles read no cases (ACCESS_DENIED)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Page<CaseView> search(@RequestBody(required = true) CaseSearch search,
                                 @Parameter(description = "Zero-based page number") @QueryParam("page") String page,
                                 @Parameter(description = "Page size, 1–200 (default 20)") @QueryParam("size") String size) {
        PageRequest paging = PageRequest.of(Params.integer("page", page, 0),
                Params.integer("size", size, PageRequest.DEFAULT_SIZE));
        return queries.search(ActorResolver.current(), search, paging);
    }

    @POST
    @Path("/{id}/reassign")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Reassign a case (改派)",
            description = "Hands an open case to another department that is live in its township, or back to the "
                    + "petition office queue (no `department`). For cases whose department went offline "
                    + "(DEPARTMENT_OFFLINE) or that were routed wrongly. Petition office clerks, the county bureau "
                    + "and operators; audited with the department before and after.")
    @ApiResponse(responseCode = "200", description = "The case after reassignment",
            content = @Content(schema = @Schema(implementation = CaseView.class)))
    @ApiResponse(responseCode = "400", description = "No reason given (VALIDATION_FAILED)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "404", description = "No such case in the caller's townships (CASE_NOT_FOUND)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "409", description = "A settled case or a complaint about an official "
            + "(ILLEGAL_TRANSITION), or a stale version (CONFLICT); nothing changed",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "503", description = "The department is not online in the township "
            + "(DEPARTMENT_UNAVAILABLE); nothing changed",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public CaseView reassign(@Parameter(description = "case id") @PathParam("id") String id, @RequestBody(required = true) ReassignRequest request) {
        return cases.reassign(ActorResolver.current(), id, request);
    }

    @POST
    @Path("/{id}/query-code")
    @Operation(summary = "Reissue a lost query code (查询码补发)",
            description = "Clerks of the case's township: a new code for the petitioner's new slip; the old one stops "
                    + "working at once. The trail records QUERY_CODE_REISSUED (who and when, never the code).")
    @ApiResponse(responseCode = "200", description = "The new code",
            content = @Content(schema = @Schema(implementation = QueryCodeIssue.class)))
    @ApiResponse(responseCode = "404", description = "No such case in the caller's townships (CASE_NOT_FOUND)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public QueryCodeIssue reissueQueryCode(@Parameter(description = "case id") @PathParam("id") String id) {
        return cases.reissueQueryCode(ActorResolver.current(), id);
    }

    @GET
    @Path("/{id}/audit")
    @Operation(summary = "The case's archive (档案)", description = "Every change, oldest first; append-only.")
    @ApiResponse(responseCode = "200", description = "Audit entries",
            content = @Content(array = @ArraySchema(schema = @Schema(implementation = AuditEntry.class))))
    @ApiResponse(responseCode = "404", description = "No such case in the caller's townships (CASE_NOT_FOUND)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public List<AuditEntry> audit(@PathParam("id") String id) {
        return queries.auditTrail(ActorResolver.current(), id);
    }

    @GET
    @Path("/{id}/petitioners")
    @Operation(summary = "Petitioners' unmasked personal data",
            description = "For staff who must contact or serve the petitioner. Each read is recorded in the "
                    + "case's audit trail with the stated purpose.")
    @ApiResponse(responseCode = "200", description = "Petitioners, unmasked",
            content = @Content(array = @ArraySchema(schema = @Schema(implementation = Petitioner.class))))
    @ApiResponse(responseCode = "400", description = "No purpose given (VALIDATION_FAILED)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "403", description = "The caller's role does not need personal data (ACCESS_DENIED)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public List<Petitioner> petitioners(@PathParam("id") String id,
                                        @Parameter(description = "Why the data is needed; kept in the audit trail", required = true)
                                        @QueryParam("purpose") String purpose) {
        return queries.revealPetitioners(ActorResolver.current(), id, purpose);
    }
}
