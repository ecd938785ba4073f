package org.tiaojie.http.errors;

import java.nio.charset.StandardCharsets;

/**
 * The two shapes an error of the web server itself takes, the same as the API's own: an RFC 7807 problem document
 * with the stable {@code code} (REST), or a SOAP 1.1 fault whose detail is the {@code caseFault} every port
 * declares (under {@value #SOAP_PREFIX}). The codes are those of the API's {@code ErrorCode}; a fragment of the web
 * server must not wire to the platform's bundles, so they are spelled here and a test holds them equal.
 * Nothing from the request is ever repeated in a body.
 */
final class ErrorBodies {
    static final String PROBLEM_JSON = "application/problem+json";
    static final String SOAP_XML = "text/xml;charset=utf-8";
    static final String SOAP_PREFIX = "/cxf/soap/";
    static final String FAULT_NAMESPACE = "http://tiaojie.org/soap/intake/v1";

    /** A stable code with the fixed words that go with it. */
    enum Code {
        MALFORMED_REQUEST(false, "The request cannot be read",
                "the request is not well-formed HTTP (its address, a header or its body); nothing was written"),
        UNAUTHENTICATED(false, "Authentication required", "log in first"),
        ACCESS_DENIED(false, "Not allowed", "this account may not do that"),
        NOT_FOUND(false, "Not found",
                "nothing is served at this address: see /cxf/api/openapi.json and the WSDLs under /cxf/soap"),
        METHOD_NOT_ALLOWED(false, "Method not allowed", "this address does not take that HTTP method"),
        NOT_ACCEPTABLE(false, "Response type not available", "none of the accepted response types can be produced"),
        UNSUPPORTED_MEDIA_TYPE(false, "Unsupported request type",
                "the request's charset is not one the platform reads: send UTF-8"),
        REQUEST_TOO_LARGE(false, "Request too large",
                "the request line, its headers or its body are larger than the platform takes"),
        TOO_MANY_REQUESTS(true, "Too many requests", "too many attempts; wait and retry"),
        SERVICE_UNAVAILABLE(true, "Temporarily unavailable", "the platform is starting or stopping; retry shortly"),
        INTERNAL_ERROR(true, "Internal error", "an unexpected error occurred; nothing was written");

        final boolean retryable;
        final String title;
        final String detail;

        Code(boolean retryable, String title, String detail) {
            this.retryable = retryable;
            this.title = title;
            this.detail = detail;
        }

        static Code of(int status) {
            return switch (status) {
                case 401 -> UNAUTHENTICATED;
                case 403 -> ACCESS_DENIED;
                case 404 -> NOT_FOUND;
                case 405 -> METHOD_NOT_ALLOWED;
                case 406 -> NOT_ACCEPTABLE;
                case 413, 414, 431 -> REQUEST_TOO_LARGE;
                case 415 -> UNSUPPORTED_MEDIA_TYPE;
                case 429 -> TOO_MANY_REQUESTS;
                case 503 -> SERVICE_UNAVAILABLE;
                case 505 -> MALFORMED_REQUEST; // an HTTP version no one speaks: the request's fault
                default -> status >= 500 ? INTERNAL_ERROR : MALFORMED_REQUEST;
            };
        }
    }

    private ErrorBodies() {
    }

    static boolean isSoap(String path) {
        return path != null && path.startsWith(SOAP_PREFIX);
    }

    /** The problem document for an answer with this HTTP status; the reference, if any, names the log line. */
    static byte[] problem(int status, String reference) {
        Code code = Code.of(status);
        String detail = reference == null ? code.detail : code.detail + ". It has been logged as " + reference + ".";
        String json = "{\"type\":\"urn:tiaojie:problem:" + code.name().toLowerCase().replace('_', '-') + "\""
                + ",\"title\":\"" + code.title + "\""
                + ",\"status\":" + status
                + ",\"detail\":\"" + detail + "\""
                + ",\"code\":\"" + code.name() + "\""
                + ",\"retryable\":" + code.retryable + "}";
        return json.getBytes(StandardCharsets.UTF_8);
    }

    /** The SOAP 1.1 fault for an error of this HTTP status: Client when the request was at fault, else Server. */
    static byte[] soapFault(int status, String reference) {
        Code code = Code.of(status);
        String detail = reference == null ? code.detail : code.detail + ". It has been logged as " + reference + ".";
        String xml = "<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\"><soap:Body><soap:Fault>"
                + "<faultcode>soap:" + (status >= 500 ? "Server" : "Client") + "</faultcode>"
                + "<faultstring>" + code.name() + ": " + detail + "</faultstring>"
                + "<detail><ns1:caseFault xmlns:ns1=\"" + FAULT_NAMESPACE + "\"><code>" + code.name()
                + "</code><retryable>" + code.retryable + "</retryable></ns1:caseFault></detail>"
                + "</soap:Fault></soap:Body></soap:Envelope>";
        return xml.getBytes(StandardCharsets.UTF_8);
    }
}
