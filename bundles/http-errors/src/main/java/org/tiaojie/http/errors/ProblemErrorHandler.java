package org.tiaojie.http.errors;

import java.io.IOException;
import java.nio.ByteBuffer;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.handler.ErrorHandler;

/**
 * The server's error handler: answers requests Jetty refuses while parsing them (a NUL in the path, a header
 * too large, a broken request line) and errors raised outside any servlet context, in the API's shapes instead
 * of Jetty's HTML pages.
 */
public class ProblemErrorHandler extends ErrorHandler {

    public ProblemErrorHandler() {
        setShowStacks(false);
        setShowServlet(false);
        setShowMessageInTitle(false);
    }

    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields fields) {
        // No request to speak of: the path may not even have been read. The reason is Jetty's and is not repeated.
        fields.put(HttpHeader.CONTENT_TYPE, ErrorBodies.PROBLEM_JSON);
        fields.put(HttpHeader.CACHE_CONTROL, "no-store");
        fields.put("X-Content-Type-Options", "nosniff");
        return ByteBuffer.wrap(ErrorBodies.problem(status, null));
    }

    @Override
    public void handle(String target, Request baseRequest, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        write(request, response, response.getStatus() < 400 ? 500 : response.getStatus(), null);
        baseRequest.setHandled(true);
    }

    /** Writes the error body for the request's address, replacing whatever the response held. */
    static void write(HttpServletRequest request, HttpServletResponse response, int status, String reference)
            throws IOException {
        boolean soap = ErrorBodies.isSoap(request.getRequestURI());
        byte[] body = soap ? ErrorBodies.soapFault(status, reference) : ErrorBodies.problem(status, reference);
        // The failing servlet may have chosen a writer already; only a full reset lets the body be written anew.
        response.reset();
        // SOAP 1.1 over HTTP answers every fault with 500; the fault's code tells the client whose fault it was.
        response.setStatus(soap ? 500 : status);
        response.setContentType(soap ? ErrorBodies.SOAP_XML : ErrorBodies.PROBLEM_JSON);
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("X-Content-Type-Options", "nosniff");
        if (status == 429) {
            response.setHeader("Retry-After", "60");
        } else if (status == 503) {
            response.setHeader("Retry-After", "5");
        }
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
