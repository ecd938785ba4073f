package org.tiaojie.cases.ws.internal.rest;

import java.util.List;

import javax.ws.rs.core.Response;
import javax.ws.rs.ext.ExceptionMapper;

import org.osgi.service.blueprint.container.ServiceUnavailableException;
import org.tiaojie.cases.api.ErrorCode;

/** A plug-in or core service left while the request was running; nothing was written. */
public class UnavailableExceptionMapper implements ExceptionMapper<ServiceUnavailableException> {
    @Override
    public Response toResponse(ServiceUnavailableException e) {
        return Problem.response(ErrorCode.SERVICE_UNAVAILABLE,
                "a service this request needs is not available right now; please retry", List.of());
    }
}
