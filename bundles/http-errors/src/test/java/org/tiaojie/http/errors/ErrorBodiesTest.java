package org.tiaojie.http.errors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.tiaojie.cases.api.ErrorCode;

class ErrorBodiesTest {

    @Test
    void everyCodeIsTheApisWithTheSameRetryabilityAndTheStatusTheServicesAnswerItWith() {
        for (ErrorBodies.Code code : ErrorBodies.Code.values()) {
            ErrorCode api = ErrorCode.valueOf(code.name());
            assertEquals(api.retryable(), code.retryable, code.name());
        }
        assertEquals(ErrorBodies.Code.UNAUTHENTICATED, ErrorBodies.Code.of(401));
        assertEquals(ErrorBodies.Code.ACCESS_DENIED, ErrorBodies.Code.of(403));
        assertEquals(ErrorBodies.Code.NOT_FOUND, ErrorBodies.Code.of(404));
        assertEquals(ErrorBodies.Code.METHOD_NOT_ALLOWED, ErrorBodies.Code.of(405));
        assertEquals(ErrorBodies.Code.NOT_ACCEPTABLE, ErrorBodies.Code.of(406));
        assertEquals(ErrorBodies.Code.REQUEST_TOO_LARGE, ErrorBodies.Code.of(413));
        assertEquals(ErrorBodies.Code.UNSUPPORTED_MEDIA_TYPE, ErrorBodies.Code.of(415));
        assertEquals(ErrorBodies.Code.TOO_MANY_REQUESTS, ErrorBodies.Code.of(429));
        assertEquals(ErrorBodies.Code.SERVICE_UNAVAILABLE, ErrorBodies.Code.of(503));
        assertEquals(ErrorBodies.Code.REQUEST_TOO_LARGE, ErrorBodies.Code.of(431));
        assertEquals(ErrorBodies.Code.REQUEST_TOO_LARGE, ErrorBodies.Code.of(414));
        assertEquals(ErrorBodies.Code.MALFORMED_REQUEST, ErrorBodies.Code.of(400));
        assertEquals(ErrorBodies.Code.MALFORMED_REQUEST, ErrorBodies.Code.of(418));
        assertEquals(ErrorBodies.Code.MALFORMED_REQUEST, ErrorBodies.Code.of(505));
        assertEquals(ErrorBodies.Code.INTERNAL_ERROR, ErrorBodies.Code.of(502));
    }

    @Test
    void problemIsAnRfc7807DocumentWithTheStableCodeAndTheActualStatus() {
        String body = new String(ErrorBodies.problem(431, null), StandardCharsets.UTF_8);
        assertEquals("{\"type\":\"urn:tiaojie:problem:request-too-large\",\"title\":\"Request too large\","
                + "\"status\":431,\"detail\":\"the request line, its headers or its body are larger than the platform "
                + "takes\",\"code\":\"REQUEST_TOO_LARGE\",\"retryable\":false}", body);
        assertTrue(new String(ErrorBodies.problem(500, "ab12cd34"), StandardCharsets.UTF_8)
                .contains("logged as ab12cd34"));
    }

    @Test
    void soapFaultCarriesTheDeclaredDetailAndWhoseFaultItWas() {
        String client = new String(ErrorBodies.soapFault(404, null), StandardCharsets.UTF_8);
        assertTrue(client.contains("<faultcode>soap:Client</faultcode>"), client);
        assertTrue(client.contains("<ns1:caseFault xmlns:ns1=\"http://tiaojie.org/soap/intake/v1\"><code>NOT_FOUND</code>"),
                client);
        assertTrue(new String(ErrorBodies.soapFault(500, null), StandardCharsets.UTF_8)
                .contains("<faultcode>soap:Server</faultcode>"));
    }

    @Test
    void onlyCharsetsTheJvmCannotDecodeAreRefused() {
        assertTrue(ApiErrorGuard.readableCharset(null));
        assertTrue(ApiErrorGuard.readableCharset("application/json"));
        assertTrue(ApiErrorGuard.readableCharset("application/json; charset=UTF-8"));
        assertTrue(ApiErrorGuard.readableCharset("text/xml;charset=\"iso-8859-1\""));
        assertFalse(ApiErrorGuard.readableCharset("application/json; charset=foo"));
        assertFalse(ApiErrorGuard.readableCharset("application/json; charset=\"\""));
        assertFalse(ApiErrorGuard.readableCharset("application/json; charset=a b"));
        assertFalse(ApiErrorGuard.readableCharset("text/xml; CHARSET=x-no-such"));
    }
}
