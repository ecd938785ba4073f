package org.tiaojie.cases.ws.internal.rest;

import java.util.List;

import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.swagger.v3.oas.annotations.media.Schema;

import org.tiaojie.cases.api.ErrorCode;
import org.tiaojie.cases.api.FieldViolation;
import org.tiaojie.cases.ws.internal.HttpStatus;

/** An RFC 7807 problem document with Tiaojie's stable {@code code} and the invalid fields. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@Schema(name = "Problem", description = "RFC 7807 problem details with a stable error code")
public class Problem {
    public static final String MEDIA_TYPE = "application/problem+json";
    public static final MediaType TYPE = MediaType.valueOf(MEDIA_TYPE);

    @Schema(description = "URI naming the kind of problem", example = "urn:tiaojie:problem:validation-failed")
    public final String type;
    @Schema(description = "Short summary of the kind of problem")
    public final String title;
    @Schema(description = "HTTP status code")
    public final int status;
    @Schema(description = "What went wrong in this request")
    public final String detail;
    @Schema(description = "Stable error code to switch on", example = "VALIDATION_FAILED")
    public final String code;
    @Schema(description = "Whether the same request may succeed if retried later; nothing was written either way")
    public final boolean retryable;
    @Schema(description = "Invalid fields, for VALIDATION_FAILED and MALFORMED_REQUEST")
    public final List<FieldViolation> violations;

    Problem(ErrorCode code, String detail, List<FieldViolation> violations) {
        this.code = code.name();
        this.type = "urn:tiaojie:problem:" + code.name().toLowerCase().replace('_', '-');
        this.title = title(code);
        this.status = HttpStatus.of(code);
        this.detail = detail;
        this.retryable = code.retryable();
        this.violations = List.copyOf(violations);
    }

    static Response response(ErrorCode code, String detail, List<FieldViolation> violations) {
        Problem problem = new Problem(code, detail, violations);
        Response.ResponseBuilder builder = Response.status(problem.status).type(TYPE).entity(problem);
        if (code.retryable() && problem.status == 503) {
            builder.header("Retry-After", "5");
        }
        if (code == ErrorCode.TOO_MANY_REQUESTS) {
            builder.header("Retry-After", "60");
        }
        return builder.build();
    }

    private static String title(ErrorCode code) {
        return switch (code) {
            case VALIDATION_FAILED -> "The request is invalid";
            case MALFORMED_REQUEST -> "The request body cannot be read";
            case UNAUTHENTICATED -> "Authentication required";
            case ACCESS_DENIED -> "Not allowed";
            case CASE_NOT_FOUND -> "No such case";
            case NOT_FOUND -> "Not found";
            case METHOD_NOT_ALLOWED -> "Method not allowed";
            case NOT_ACCEPTABLE -> "Response type not available";
            case UNSUPPORTED_MEDIA_TYPE -> "Unsupported request type";
            case REQUEST_TOO_LARGE -> "Request too large";
            case TOO_MANY_REQUESTS -> "Too many requests";
            case IDEMPOTENCY_KEY_REUSED -> "Idempotency key already used";
            case ILLEGAL_TRANSITION -> "Step not possible now";
            case TIME_LIMIT_EXPIRED -> "Time limit expired";
            case MATTER_TERMINATED -> "Matter terminated; not accepted again";
            case CONFLICT -> "Concurrent change";
            case DEPARTMENT_UNAVAILABLE -> "Department offline";
            case SERVICE_UNAVAILABLE -> "Temporarily unavailable";
            case INTERNAL_ERROR -> "Internal error";
        };
    }
}
