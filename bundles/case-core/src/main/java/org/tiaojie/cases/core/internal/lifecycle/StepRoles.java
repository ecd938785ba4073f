package org.tiaojie.cases.core.internal.lifecycle;

import org.tiaojie.cases.api.Actor;
import org.tiaojie.cases.api.CaseAction;
import org.tiaojie.cases.api.ErrorCode;
import org.tiaojie.cases.api.Roles;
import org.tiaojie.cases.api.TiaojieException;

/**
 * Who may record which step: the petition office's clerks run the path; handlers may also decline, settle and write
 * the opinion for their department; review and re-review decisions belong to the level above — a clerk of county
 * scope, the county bureau.
 */
public final class StepRoles {
    private StepRoles() {
    }

    public static String[] rolesFor(CaseAction action) {
        return CaseSteps.of(action).roles().clone();
    }

    /** Steps only the county level takes [35, 36]. */
    static boolean countyLevel(CaseAction action) {
        return CaseSteps.of(action).countyLevel();
    }

    public static boolean mayPerform(Actor actor, CaseAction action) {
        return actor != null && actor.hasAnyRole(rolesFor(action)) && (!countyLevel(action) || actor.isCountyWide());
    }

    /**
     * @throws TiaojieException {@link ErrorCode#UNAUTHENTICATED} or {@link ErrorCode#ACCESS_DENIED}
     */
    public static void require(Actor actor, CaseAction action) {
        Roles.require(actor, rolesFor(action));
        if (countyLevel(action) && !actor.isCountyWide()) {
            throw new TiaojieException(ErrorCode.ACCESS_DENIED, "review decisions belong to the level above: the county "
                    + "bureau");
        }
    }
}
