package org.tiaojie.mediation.people.internal;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tiaojie.mediation.people.internal.PeoplesMediationRules.*;

class PeoplesMediationRulesTest {
    private static final Settings S = Settings.DEFAULT;
    private static final LocalDate DAY = LocalDate.parse("2026-11-02");

    @Test
    void anAgreementNeedsASessionAndEitherPartyMayEndTheMediation() {
        assertEquals(List.of("RECORD_SESSION", "WITHDRAW", "FAIL"), allowed(OPEN, 0, null, DAY, S));
        assertEquals(List.of("RECORD_SESSION", "WITHDRAW", "FAIL", "AGREE"), allowed(OPEN, 1, null, DAY, S));
        assertEquals(List.of(), allowed(ENDED, 3, null, DAY, S));
        assertEquals(List.of(), allowed(FAILED, 3, null, DAY, S));
        assertEquals(List.of("RECORD_FULFILMENT"), allowed(CONFIRMATION_REQUESTED, 1, DAY, DAY, S));
        assertEquals(List.of(), allowed(FULFILLED, 1, DAY, DAY, S));
    }

    @Test
    void judicialConfirmationIsAppliedForWithinThirtyDaysWithAReminderBeforeTheEnd() {
        LocalDate effective = LocalDate.parse("2026-11-02");
        assertEquals(LocalDate.parse("2026-12-02"), confirmationDue(effective, S));
        assertTrue(allows(AGREED, "APPLY_CONFIRMATION", 1, effective, LocalDate.parse("2026-12-02"), S));
        assertFalse(allows(AGREED, "APPLY_CONFIRMATION", 1, effective, LocalDate.parse("2026-12-03"), S));
        assertFalse(remind(AGREED, effective, LocalDate.parse("2026-11-26"), S));
        assertTrue(remind(AGREED, effective, LocalDate.parse("2026-11-27"), S), "five days before the end");
        assertTrue(remind(AGREED, effective, LocalDate.parse("2026-12-02"), S));
        assertFalse(remind(AGREED, effective, LocalDate.parse("2026-12-03"), S), "closed: nothing left to remind");
        assertFalse(remind(CONFIRMATION_REQUESTED, effective, LocalDate.parse("2026-11-30"), S), "already applied");
    }
}
