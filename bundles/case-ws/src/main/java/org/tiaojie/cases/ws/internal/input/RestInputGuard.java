package org.tiaojie.cases.ws.internal.input;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import javax.annotation.Priority;
import javax.ws.rs.Priorities;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.container.PreMatching;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.MultivaluedMap;
import javax.ws.rs.ext.ReaderInterceptor;
import javax.ws.rs.ext.ReaderInterceptorContext;

import com.fasterxml.jackson.core.JsonProcessingException;

import org.tiaojie.cases.api.ErrorCode;
import org.tiaojie.cases.api.FieldViolation;
import org.tiaojie.cases.api.TiaojieException;
import org.tiaojie.cases.api.ValidationException;

/**
 * The door of the REST API: bodies of at most {@value #MAX_BODY} bytes, in UTF-8; query and path parameters
 * within {@link InputLimits#PARAMETER_MAX}; every body object within {@link InputLimits}. A body that breaks off
 * before its declared length is a malformed request, not a server error.
 */
@PreMatching
@Priority(Priorities.AUTHENTICATION - 100)
public class RestInputGuard implements ContainerRequestFilter, ReaderInterceptor {
    /** Nothing the API takes is larger: an intake with five petitioners and 8,000 characters of content is ~40 KB. */
    public static final int MAX_BODY = 1 << 20;
    private static final int MAX_PARAMETERS = 30;

    @Override
    public void filter(ContainerRequestContext request) {
        if (request.getLength() > MAX_BODY) {
            throw new TiaojieException(ErrorCode.REQUEST_TOO_LARGE, "the request body is larger than " + MAX_BODY + " bytes");
        }
        MediaType type = request.getMediaType();
        if (type != null) {
            String charset = type.getParameters().get(MediaType.CHARSET_PARAMETER);
            if (charset != null && !charset.trim().replace("\"", "").equalsIgnoreCase(StandardCharsets.UTF_8.name())
                    && !charset.trim().equalsIgnoreCase("utf8")) {
                throw new TiaojieException(ErrorCode.UNSUPPORTED_MEDIA_TYPE, "request bodies are read as UTF-8 only");
            }
        }
        if (request.hasEntity()) {
            request.setEntityStream(new BoundedBody(request.getEntityStream()));
        }
        // Decoded: "%00" is a NUL by the time a resource reads it.
        parameters(request.getUriInfo().getQueryParameters(true), "query");
        // Before matching there are no path parameters yet; every segment of the path is held to their limit.
        for (javax.ws.rs.core.PathSegment segment : request.getUriInfo().getPathSegments(true)) {
            InputLimits.checkParameter("path", segment.getPath());
        }
    }

    private static void parameters(MultivaluedMap<String, String> parameters, String kind) {
        if (parameters.size() > MAX_PARAMETERS) {
            throw ValidationException.of(kind, FieldViolation.TOO_LONG, "at most " + MAX_PARAMETERS + " parameters");
        }
        for (Map.Entry<String, List<String>> p : parameters.entrySet()) {
            String name = p.getKey().length() <= 64 && InputLimits.xmlSafe(p.getKey()) ? p.getKey() : "?";
            if (p.getValue().size() > 5) {
                throw ValidationException.of(name, FieldViolation.TOO_LONG, "given too many times");
            }
            for (String value : p.getValue()) {
                InputLimits.checkParameter(name, value);
            }
        }
    }

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        Object entity;
        try {
            entity = context.proceed();
        } catch (JsonProcessingException e) {
            throw e; // answered by the JSON problem mapper, naming the field
        } catch (BoundedBody.TooLarge e) {
            throw new TiaojieException(ErrorCode.REQUEST_TOO_LARGE, "the request body is larger than " + MAX_BODY + " bytes");
        } catch (IOException e) {
            // A body that ends before its Content-Length, or a connection that stalls mid-body.
            throw new TiaojieException(ErrorCode.MALFORMED_REQUEST, "the request body could not be read to its end");
        }
        InputLimits.check(entity);
        return entity;
    }
}
