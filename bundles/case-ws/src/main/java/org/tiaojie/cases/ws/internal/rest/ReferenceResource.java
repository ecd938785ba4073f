package org.tiaojie.cases.ws.internal.rest;

import java.util.List;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.tiaojie.cases.api.Category;
import org.tiaojie.cases.api.ReferenceData;
import org.tiaojie.cases.api.Township;
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
    @Path("/categories")
    @Operation(summary = "The case taxonomy (信访类别)",
            description = "Codes to use as `category` at intake, with zh-CN labels, in configured order.")
    public List<Category> categories() {
        ActorResolver.current();
        return referenceData.categories();
    }
}
