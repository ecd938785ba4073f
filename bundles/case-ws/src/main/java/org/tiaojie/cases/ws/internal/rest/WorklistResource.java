package org.tiaojie.cases.ws.internal.rest;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.tiaojie.cases.api.CaseQueryService;
import org.tiaojie.cases.api.DueBucket;
import org.tiaojie.cases.api.FieldViolation;
import org.tiaojie.cases.api.PageRequest;
import org.tiaojie.cases.api.ValidationException;
import org.tiaojie.cases.api.WorkScope;
import org.tiaojie.cases.api.Worklist;
import org.tiaojie.cases.ws.internal.ActorResolver;

/** Worklists (待办) over REST: what is overdue, due today and due this week, for me, my unit, my township. */
@Path("/v1/worklist")
@Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
@Tag(name = "worklist", description = "Worklists (待办): overdue, due today, due this week")
@ApiResponse(responseCode = "401", description = "Not authenticated",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class WorklistResource {
    private final CaseQueryService queries;

    public WorklistResource(CaseQueryService queries) {
        this.queries = queries;
    }

    @GET
    @Operation(summary = "A worklist (待办)",
            description = "The cases of the scope whose running time limit has passed (OVERDUE), falls today (TODAY) "
                    + "or later this week up to Sunday (THIS_WEEK), earliest due date first, with the count of each "
                    + "bucket. Scope MINE: the cases whose dispatch names the caller as handler or responsible leader "
                    + "(`handlerUserId`, `responsibleLeaderUserId`), and the caller's registrations not yet dispatched; "
                    + "UNIT: the cases of the caller's units (realm roles `unit:<department>`); TOWNSHIP: every case "
                    + "of the caller's townships (county staff: of the county). Visible and masked as in the case list.")
    @ApiResponse(responseCode = "200", description = "The worklist",
            content = @Content(schema = @Schema(implementation = Worklist.class)))
    @ApiResponse(responseCode = "400", description = "No or an unknown scope or bucket, scope UNIT for a user of no "
            + "unit, or a paging value out of range (VALIDATION_FAILED)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "403", description = "The caller's roles read no cases (ACCESS_DENIED)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Worklist worklist(
            @Parameter(description = "Whose work (default MINE)", schema = @Schema(implementation = WorkScope.class))
            @QueryParam("scope") String scope,
            @Parameter(description = "One bucket; absent: all three", schema = @Schema(implementation = DueBucket.class))
            @QueryParam("bucket") String bucket,
            @Parameter(description = "Zero-based page number") @QueryParam("page") String page,
            @Parameter(description = "Page size, 1–200 (default 20)") @QueryParam("size") String size) {
        WorkScope whose = Params.enumValue("scope", scope, WorkScope.class);
        PageRequest paging = PageRequest.of(Params.integer("page", page, 0),
                Params.integer("size", size, PageRequest.DEFAULT_SIZE));
        return queries.worklist(ActorResolver.current(), whose == null ? WorkScope.MINE : whose,
                Params.enumValue("bucket", bucket, DueBucket.class), paging);
    }
}
