package org.tiaojie.cases.ws.internal.rest;

import java.util.List;

import javax.ws.rs.WebApplicationException;
import javax.ws.rs.core.Response;
import javax.ws.rs.ext.ExceptionMapper;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tiaojie.cases.api.ErrorCode;

/** JAX-RS's own errors (unknown path, wrong method or media type) in the same shape. */
public class WebExceptionMapper implements ExceptionMapper<WebApplicationException> {
    private static final Logger LOG = LoggerFactory.getLogger(WebExceptionMapper.class);

    @Override
    public Response toResponse(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        ErrorCode code;
        switch (status) {
            case 400:
                code = ErrorCode.MALFORMED_REQUEST;
                break;
            case 401:
                code = ErrorCode.UNAUTHENTICATED;
                break;
            case 403:
                code = ErrorCode.ACCESS_DENIED;
                break;
            case 404:
                code = ErrorCode.NOT_FOUND;
                break;
            case 405:
                code = ErrorCode.METHOD_NOT_ALLOWED;
                break;
            case 406:
                code = ErrorCode.NOT_ACCEPTABLE;
                break;
            case 415:
                code = ErrorCode.UNSUPPORTED_MEDIA_TYPE;
                break;
            case 503:
                code = ErrorCode.SERVICE_UNAVAILABLE;
                break;
            default:
                if (status >= 500) {
                    LOG.error("Request failed", e);
                }
                code = status >= 500 ? ErrorCode.INTERNAL_ERROR : ErrorCode.MALFORMED_REQUEST;
        }
        return Problem.response(code, e.getMessage(), List.of());
    }
}
