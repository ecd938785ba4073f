package org.tiaojie.cases.ws.internal;

import org.tiaojie.cases.api.ErrorCode;

/**
 * The HTTP status each error code is answered with, on the REST door and under SOAP faults: the transport's
 * meaning of a code lives here, not in the contract the plug-ins throw codes from. A code added to the API does not
 * compile here until it has a status.
 */
public final class HttpStatus {
    private HttpStatus() {
    }

    public static int of(ErrorCode code) {
        return switch (code) {
            case VALIDATION_FAILED, MALFORMED_REQUEST -> 400;
            case UNAUTHENTICATED -> 401;
            case ACCESS_DENIED -> 403;
            case CASE_NOT_FOUND, NOT_FOUND -> 404;
            case METHOD_NOT_ALLOWED -> 405;
            case NOT_ACCEPTABLE -> 406;
            case REQUEST_TOO_LARGE -> 413;
            case UNSUPPORTED_MEDIA_TYPE -> 415;
            // As the IETF Idempotency-Key draft answers a key reused with another payload.
            case IDEMPOTENCY_KEY_REUSED -> 422;
            case TOO_MANY_REQUESTS -> 429;
            case ILLEGAL_TRANSITION, TIME_LIMIT_EXPIRED, MATTER_TERMINATED, CONFLICT -> 409;
            case INTERNAL_ERROR -> 500;
            case DEPARTMENT_UNAVAILABLE, SERVICE_UNAVAILABLE -> 503;
        };
    }
}
