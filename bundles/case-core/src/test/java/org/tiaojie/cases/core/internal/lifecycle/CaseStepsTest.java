package org.tiaojie.cases.core.internal.lifecycle;

import java.util.EnumSet;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.tiaojie.cases.api.CaseAction;
import org.tiaojie.cases.api.CaseStatus;
import org.tiaojie.cases.api.Roles;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

class CaseStepsTest {
    @Test
    void everyStepIsDefinedOnceAndReachableFromSomeStatus() {
        Set<CaseAction> reachable = EnumSet.noneOf(CaseAction.class);
        for (CaseStatus status : CaseStatus.values()) {
            reachable.addAll(Lifecycle.transitionsFrom(status).keySet());
        }
        for (CaseAction action : CaseAction.values()) {
            CaseSteps.Step step = CaseSteps.of(action);
            assertNotNull(step, action + " has a definition");
            assertNotNull(step.form(), action + " checks its form");
            assertNotNull(step.guard(), action + " has a guard");
            assertNotNull(step.effect(), action + " writes into the record");
            assertNotNull(step.trail(), action + " says what the trail keeps");
        }
        assertEquals(EnumSet.allOf(CaseAction.class), reachable, "every step is in the transition table");
    }

    @Test
    void whoMayTakeAStepIsTheDocumentedMatrix() {
        Set<CaseAction> handlers = EnumSet.of(CaseAction.DECLINE, CaseAction.ISSUE_OPINION, CaseAction.SETTLE);
        for (CaseAction action : CaseAction.values()) {
            assertArrayEquals(handlers.contains(action) ? new String[]{Roles.HANDLER, Roles.CLERK}
                    : new String[]{Roles.CLERK}, StepRoles.rolesFor(action), action.name());
            assertEquals(action == CaseAction.DECIDE_REVIEW || action == CaseAction.DECIDE_RE_REVIEW,
                    StepRoles.countyLevel(action), action.name());
        }
    }
}
