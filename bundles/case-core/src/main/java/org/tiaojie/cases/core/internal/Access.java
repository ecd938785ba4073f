package org.tiaojie.cases.core.internal;

import org.tiaojie.cases.api.Actor;
import org.tiaojie.cases.api.Roles;
import org.tiaojie.cases.api.RoutingState;

/**
 * Who may see a case: the role says whether the user reads cases at all, the scope which townships. A complaint about
 * an official (routing state WITHHELD) is seen only by the discipline body, the county bureau (a clerk of county
 * scope) and the clerk who registered it — never by a department, which may be the unit complained about [30, 46].
 */
final class Access {
    private Access() {
    }

    /** Roles that read the ordinary cases of their scope (the discipline body reads only complaints). */
    private static final String[] ORDINARY_READERS = {Roles.CLERK, Roles.HANDLER, Roles.LEADER, Roles.MEDIATOR,
            Roles.LEGAL_AID, Roles.SUPERVISOR};

    /** Whether the actor may see the case at all: its township, and for a withheld complaint the rule above. */
    static boolean maySee(Actor actor, String township, RoutingState routingState, String registeredBy) {
        if (!actor.canSeeTownship(township)) {
            return false;
        }
        if (routingState == RoutingState.WITHHELD) {
            return withheld(actor) == Withheld.ALL || actor.hasRole(Roles.CLERK) && actor.userId().equals(registeredBy);
        }
        return actor.hasAnyRole(ORDINARY_READERS);
    }

    /** Which complaints about officials of its scope a list shows the actor. */
    enum Withheld { ALL, OWN, NONE }

    static Withheld withheld(Actor actor) {
        if (actor.hasRole(Roles.DISCIPLINE) || actor.hasRole(Roles.CLERK) && actor.isCountyWide()) {
            return Withheld.ALL;
        }
        return actor.hasRole(Roles.CLERK) ? Withheld.OWN : Withheld.NONE;
    }

    /** Whether a list shows the actor ordinary cases (not only complaints). */
    static boolean readsOrdinary(Actor actor) {
        return actor.hasAnyRole(ORDINARY_READERS);
    }
}
