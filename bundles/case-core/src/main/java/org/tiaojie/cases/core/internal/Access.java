package org.tiaojie.cases.core.internal;

import org.tiaojie.cases.api.Actor;
import org.tiaojie.cases.api.Roles;
import org.tiaojie.cases.api.RoutingState;

/** Visibility rules shared by the services; role checks are {@link Roles#require}. */
final class Access {
    private Access() {
    }

    /**
     * Who may see a complaint about an official (routing state WITHHELD): the petition office and the county
     * bureau that refer it to discipline, never a department, which may be the unit complained about [30, 46].
     */
    static final String[] COMPLAINT_READERS = {Roles.CLERK, Roles.COUNTY};

    /** Whether the actor may see the case at all: its township, and for a withheld complaint the role. */
    static boolean maySee(Actor actor, String township, RoutingState routingState) {
        return actor.canSeeTownship(township)
                && (routingState != RoutingState.WITHHELD || actor.hasAnyRole(COMPLAINT_READERS));
    }
}
