package org.tiaojie.cases.ws.internal.rest;

import java.util.List;

import javax.ws.rs.core.Response;

import org.junit.jupiter.api.Test;
import org.tiaojie.cases.api.ErrorCode;
import org.tiaojie.cases.api.FieldViolation;
import org.tiaojie.cases.api.TiaojieException;
import org.tiaojie.cases.api.ValidationException;
import org.tiaojie.cases.ws.internal.HttpStatus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every error a service throws reaches the caller as problem+json with its stable code, status and retry advice. */
class ProblemTest {
    private final TiaojieExceptionMapper mapper = new TiaojieExceptionMapper();

    @Test
    void everyCodeHasItsOwnTitleAndTheStatusItDeclares() {
        for (ErrorCode code : ErrorCode.values()) {
            Response r = mapper.toResponse(new TiaojieException(code, "detail"));
            Problem p = (Problem) r.getEntity();
            assertEquals(HttpStatus.of(code), r.getStatus(), code.name());
            assertEquals(Problem.MEDIA_TYPE, r.getMediaType().toString());
            assertEquals(code.name(), p.code);
            assertEquals(code.retryable(), p.retryable, code.name());
            assertFalse(p.title == null || p.title.isBlank(), code.name());
        }
    }

    @Test
    void theStatusesClientsAreToldOfInTheOpenApiDocument() {
        assertEquals(400, HttpStatus.of(ErrorCode.VALIDATION_FAILED));
        assertEquals(404, HttpStatus.of(ErrorCode.CASE_NOT_FOUND));
        assertEquals(404, HttpStatus.of(ErrorCode.NOT_FOUND), "a plug-in's record that is not there, or not yours");
        assertEquals(409, HttpStatus.of(ErrorCode.ILLEGAL_TRANSITION));
        assertEquals(409, HttpStatus.of(ErrorCode.CONFLICT));
        assertEquals(422, HttpStatus.of(ErrorCode.IDEMPOTENCY_KEY_REUSED));
        assertEquals(503, HttpStatus.of(ErrorCode.DEPARTMENT_UNAVAILABLE));
    }

    @Test
    void aValidationFailureCarriesEachFieldAndIsNotToBeRetried() {
        Response r = mapper.toResponse(new ValidationException(List.of(
                new FieldViolation("township", FieldViolation.REQUIRED, "the township"),
                new FieldViolation("petitioners[0].phone", FieldViolation.INVALID_FORMAT, "a phone number"))));
        Problem p = (Problem) r.getEntity();
        assertEquals(400, r.getStatus());
        assertEquals("VALIDATION_FAILED", p.code);
        assertEquals(List.of("township", "petitioners[0].phone"), p.violations.stream().map(FieldViolation::getField).toList());
        assertTrue(p.detail.contains("(and 1 more)"), p.detail);
        assertFalse(p.retryable);
        assertNull(r.getHeaderString("Retry-After"));
    }

    @Test
    void anUnavailableServiceSaysWhenToTryAgain() {
        Response away = mapper.toResponse(new TiaojieException(ErrorCode.DEPARTMENT_UNAVAILABLE, "offline"));
        assertEquals(503, away.getStatus());
        assertEquals("5", away.getHeaderString("Retry-After"));
        assertEquals("60", mapper.toResponse(new TiaojieException(ErrorCode.TOO_MANY_REQUESTS, "slow down"))
                .getHeaderString("Retry-After"));
        assertNull(mapper.toResponse(new TiaojieException(ErrorCode.CONFLICT, "again")).getHeaderString("Retry-After"),
                "a conflict is retried by reading again, not by waiting");
    }
}
