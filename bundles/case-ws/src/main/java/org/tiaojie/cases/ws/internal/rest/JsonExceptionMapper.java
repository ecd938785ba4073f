package org.tiaojie.cases.ws.internal.rest;

import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import javax.ws.rs.core.Response;
import javax.ws.rs.ext.ExceptionMapper;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

import org.tiaojie.cases.api.ErrorCode;
import org.tiaojie.cases.api.FieldViolation;

/**
 * A body that is not JSON, or JSON that does not fit the expected shape: named by its field, never by the value sent
 * (which may be personal data, or megabytes), and never with the parser's own words.
 */
public class JsonExceptionMapper implements ExceptionMapper<JsonProcessingException> {
    /** A path segment that is one of our field names; anything else is shown as "?". */
    private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_]{0,63}");

    @Override
    public Response toResponse(JsonProcessingException e) {
        String field = e instanceof JsonMappingException mapping ? path(mapping) : "body";
        String code;
        String message;
        if (e instanceof UnrecognizedPropertyException) {
            code = FieldViolation.UNKNOWN_VALUE;
            message = "not a property of this request";
        } else if (e instanceof InvalidFormatException invalid) {
            code = FieldViolation.INVALID_FORMAT;
            message = "not a valid " + typeName(invalid.getTargetType());
        } else if (e instanceof MismatchedInputException mismatched && mismatched.getTargetType() != null) {
            code = FieldViolation.INVALID_FORMAT;
            message = "expected " + typeName(mismatched.getTargetType());
        } else if (e instanceof StreamConstraintsException) {
            code = FieldViolation.TOO_LONG;
            message = "the body nests too deep or holds a value that is too long";
        } else if (e instanceof JsonParseException) {
            code = FieldViolation.INVALID_FORMAT;
            message = "not well-formed JSON";
        } else {
            code = FieldViolation.INVALID_FORMAT;
            message = "cannot be read";
        }
        return Problem.response(ErrorCode.MALFORMED_REQUEST, field + ": " + message,
                List.of(new FieldViolation(field, code, message)));
    }

    private static String typeName(Class<?> type) {
        if (type == null) {
            return "value";
        }
        if (type.isEnum()) {
            return "value, one of the documented names";
        }
        return switch (type.getSimpleName()) {
            case "LocalDate" -> "date (yyyy-MM-dd)";
            case "Instant" -> "time (ISO-8601 with offset)";
            case "Integer", "int", "Long", "long" -> "whole number";
            case "Boolean", "boolean" -> "true or false";
            case "BigDecimal" -> "amount";
            case "String" -> "text";
            default -> type.isAssignableFrom(List.class) ? "list" : "object";
        };
    }

    private static String path(JsonMappingException e) {
        String path = e.getPath().stream()
                .map(ref -> ref.getFieldName() != null
                        ? "." + (NAME.matcher(ref.getFieldName()).matches() ? ref.getFieldName() : "?")
                        : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining());
        return path.isEmpty() ? "body" : path.startsWith(".") ? path.substring(1) : path;
    }
}
