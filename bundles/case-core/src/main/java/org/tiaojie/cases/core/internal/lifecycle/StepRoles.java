package org.tiaojie.cases.core.internal.lifecycle;

import org.tiaojie.cases.api.Actor;
import org.tiaojie.cases.api.CaseAction;
import org.tiaojie.cases.api.Roles;

/**
 * Who may record which step: the petition office (clerks, county bureau) runs the path; handlers may
 * decline and write the opinion for their department; review decisions belong to the level above (county).
 */
public final class StepRoles {
    private StepRoles() {
    }

    public static String[] rolesFor(CaseAction action) {
        return switch (action) {
            case DECLINE, ISSUE_OPINION, SETTLE -> new String[]{Roles.HANDLER, Roles.CLERK, Roles.COUNTY};
            case DECIDE_REVIEW, DECIDE_RE_REVIEW -> new String[]{Roles.COUNTY};
            default -> new String[]{Roles.CLERK, Roles.COUNTY};
        };
    }

    public static boolean mayPerform(Actor actor, CaseAction action) {
        return actor != null && actor.hasAnyRole(rolesFor(action));
    }
}
