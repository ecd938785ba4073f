package org.tiaojie.cases.ws.internal.rest;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Set;

import javax.annotation.Priority;
import javax.ws.rs.Priorities;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.container.PreMatching;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.Response;

import org.apache.cxf.jaxrs.utils.JAXRSUtils;
import org.apache.cxf.message.Message;
import org.tiaojie.cases.api.ErrorCode;
import org.tiaojie.cases.api.TiaojieException;
import org.tiaojie.cases.ws.internal.auth.Authenticated;
import org.tiaojie.cases.ws.internal.auth.Authenticator;
import org.tiaojie.cases.ws.internal.auth.ClientAddress;

/**
 * HTTP Basic against Karaf's JAAS realm for every resource but the public ones (the OpenAPI document, the readiness
 * check and the petitioners' progress look-up by query code), answering a failed login with problem+json and
 * repeated failures with 429.
 */
@PreMatching
@Priority(Priorities.AUTHENTICATION)
public class AuthenticationFilter implements ContainerRequestFilter {
    static final String REALM = "Tiaojie";
    private static final Set<String> PUBLIC_PATHS = Set.of("openapi.json", "health");

    private final Authenticator authenticator;

    public AuthenticationFilter(Authenticator authenticator) {
        this.authenticator = authenticator;
    }

    @Override
    public void filter(ContainerRequestContext context) {
        String path = context.getUriInfo().getPath();
        String relative = path.startsWith("/") ? path.substring(1) : path;
        // Petitioners follow their case with the query code alone.
        if (PUBLIC_PATHS.contains(relative) || relative.startsWith("v1/progress/")) {
            return;
        }
        Message message = JAXRSUtils.getCurrentMessage();
        String header = context.getHeaderString(HttpHeaders.AUTHORIZATION);
        String[] credentials = basic(header);
        if (credentials == null) {
            context.abortWith(challenge());
            return;
        }
        try {
            Authenticated.set(message, authenticator.login(credentials[0], credentials[1], ClientAddress.of(message)));
        } catch (TiaojieException e) {
            if (e.code() == ErrorCode.UNAUTHENTICATED) {
                context.abortWith(challenge());
            } else {
                throw e;
            }
        }
    }

    /** User and password of an HTTP Basic header, or null. */
    static String[] basic(String header) {
        if (header == null || header.length() > 1024 || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return null;
        }
        try {
            String decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon < 0 ? null : new String[]{decoded.substring(0, colon), decoded.substring(colon + 1)};
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static Response challenge() {
        return Response.fromResponse(Problem.response(ErrorCode.UNAUTHENTICATED,
                        "log in with HTTP Basic authentication (user name and password of the Tiaojie realm)", List.of()))
                .header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"" + REALM + "\"")
                .build();
    }
}
