package org.tiaojie.cases.ws.internal.rest;

import java.util.List;

import javax.ws.rs.WebApplicationException;
import javax.ws.rs.core.Response;
import javax.ws.rs.ext.ExceptionMapper;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tiaojie.cases.api.ErrorCode;
import org.tiaojie.cases.ws.internal.SafeLog;

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
                    SafeLog.failure(LOG, "Request failed", e);
                }
                code = status >= 500 ? ErrorCode.INTERNAL_ERROR : ErrorCode.MALFORMED_REQUEST;
        }
        // JAX-RS's own words may quote the request; only the status is told.
        return Problem.response(code, switch (code) {
            case NOT_FOUND -> "no resource at this address";
            case METHOD_NOT_ALLOWED -> "this resource does not take that method";
            case NOT_ACCEPTABLE -> "none of the accepted response types can be produced; ask for application/json";
            case UNSUPPORTED_MEDIA_TYPE -> "send application/json in UTF-8";
            case UNAUTHENTICATED -> "authentication required";
            case ACCESS_DENIED -> "not allowed";
            case SERVICE_UNAVAILABLE -> "a service this request needs is not available right now; retry";
            case INTERNAL_ERROR -> "an unexpected error occurred; nothing was written";
            default -> "the request cannot be read";
        }, List.of());
    }
}
