package org.tiaojie.cases.ws.internal;

import org.apache.cxf.message.Message;
import org.apache.cxf.phase.PhaseInterceptorChain;
import org.tiaojie.cases.api.Actor;
import org.tiaojie.cases.api.ErrorCode;
import org.tiaojie.cases.api.TiaojieException;
import org.tiaojie.cases.ws.internal.auth.Authenticated;

/**
 * The {@link Actor} of the current CXF request, as the login at the door (REST: HTTP Basic; SOAP: HTTP Basic or a
 * WS-Security UsernameToken) established it. Role names {@code township:<code>} are the user's township scope;
 * the others are functional roles.
 */
public final class ActorResolver {
    private ActorResolver() {
    }

    public static Actor current() {
        Message message = PhaseInterceptorChain.getCurrentMessage();
        Actor actor = Authenticated.of(message);
        if (actor == null) {
            throw new TiaojieException(ErrorCode.UNAUTHENTICATED, "authentication required");
        }
        return actor;
    }
}
