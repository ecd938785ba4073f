package org.tiaojie.cases.ws.internal.rest;

import java.util.List;
import java.util.Set;

import javax.annotation.Priority;
import javax.ws.rs.Priorities;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.PreMatching;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.Response;

import org.apache.cxf.jaxrs.security.JAASAuthenticationFilter;
import org.apache.cxf.message.Message;
import org.tiaojie.cases.api.ErrorCode;

/**
 * HTTP Basic against Karaf's JAAS realm for every resource but the public ones (the OpenAPI
 * document, the readiness check and
 * the petitioners' progress look-up by query code), answering a failed login with problem+json.
 */
@PreMatching
@Priority(Priorities.AUTHENTICATION)
public class AuthenticationFilter extends JAASAuthenticationFilter {
    static final String REALM = "Tiaojie";
    private static final Set<String> PUBLIC_PATHS = Set.of("openapi.json", "health");

    public AuthenticationFilter() {
        setContextName("karaf");
        setRealmName(REALM);
        setRoleClassifier("org.apache.karaf.jaas.boot.principal.RolePrincipal");
        setRoleClassifierType("classname");
    }

    @Override
    public void filter(ContainerRequestContext context) {
        String path = context.getUriInfo().getPath();
        String relative = path.startsWith("/") ? path.substring(1) : path;
        // Petitioners follow their case with the query code alone.
        if (PUBLIC_PATHS.contains(relative) || relative.startsWith("v1/progress/")) {
            return;
        }
        super.filter(context);
    }

    @Override
    protected Response handleAuthenticationException(SecurityException ex, Message m) {
        return Response.fromResponse(Problem.response(ErrorCode.UNAUTHENTICATED,
                        "log in with HTTP Basic authentication (user name and password of the Tiaojie realm)", List.of()))
                .header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"" + REALM + "\"")
                .build();
    }
}
