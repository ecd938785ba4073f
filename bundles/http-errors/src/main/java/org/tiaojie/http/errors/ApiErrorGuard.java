package org.tiaojie.http.errors;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.util.Locale;
import java.util.UUID;

import javax.servlet.ServletException;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.server.handler.HandlerWrapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Wraps every handler of the web server, whose every address is the platform's. It refuses a request whose charset
 * the JVM cannot decode before CXF fails on it, answers any failure that escapes a servlet, and replaces an error
 * page someone else wrote (CXF's page for an address no endpoint serves) with the API's shape. An error a servlet
 * only announced (sendError) is left to the server's {@link ProblemErrorHandler} rather than the context's HTML one.
 * Answers that are already the API's own — problem+json, or XML from a SOAP port — pass untouched.
 */
public class ApiErrorGuard extends HandlerWrapper {
    private static final Logger LOG = LoggerFactory.getLogger(ApiErrorGuard.class);

    @Override
    public void handle(String target, Request baseRequest, HttpServletRequest request, HttpServletResponse response)
            throws IOException, ServletException {
        if (!readableCharset(request.getHeader("Content-Type"))) {
            ProblemErrorHandler.write(request, response, 415, null);
            baseRequest.setHandled(true);
            return;
        }
        try {
            super.handle(target, baseRequest, request, response);
        } catch (IOException | ServletException | RuntimeException | Error e) {
            if (response.isCommitted() || e instanceof VirtualMachineError) {
                throw e;
            }
            String reference = UUID.randomUUID().toString().substring(0, 8);
            // Only the classes: a message may quote what was sent.
            LOG.error("Request failed outside the API's own handling [{}]: {}{}", reference, e.getClass().getName(),
                    e.getCause() == null ? "" : " caused by " + e.getCause().getClass().getName());
            ProblemErrorHandler.write(request, response, 500, reference);
            baseRequest.setHandled(true);
            return;
        }
        // A pending sendError is rendered by the context's handler unless the error context is cleared; then
        // the server's handler, ours, renders it.
        baseRequest.removeAttribute(ErrorHandler.ERROR_CONTEXT);
        if (response.getStatus() >= 400 && !response.isCommitted() && !ours(request, response.getContentType())) {
            ProblemErrorHandler.write(request, response, response.getStatus(), null);
            baseRequest.setHandled(true);
        }
    }

    private static boolean ours(HttpServletRequest request, String contentType) {
        if (contentType == null) {
            return false;
        }
        String type = contentType.toLowerCase(Locale.ROOT);
        return type.startsWith(ErrorBodies.PROBLEM_JSON)
                || ErrorBodies.isSoap(request.getRequestURI()) && (type.startsWith("text/xml")
                        || type.startsWith("application/soap+xml"));
    }

    /** True unless the Content-Type names a charset the JVM does not know. */
    static boolean readableCharset(String contentType) {
        if (contentType == null) {
            return true;
        }
        for (String parameter : contentType.split(";")) {
            int eq = parameter.indexOf('=');
            if (eq < 0 || !parameter.substring(0, eq).trim().equalsIgnoreCase("charset")) {
                continue;
            }
            String name = parameter.substring(eq + 1).trim();
            if (name.length() >= 2 && name.startsWith("\"") && name.endsWith("\"")) {
                name = name.substring(1, name.length() - 1);
            }
            try {
                if (name.isEmpty() || !Charset.isSupported(name)) {
                    return false;
                }
            } catch (IllegalCharsetNameException e) {
                return false;
            }
        }
        return true;
    }
}
