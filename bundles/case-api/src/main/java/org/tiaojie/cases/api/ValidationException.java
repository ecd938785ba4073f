package org.tiaojie.cases.api;

import java.util.List;

/** The request fails validation; nothing was written. */
public class ValidationException extends TiaojieException {
    private static final long serialVersionUID = 1L;

    public ValidationException(List<FieldViolation> violations) {
        super(ErrorCode.VALIDATION_FAILED, summary(violations), violations, null);
    }

    public static ValidationException of(String field, String code, String message) {
        return new ValidationException(List.of(new FieldViolation(field, code, message)));
    }

    private static String summary(List<FieldViolation> violations) {
        if (violations.isEmpty()) {
            throw new IllegalArgumentException("a validation failure needs at least one violation");
        }
        FieldViolation first = violations.get(0);
        String more = violations.size() > 1 ? " (and " + (violations.size() - 1) + " more)" : "";
        return first.getField() + ": " + first.getMessage() + more;
    }
}
