package org.tiaojie.cases.ws.internal.rest;

import javax.ws.rs.core.Response;
import javax.ws.rs.ext.ExceptionMapper;

import org.tiaojie.cases.api.TiaojieException;

/** The services' own errors. */
public class TiaojieExceptionMapper implements ExceptionMapper<TiaojieException> {
    @Override
    public Response toResponse(TiaojieException e) {
        return Problem.response(e.code(), e.getMessage(), e.violations());
    }
}
