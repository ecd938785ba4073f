package org.tiaojie.cases.api;

import java.util.List;

/** Base of every failure the services report to callers; carries a stable {@link ErrorCode}. */
public class TiaojieException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final ErrorCode code;
    private final List<FieldViolation> violations;

    public TiaojieException(ErrorCode code, String message) {
        this(code, message, List.of(), null);
    }

    public TiaojieException(ErrorCode code, String message, Throwable cause) {
        this(code, message, List.of(), cause);
    }

    protected TiaojieException(ErrorCode code, String message, List<FieldViolation> violations, Throwable cause) {
        super(message, cause);
        this.code = code;
        this.violations = List.copyOf(violations);
    }

    public ErrorCode code() {
        return code;
    }

    /** Field-level problems; empty unless the code is {@link ErrorCode#VALIDATION_FAILED}. */
    public List<FieldViolation> violations() {
        return violations;
    }
}
