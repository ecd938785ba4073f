package org.tiaojie.cases.ws.internal.rest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;

import io.swagger.v3.oas.annotations.Hidden;

/** Serves the OpenAPI document generated from this bundle's JAX-RS annotations at build time. */
@Path("/openapi.json")
@Hidden
public class OpenApiResource {
    private final byte[] document;

    public OpenApiResource() {
        try (InputStream in = OpenApiResource.class.getResourceAsStream("/openapi/openapi.json")) {
            if (in == null) {
                throw new IllegalStateException("openapi/openapi.json is missing from the bundle");
            }
            document = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public byte[] get() {
        return document.clone();
    }
}
