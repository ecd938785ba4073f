package org.tiaojie.cases.core.internal;

import org.tiaojie.cases.api.Actor;
import org.tiaojie.cases.api.ErrorCode;
import org.tiaojie.cases.api.TiaojieException;

/** Role checks shared by the services. Township visibility is checked where the township is known. */
final class Access {
    private Access() {
    }

    static void require(Actor actor, String... roles) {
        if (actor == null) {
            throw new TiaojieException(ErrorCode.UNAUTHENTICATED, "no authenticated user");
        }
        if (!actor.hasAnyRole(roles)) {
            throw new TiaojieException(ErrorCode.ACCESS_DENIED,
                    actor.userId() + " needs one of the roles " + String.join(", ", roles));
        }
    }
}
