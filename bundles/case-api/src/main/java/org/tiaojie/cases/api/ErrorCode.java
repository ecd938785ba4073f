package org.tiaojie.cases.api;

/**
 * Stable error codes, shared by REST (problem+json {@code code}) and SOAP (fault detail {@code code}).
 * Clients may switch on them; a code is never renamed or reused.
 */
public enum ErrorCode {
    /** The request is malformed or fails validation; see the field violations. Not retryable. */
    VALIDATION_FAILED(400, false),
    /** The request body could not be read (not JSON, wrong types, unknown properties). */
    MALFORMED_REQUEST(400, false),
    /** The caller is not authenticated. */
    UNAUTHENTICATED(401, false),
    /** The caller's roles or township assignment do not allow the operation. */
    ACCESS_DENIED(403, false),
    /** No such case, or not visible to the caller. */
    CASE_NOT_FOUND(404, false),
    /** No resource at that address (REST only). */
    NOT_FOUND(404, false),
    /** The resource does not support that HTTP method (REST only). */
    METHOD_NOT_ALLOWED(405, false),
    /** None of the accepted response types can be produced (REST only). */
    NOT_ACCEPTABLE(406, false),
    /** The request body's media type is not accepted (REST only). */
    UNSUPPORTED_MEDIA_TYPE(415, false),
    /** The idempotency key was already used for a different submission; choose a new key. */
    IDEMPOTENCY_KEY_REUSED(409, false),
    /** The step is not allowed in the case's current status (see its allowed actions); nothing changed. */
    ILLEGAL_TRANSITION(409, false),
    /** The statutory window for the step has passed (e.g. a review asked after 30 days); nothing changed. */
    TIME_LIMIT_EXPIRED(409, false),
    /** The item changed concurrently; read it again and retry. */
    CONFLICT(409, true),
    /** A needed service or plug-in is not available right now; retry later. Nothing was written. */
    SERVICE_UNAVAILABLE(503, true),
    /** An unexpected failure; nothing was written. */
    INTERNAL_ERROR(500, true);

    private final int httpStatus;
    private final boolean retryable;

    ErrorCode(int httpStatus, boolean retryable) {
        this.httpStatus = httpStatus;
        this.retryable = retryable;
    }

    public int httpStatus() {
        return httpStatus;
    }

    public boolean retryable() {
        return retryable;
    }
}
