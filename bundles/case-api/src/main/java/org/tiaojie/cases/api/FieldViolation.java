package org.tiaojie.cases.api;

import javax.xml.bind.annotation.XmlType;

import io.swagger.v3.oas.annotations.media.Schema;

/** One invalid field of a request: its path (e.g. {@code petitioners[0].idNumber}), a stable code and a message. */
@XmlType(name = "fieldViolation")
@Schema(description = "One invalid field of a request: its path (e.g. `petitioners[0].idNumber`), a stable code "
        + "and a message.")
public class FieldViolation {
    public static final String REQUIRED = "REQUIRED";
    public static final String TOO_LONG = "TOO_LONG";
    public static final String INVALID_FORMAT = "INVALID_FORMAT";
    public static final String UNKNOWN_VALUE = "UNKNOWN_VALUE";
    public static final String OUT_OF_RANGE = "OUT_OF_RANGE";

    private String field;
    private String code;
    private String message;

    public FieldViolation() {
    }

    public FieldViolation(String field, String code, String message) {
        this.field = field;
        this.code = code;
        this.message = message;
    }

    @Schema(description = "The field, as a path into the request, e.g. `petitioners[0].idNumber`.")
    public String getField() {
        return field;
    }

    public void setField(String field) {
        this.field = field;
    }

    @Schema(description = "What is wrong: REQUIRED, INVALID_FORMAT, TOO_LONG, OUT_OF_RANGE or UNKNOWN_VALUE.")
    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    @Schema(description = "What to fix, in words a clerk understands.")
    public String getMessage() {
        return message;
    }

    public void setMessage(String message) {
        this.message = message;
    }

    @Override
    public String toString() {
        return field + " " + code + ": " + message;
    }
}
