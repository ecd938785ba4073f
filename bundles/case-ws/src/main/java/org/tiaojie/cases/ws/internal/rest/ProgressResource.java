package org.tiaojie.cases.ws.internal.rest;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.apache.cxf.jaxrs.utils.JAXRSUtils;
import org.tiaojie.cases.api.CaseQueryService;
import org.tiaojie.cases.api.LifecycleService;
import org.tiaojie.cases.api.PetitionerEvaluation;
import org.tiaojie.cases.ws.internal.auth.ClientAddress;
import org.tiaojie.cases.ws.internal.auth.LookupLimiter;
import org.tiaojie.cases.api.Progress;

/** Petitioners follow their case with the query code from the acknowledgement; no login. */
@Path("/v1/progress")
@Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
@Tag(name = "progress", description = "Progress look-up for petitioners (办理进度查询)")
public class ProgressResource {
    private final CaseQueryService queries;
    private final LookupLimiter limiter;
    private final LifecycleService lifecycle;
    private final LookupLimiter evaluationLimiter;

    public ProgressResource(CaseQueryService queries, LookupLimiter limiter, LifecycleService lifecycle,
                            LookupLimiter evaluationLimiter) {
        this.queries = queries;
        this.limiter = limiter;
        this.lifecycle = lifecycle;
        this.evaluationLimiter = evaluationLimiter;
    }

    @GET
    @Path("/{queryCode}")
    @SecurityRequirements
    @Operation(summary = "Progress of a petition, for the petitioner (办理进度查询)",
            description = "Needs no login: the query code from the acknowledgement is the key. Shows the status, the "
                    + "dates of each stage, the running time limit with its explanation, and the reply — nothing "
                    + "about other people and no staff names. An unknown or malformed code answers 404 NOT_FOUND.")
    @ApiResponse(responseCode = "200", description = "The progress",
            content = @Content(schema = @Schema(implementation = Progress.class)))
    @ApiResponse(responseCode = "429", description = "Too many look-ups from this address (TOO_MANY_REQUESTS); "
            + "retry after Retry-After seconds",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "404", description = "No case with this query code (NOT_FOUND)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Progress progress(@Parameter(description = "the query code, e.g. ABCD-EFGH-JKLM-NPQR")
                             @PathParam("queryCode") String queryCode) {
        return limiter.progress(queries, queryCode, ClientAddress.of(JAXRSUtils.getCurrentMessage()));
    }

    @POST
    @Path("/{queryCode}/evaluation")
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirements
    @Operation(summary = "The petitioner evaluates the handling (满意度评价, 条例 Art 22)",
            description = "Needs no login: the query code is the key. Once, and only after the reply was served or the "
                    + "matter settled (`canEvaluate` in the progress says when). The rating (`evaluation`) and the "
                    + "optional answers about the process (`process`: was I heard, told in time, was the decision "
                    + "explained) are kept apart. Rate-limited per address like the look-up; an unknown code is 404.")
    @ApiResponse(responseCode = "200", description = "The progress, with the rating recorded",
            content = @Content(schema = @Schema(implementation = Progress.class)))
    @ApiResponse(responseCode = "400", description = "No rating (VALIDATION_FAILED)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "404", description = "No case with this query code (NOT_FOUND)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "409", description = "Not yet served, or evaluated already (ILLEGAL_TRANSITION)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "429", description = "Too many from this address (TOO_MANY_REQUESTS)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Progress evaluate(@Parameter(description = "the query code") @PathParam("queryCode") String queryCode,
                             @RequestBody(required = true) PetitionerEvaluation evaluation) {
        return evaluationLimiter.limited(ClientAddress.of(JAXRSUtils.getCurrentMessage()),
                () -> lifecycle.evaluate(queryCode, evaluation));
    }
}
