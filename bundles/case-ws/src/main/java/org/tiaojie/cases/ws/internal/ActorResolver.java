package org.tiaojie.cases.ws.internal;

import java.security.Principal;
import java.util.ArrayList;
import java.util.List;

import org.apache.cxf.message.Message;
import org.apache.cxf.phase.PhaseInterceptorChain;
import org.apache.cxf.security.LoginSecurityContext;
import org.apache.cxf.security.SecurityContext;
import org.tiaojie.cases.api.Actor;
import org.tiaojie.cases.api.ErrorCode;
import org.tiaojie.cases.api.TiaojieException;

/**
 * Turns the JAAS login of the current CXF request into an {@link Actor}. Role principals named
 * {@code township:<code>} are the user's township assignments; the others are functional roles.
 */
public final class ActorResolver {
    private ActorResolver() {
    }

    public static Actor current() {
        Message message = PhaseInterceptorChain.getCurrentMessage();
        SecurityContext context = message == null ? null : message.get(SecurityContext.class);
        if (context == null || context.getUserPrincipal() == null) {
            throw new TiaojieException(ErrorCode.UNAUTHENTICATED, "authentication required");
        }
        List<String> roleNames = new ArrayList<>();
        if (context instanceof LoginSecurityContext login) {
            for (Principal role : login.getUserRoles()) {
                roleNames.add(role.getName());
            }
        }
        return Actor.fromRoleNames(context.getUserPrincipal().getName(), roleNames);
    }
}
