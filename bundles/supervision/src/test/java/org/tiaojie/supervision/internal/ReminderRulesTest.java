package org.tiaojie.supervision.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.tiaojie.cases.api.WorkingCalendar;
import org.tiaojie.cases.api.supervision.ReminderStage;
import org.tiaojie.cases.core.internal.time.OfficialCalendar;

/**
 * The lead times in working days, on the calendar the distribution ships: around National Day 2026 (holidays
 * 1–7 October, Saturday 10 October a working day) a limit due on Friday 9 October is three working days away on
 * Tuesday 29 September, not on the Friday a week before.
 */
class ReminderRulesTest {
    private final WorkingCalendar calendar = OfficialCalendar.service();
    private final ReminderRules rules = new ReminderRules(List.of(1, 3));
    private static final LocalDate DUE = LocalDate.of(2026, 10, 9);

    private Optional<ReminderRules.Stage> on(LocalDate today) {
        return rules.stage(DUE, today, calendar);
    }

    @Test
    void aLeadTimeCountsWorkingDaysAcrossAHoliday() {
        assertEquals(Optional.empty(), on(LocalDate.of(2026, 9, 28)), "four working days left: nothing yet");
        assertEquals(Optional.of(new ReminderRules.Stage(ReminderStage.DUE_SOON, 3)), on(LocalDate.of(2026, 9, 29)));
        assertEquals(Optional.of(new ReminderRules.Stage(ReminderStage.DUE_SOON, 3)), on(LocalDate.of(2026, 9, 30)));
        // The whole holiday week has two working days left (8 and 9 October).
        assertEquals(Optional.of(new ReminderRules.Stage(ReminderStage.DUE_SOON, 3)), on(LocalDate.of(2026, 10, 5)));
        assertEquals(Optional.of(new ReminderRules.Stage(ReminderStage.DUE_SOON, 1)), on(LocalDate.of(2026, 10, 8)));
        assertEquals(Optional.of(new ReminderRules.Stage(ReminderStage.DUE_SOON, 1)), on(DUE), "the due date itself");
        assertEquals(Optional.of(ReminderRules.Stage.OVERDUE), on(LocalDate.of(2026, 10, 10)));
        assertEquals(Optional.of(ReminderRules.Stage.OVERDUE), on(LocalDate.of(2026, 11, 30)), "long past: still one stage");
    }

    @Test
    void theHorizonIsWhereTheLongestLeadReaches() {
        assertEquals(DUE, rules.horizon(LocalDate.of(2026, 9, 29), calendar));
        assertEquals(LocalDate.of(2026, 9, 29), new ReminderRules(List.of(0)).horizon(LocalDate.of(2026, 9, 29), calendar));
        assertTrue(new ReminderRules(List.of()).horizon(DUE, calendar).isBefore(DUE), "no lead: only what is overdue");
    }

    @Test
    void aLeadOfZeroIsTheDueDateOnly() {
        ReminderRules onTheDay = new ReminderRules(List.of(0));
        assertEquals(Optional.empty(), onTheDay.stage(DUE, LocalDate.of(2026, 10, 8), calendar));
        assertEquals(Optional.of(new ReminderRules.Stage(ReminderStage.DUE_SOON, 0)), onTheDay.stage(DUE, DUE, calendar));
    }

    @Test
    void anExtendedLimitIsAnotherDueDateWithItsOwnStages() {
        // Extended to 23 October, the limit is not near on 8 October, and reaches its leads again later.
        LocalDate extended = LocalDate.of(2026, 10, 23);
        assertEquals(Optional.empty(), rules.stage(extended, LocalDate.of(2026, 10, 8), calendar));
        assertEquals(Optional.of(new ReminderRules.Stage(ReminderStage.DUE_SOON, 3)),
                rules.stage(extended, LocalDate.of(2026, 10, 20), calendar));
    }

    @Test
    void leadTimesOutOfRangeAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new ReminderRules(List.of(31)));
        assertThrows(IllegalArgumentException.class, () -> new ReminderRules(List.of(-1)));
        assertEquals(List.of(1, 3), new ReminderRules(List.of(3, 1, 3)).leads());
    }
}
