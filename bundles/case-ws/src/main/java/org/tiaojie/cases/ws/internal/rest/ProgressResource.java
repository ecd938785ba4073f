package org.tiaojie.cases.ws.internal.rest;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.apache.cxf.jaxrs.utils.JAXRSUtils;
import org.tiaojie.cases.api.CaseQueryService;
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

    public ProgressResource(CaseQueryService queries, LookupLimiter limiter) {
        this.queries = queries;
        this.limiter = limiter;
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
}
