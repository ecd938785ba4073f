package org.tiaojie.cases.ws.internal.rest;

import java.util.List;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.tiaojie.cases.api.Category;
import org.tiaojie.cases.api.ReferenceData;
import org.tiaojie.cases.api.Township;
import org.tiaojie.cases.api.Village;
import org.tiaojie.cases.api.ErrorCode;
import org.tiaojie.cases.api.TiaojieException;
import org.tiaojie.cases.ws.internal.ActorResolver;

/** Master data an intake form needs: townships and the case taxonomy. */
@Path("/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "reference", description = "Master data: townships and categories")
public class ReferenceResource {
    private final ReferenceData referenceData;

    public ReferenceResource(ReferenceData referenceData) {
        this.referenceData = referenceData;
    }

    @GET
    @Path("/townships")
    @Operation(summary = "Townships of the county (乡镇/街道)",
            description = "Codes to use as `township` at intake, with zh-CN names.")
    public List<Township> townships() {
        ActorResolver.current();
        return referenceData.townships();
    }

    @GET
    @Path("/townships/{township}/villages")
    @Operation(summary = "Villages and neighbourhoods of a township (村/居委会)",
            description = "The level below the township, from the jurisdiction configuration, by code.")
    @ApiResponse(responseCode = "404", description = "No such township (NOT_FOUND)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public List<Village> villages(@Parameter(description = "township code") @PathParam("township") String township) {
        ActorResolver.current();
        if (referenceData.township(township).isEmpty()) {
            throw new TiaojieException(ErrorCode.NOT_FOUND, "no such township");
        }
        return referenceData.villages(township);
    }

    @GET
    @Path("/categories")
    @Operation(summary = "The case taxonomy (信访类别)",
            description = "Codes to use as `category` at intake, with zh-CN labels, in configured order.")
    public List<Category> categories() {
        ActorResolver.current();
        return referenceData.categories();
    }
}
