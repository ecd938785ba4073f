package org.tiaojie.mediation.internal;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.tiaojie.cases.api.WorkingCalendar;
import org.tiaojie.cases.api.mediation.Session;
import org.tiaojie.cases.core.internal.time.OfficialCalendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The engine counts the confirmation window with the core's rule, on the shipped calendar. */
class ConfirmationWindowTest {
    private static final WorkingCalendar CALENDAR = OfficialCalendar.service();
    private static final ConfirmationWindow WINDOW = ConfirmationWindow.STATUTORY;

    @Test
    void aWindowEndingInTheSpringFestivalMovesToTheNextWorkingDay() {
        Deadline due = WINDOW.due(CALENDAR, LocalDate.parse("2026-01-20"));
        assertEquals(LocalDate.parse("2026-02-24"), due.due(), "not 19 February, inside the holiday");
        assertTrue(due.rule().contains("2026-02-19"), due.rule());
        assertNull(due.warning());
        assertTrue(WINDOW.open(CALENDAR, LocalDate.parse("2026-01-20"), LocalDate.parse("2026-02-24")));
        assertFalse(WINDOW.open(CALENDAR, LocalDate.parse("2026-01-20"), LocalDate.parse("2026-02-25")));
        assertEquals("judicial confirmation had to be applied for by 2026-02-24",
                WINDOW.refusal(CALENDAR, CommonSteps.AGREED, CommonSteps.APPLY_CONFIRMATION, LocalDate.parse("2026-01-20")));
    }

    @Test
    void aStepMayNotPrecedeTheFilesLastDatedEvent() {
        MediationFile f = new MediationFile();
        f.openedOn = LocalDate.parse("2026-12-02");
        assertEquals(LocalDate.parse("2026-12-02"), MediationFiles.floor(f));
        Session s = new Session();
        s.setOn(LocalDate.parse("2026-12-10"));
        f.content.sessions.add(s);
        f.markOn = LocalDate.parse("2026-12-05");
        assertEquals(LocalDate.parse("2026-12-10"), MediationFiles.floor(f));
        f.effectiveOn = LocalDate.parse("2026-12-12");
        assertEquals(LocalDate.parse("2026-12-12"), MediationFiles.floor(f));
    }
}
