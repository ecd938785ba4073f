package org.tiaojie.cases.api;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * Stable error codes, shared by REST (problem+json {@code code}) and SOAP (fault detail {@code code}).
 * Clients may switch on them; a code is never renamed or reused. What a code means to a transport (an HTTP status)
 * is the web layer's: a plug-in throws the code, never a status.
 */
@Schema(description = "Stable error codes, shared by REST (problem+json `code`) and SOAP (fault detail `code`). "
        + "Clients may switch on them; a code is never renamed or reused. Values — "
        + "VALIDATION_FAILED: The request is malformed or fails validation; see the field "
        + "violations. Not retryable; MALFORMED_REQUEST: The request body could not be read (not "
        + "JSON, wrong types, unknown properties); UNAUTHENTICATED: The caller is not authenticated; "
        + "ACCESS_DENIED: The caller's roles or township assignment do not allow the operation; "
        + "CASE_NOT_FOUND: No such case, or not visible to the caller; NOT_FOUND: No such record of a "
        + "plug-in (a mediation file, a dispute, a legal-aid application), or not visible to the caller; over REST "
        + "also nothing at that address; METHOD_NOT_ALLOWED: The resource does not support that HTTP "
        + "method (REST only); NOT_ACCEPTABLE: None of the accepted response types can be produced "
        + "(REST only); UNSUPPORTED_MEDIA_TYPE: The request body's media type is not accepted (REST "
        + "only); IDEMPOTENCY_KEY_REUSED: The idempotency key was already used for a different "
        + "submission; choose a new key; ILLEGAL_TRANSITION: The step is not allowed in the case's "
        + "current status (see its allowed actions); nothing changed; TIME_LIMIT_EXPIRED: The "
        + "statutory window for the step has passed (e.g. a review asked after 30 days); nothing "
        + "changed; MATTER_TERMINATED: The petitioner's matter was terminated after re-review (终结) "
        + "and the same request on the same facts is not accepted again [《信访工作条例》 36]. Not "
        + "retryable; a clerk who finds a new request or new facts confirms a different matter; "
        + "CONFLICT: The item changed concurrently; read it again and retry; SERVICE_UNAVAILABLE: A "
        + "needed service or plug-in is not available right now; retry later. Nothing was written; "
        + "INTERNAL_ERROR: An unexpected failure; nothing was written")
public enum ErrorCode {
    /** The request is malformed or fails validation; see the field violations. Not retryable. */
    VALIDATION_FAILED(false),
    /** The request body could not be read (not JSON, wrong types, unknown properties). */
    MALFORMED_REQUEST(false),
    /** The caller is not authenticated. */
    UNAUTHENTICATED(false),
    /** The caller's roles or township assignment do not allow the operation. */
    ACCESS_DENIED(false),
    /** No such case, or not visible to the caller. */
    CASE_NOT_FOUND(false),
    /**
     * No such record of a plug-in (a mediation file, a dispute, a legal-aid application), or not visible to the
     * caller; over REST also nothing at that address.
     */
    NOT_FOUND(false),
    /** The resource does not support that HTTP method (REST only). */
    METHOD_NOT_ALLOWED(false),
    /** None of the accepted response types can be produced (REST only). */
    NOT_ACCEPTABLE(false),
    /** The request body's media type is not accepted (REST only). */
    UNSUPPORTED_MEDIA_TYPE(false),
    /** The request body or message is larger than the platform takes (1 MiB). */
    REQUEST_TOO_LARGE(false),
    /** Too many attempts from this address or for this user (failed logins, query-code look-ups); wait. */
    TOO_MANY_REQUESTS(true),
    /** The idempotency key was already used for a different submission; choose a new key. */
    IDEMPOTENCY_KEY_REUSED(false),
    /** The step is not allowed in the case's current status (see its allowed actions); nothing changed. */
    ILLEGAL_TRANSITION(false),
    /** The statutory window for the step has passed (e.g. a review asked after 30 days); nothing changed. */
    TIME_LIMIT_EXPIRED(false),
    /**
     * The petitioner's matter was terminated after re-review (终结) and the same request on the same facts is
     * not accepted again [《信访工作条例》 36]. Not retryable; a clerk who finds a new request or new facts
     * confirms a different matter.
     */
    MATTER_TERMINATED(false),
    /** The item changed concurrently; read it again and retry. */
    CONFLICT(true),
    /**
     * The department the request needs is not online in the township right now (an intake carrying its
     * extra fields, or a reassignment to it). Nothing was written; retry when it is back.
     */
    DEPARTMENT_UNAVAILABLE(true),
    /** A needed service or plug-in is not available right now; retry later. Nothing was written. */
    SERVICE_UNAVAILABLE(true),
    /** An unexpected failure; nothing was written. */
    INTERNAL_ERROR(true);

    private final boolean retryable;

    ErrorCode(boolean retryable) {
        this.retryable = retryable;
    }

    /** Whether the same request may succeed later unchanged (CONFLICT: after reading the item again). */
    public boolean retryable() {
        return retryable;
    }
}
