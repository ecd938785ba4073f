package org.tiaojie.cases.ws.internal.rest;

import java.util.List;

import javax.ws.rs.core.Response;
import javax.ws.rs.ext.ExceptionMapper;

import org.osgi.service.blueprint.container.ServiceUnavailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tiaojie.cases.api.ErrorCode;
import org.tiaojie.cases.ws.internal.SafeLog;

/** Anything unexpected: logged in full, answered without internals. */
public class UnexpectedExceptionMapper implements ExceptionMapper<RuntimeException> {
    private static final Logger LOG = LoggerFactory.getLogger(UnexpectedExceptionMapper.class);

    @Override
    public Response toResponse(RuntimeException e) {
        if (e instanceof ServiceUnavailableException unavailable) {
            return new UnavailableExceptionMapper().toResponse(unavailable);
        }
        String reference = SafeLog.failure(LOG, "Unexpected failure", e);
        return Problem.response(ErrorCode.INTERNAL_ERROR,
                "an unexpected error occurred; nothing was written. It has been logged as " + reference + ".", List.of());
    }
}
