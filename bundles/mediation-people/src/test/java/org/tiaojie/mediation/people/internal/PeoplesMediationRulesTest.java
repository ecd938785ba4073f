package org.tiaojie.mediation.people.internal;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.tiaojie.cases.api.WorkingCalendar;
import org.tiaojie.cases.core.internal.time.OfficialCalendar;
import org.tiaojie.mediation.internal.ConfirmationWindow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tiaojie.mediation.internal.CommonSteps.AGREED;
import static org.tiaojie.mediation.internal.CommonSteps.ENDED;
import static org.tiaojie.mediation.internal.CommonSteps.FAILED;
import static org.tiaojie.mediation.internal.CommonSteps.FULFILLED;
import static org.tiaojie.mediation.internal.CommonSteps.OPEN;
import static org.tiaojie.mediation.internal.CommonSteps.CONFIRMATION_REQUESTED;

class PeoplesMediationRulesTest {
    private static final ConfirmationWindow S = ConfirmationWindow.STATUTORY;
    private static final WorkingCalendar C = OfficialCalendar.service();
    private static final LocalDate DAY = LocalDate.parse("2026-11-02");

    @Test
    void anAgreementNeedsASessionAndEitherPartyMayEndTheMediation() {
        assertEquals(List.of("RECORD_SESSION", "WITHDRAW", "FAIL"), PeoplesMediationRules.STEPS.allowed(OPEN, 0, null, DAY, S, C));
        assertEquals(List.of("RECORD_SESSION", "WITHDRAW", "FAIL", "AGREE"), PeoplesMediationRules.STEPS.allowed(OPEN, 1, null, DAY, S, C));
        assertEquals(List.of(), PeoplesMediationRules.STEPS.allowed(ENDED, 3, null, DAY, S, C));
        assertEquals(List.of(), PeoplesMediationRules.STEPS.allowed(FAILED, 3, null, DAY, S, C));
        assertEquals(List.of("RECORD_FULFILMENT"), PeoplesMediationRules.STEPS.allowed(CONFIRMATION_REQUESTED, 1, DAY, DAY, S, C));
        assertEquals(List.of(), PeoplesMediationRules.STEPS.allowed(FULFILLED, 1, DAY, DAY, S, C));
    }

    @Test
    void judicialConfirmationIsAppliedForWithinThirtyDaysWithAReminderBeforeTheEnd() {
        LocalDate effective = LocalDate.parse("2026-11-02");
        assertEquals(LocalDate.parse("2026-12-02"), S.due(C, effective).due());
        assertTrue(PeoplesMediationRules.STEPS.allows(AGREED, "APPLY_CONFIRMATION", 1, effective, LocalDate.parse("2026-12-02"), S, C));
        assertFalse(PeoplesMediationRules.STEPS.allows(AGREED, "APPLY_CONFIRMATION", 1, effective, LocalDate.parse("2026-12-03"), S, C));
        assertFalse(S.remind(C, AGREED, effective, LocalDate.parse("2026-11-26")));
        assertTrue(S.remind(C, AGREED, effective, LocalDate.parse("2026-11-27")), "five days before the end");
        assertTrue(S.remind(C, AGREED, effective, LocalDate.parse("2026-12-02")));
        assertFalse(S.remind(C, AGREED, effective, LocalDate.parse("2026-12-03")), "closed: nothing left to remind");
        assertFalse(S.remind(C, CONFIRMATION_REQUESTED, effective, LocalDate.parse("2026-11-30")), "already applied");
    }

    @Test
    void aConfirmationWindowEndingInTheSpringFestivalMovesToTheNextWorkingDay() {
        // 30 days after 20 January is 19 February, inside the holiday of 15–23 February: the core's rule says 24 February.
        LocalDate effective = LocalDate.parse("2026-01-20");
        assertEquals(LocalDate.parse("2026-02-24"), S.due(C, effective).due());
        assertTrue(S.due(C, effective).rule().contains("顺延"), S.due(C, effective).rule());
        assertTrue(PeoplesMediationRules.STEPS.allows(AGREED, "APPLY_CONFIRMATION", 1, effective, LocalDate.parse("2026-02-24"), S, C));
        assertFalse(PeoplesMediationRules.STEPS.allows(AGREED, "APPLY_CONFIRMATION", 1, effective, LocalDate.parse("2026-02-25"), S, C));
    }

    @Test
    void aWindowIntoAYearWithoutTheOfficialCalendarCarriesAWarning() {
        assertTrue(S.due(C, LocalDate.parse("2026-12-20")).warning().contains("2027"));
        assertEquals(null, S.due(C, LocalDate.parse("2026-11-02")).warning());
    }
}
