package org.tiaojie.cases.ws.internal.rest;

import java.util.List;
import java.util.stream.Collectors;

import javax.ws.rs.core.Response;
import javax.ws.rs.ext.ExceptionMapper;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

import org.tiaojie.cases.api.ErrorCode;
import org.tiaojie.cases.api.FieldViolation;

/** A body that is not JSON, or JSON that does not fit the expected shape. */
public class JsonExceptionMapper implements ExceptionMapper<JsonProcessingException> {
    @Override
    public Response toResponse(JsonProcessingException e) {
        String field = e instanceof JsonMappingException mapping ? path(mapping) : "body";
        String message;
        String code;
        if (e instanceof UnrecognizedPropertyException unknown) {
            code = FieldViolation.UNKNOWN_VALUE;
            message = "unknown property '" + unknown.getPropertyName() + "'";
        } else if (e instanceof InvalidFormatException invalid) {
            code = FieldViolation.INVALID_FORMAT;
            message = "'" + invalid.getValue() + "' is not a valid " + invalid.getTargetType().getSimpleName();
        } else {
            code = FieldViolation.INVALID_FORMAT;
            message = e.getOriginalMessage();
        }
        return Problem.response(ErrorCode.MALFORMED_REQUEST, field + ": " + message,
                List.of(new FieldViolation(field, code, message)));
    }

    private static String path(JsonMappingException e) {
        String path = e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? "." + ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining());
        return path.isEmpty() ? "body" : path.startsWith(".") ? path.substring(1) : path;
    }
}
