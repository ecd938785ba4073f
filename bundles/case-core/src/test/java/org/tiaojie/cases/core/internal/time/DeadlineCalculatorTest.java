package org.tiaojie.cases.core.internal.time;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.tiaojie.cases.api.CalendarYear;
import org.tiaojie.cases.api.DayCount;
import org.tiaojie.cases.api.Deadline;
import org.tiaojie.cases.api.DeadlineKind;
import org.tiaojie.cases.api.FieldViolation;
import org.tiaojie.cases.api.WorkingDays;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Against the calendar the distribution ships (src/main/cfg), so a typo in it fails here. */
class DeadlineCalculatorTest {
    private static final DeadlineCalculator CALC = new DeadlineCalculator(shippedCalendar());

    static WorkCalendar shippedCalendar() {
        return OfficialCalendar.shipped();
    }

    private static Deadline calendar(String start, int days) {
        return CALC.compute(DeadlineKind.HANDLING, LocalDate.parse(start), DayCount.CALENDAR_DAYS, days);
    }

    private static Deadline working(String start, int days) {
        return CALC.compute(DeadlineKind.DECLINE_WINDOW, LocalDate.parse(start), DayCount.WORKING_DAYS, days);
    }

    @Test
    void theFirstDayIsNotCountedAndAWorkingLastDayStands() {
        Deadline d = calendar("2026-03-02", 15);
        assertEquals(LocalDate.parse("2026-03-17"), d.getDueDate());
        assertNull(d.getUnshiftedDueDate());
    }

    @Test
    void aPeriodEndingInTheNationalDayHolidayMovesToTheNextWorkingDay() {
        Deadline d = calendar("2026-09-01", 30);
        assertEquals(LocalDate.parse("2026-10-01"), d.getUnshiftedDueDate());
        assertEquals(LocalDate.parse("2026-10-08"), d.getDueDate());
        assertTrue(d.getExplanation().contains("法定节假日"), d.getExplanation());
        assertTrue(d.getExplanation().contains("2026-10-08"), d.getExplanation());
    }

    @Test
    void aPeriodEndingOnAWeekendMovesToMonday() {
        Deadline d = calendar("2026-11-06", 15);
        assertEquals(LocalDate.parse("2026-11-21"), d.getUnshiftedDueDate());
        assertEquals(LocalDate.parse("2026-11-23"), d.getDueDate());
        assertTrue(d.getExplanation().contains("休息日"), d.getExplanation());
    }

    @Test
    void aPeriodEndingOnASwappedWorkingSundayStays() {
        Deadline d = calendar("2026-09-05", 15);
        assertEquals(LocalDate.parse("2026-09-20"), d.getDueDate());
        assertNull(d.getUnshiftedDueDate());
    }

    @Test
    void workingDaysSkipHolidaysAndCountSwappedWorkingSaturdays() {
        // Oct 1–7 off; Oct 8, 9, Sat 10 (worked), Mon 12, Tue 13.
        assertEquals(LocalDate.parse("2026-10-13"), working("2026-09-30", 5).getDueDate());
        // Feb 13, Sat 14 (worked), Feb 15–23 off, then 24, 25, 26.
        assertEquals(LocalDate.parse("2026-02-26"), working("2026-02-12", 5).getDueDate());
    }

    @Test
    void acrossTheYearBoundaryIntoNewYearHolidays() {
        // 2026-01-01..03 off, Sunday 2026-01-04 worked.
        Deadline d = calendar("2025-12-17", 15);
        assertEquals(LocalDate.parse("2026-01-01"), d.getUnshiftedDueDate());
        assertEquals(LocalDate.parse("2026-01-04"), d.getDueDate());
        assertEquals(LocalDate.parse("2025-02-05"), calendar("2025-01-20", 15).getDueDate(),
                "2025 Spring Festival: 02-04 is a holiday, 02-05 a Wednesday");
    }

    @Test
    void anExtendedLimitCountsFromTheSameStartAndShiftsOnlyTheResult() {
        assertEquals(LocalDate.parse("2026-10-08"), calendar("2026-08-02", 60).getDueDate());
        Deadline extended = calendar("2026-08-02", 60 + 30);
        assertEquals(LocalDate.parse("2026-10-31"), extended.getUnshiftedDueDate());
        assertEquals(LocalDate.parse("2026-11-02"), extended.getDueDate());
    }

    @Test
    void aYearWithoutTheOfficialCalendarIsCountedByWeekendsAndSaysSo() {
        Deadline d = calendar("2027-09-01", 30);
        assertEquals(LocalDate.parse("2027-10-01"), d.getDueDate(), "2027 is not configured: Oct 1 is a Friday");
        assertTrue(d.getExplanation().contains("未载入2027年"), d.getExplanation());
        assertFalse(calendar("2026-03-02", 15).getExplanation().contains("未载入"));
    }

    @Test
    void remainingDaysAndOverdueAreRelativeToToday() {
        Deadline d = calendar("2026-03-02", 15);
        DeadlineCalculator.asOf(d, LocalDate.parse("2026-03-10"), false);
        assertEquals(7, d.getDaysRemaining());
        assertFalse(d.isOverdue());
        DeadlineCalculator.asOf(d, LocalDate.parse("2026-03-20"), false);
        assertEquals(-3, d.getDaysRemaining());
        assertTrue(d.isOverdue());
        DeadlineCalculator.asOf(d, LocalDate.parse("2026-03-20"), true);
        assertNull(d.getDaysRemaining());
        assertFalse(d.isOverdue());
    }

    @Test
    void aBadCalendarYearIsRefusedNamingTheEntry() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> WorkCalendar.Year.parse(Map.of("year", "2026", "holidays", "2026-10-01, 2026-13-01")));
        assertTrue(e.getMessage().startsWith("holidays[1]"), e.getMessage());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> WorkCalendar.Year.parse(Map.of("year", "2026",
                "workdays", "2025-10-11"))).getMessage().contains("2026"), "a day outside the year");
        assertTrue(assertThrows(IllegalArgumentException.class, () -> WorkCalendar.Year.parse(Map.of("year", "2026",
                "holidays", "2026-10-10", "workdays", "2026-10-10"))).getMessage().contains("both"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> WorkCalendar.Year.parse(Map.of("year", "2026",
                "workdays", "2026-10-12"))).getMessage().contains("weekday"), "a Monday cannot be a swapped working day");
        assertThrows(IllegalArgumentException.class, () -> WorkCalendar.Year.parse(Map.of("holidays", "2026-10-01")));
        assertThrows(IllegalArgumentException.class, () -> new WorkCalendar(List.of(CALC.calendar().year(2026).get(),
                CALC.calendar().year(2026).get())), "a year configured twice");
    }

    @Test
    void aYearRoundTripsThroughTheApiAsRanges() {
        WorkCalendar.Year y = CALC.calendar().year(2026).orElseThrow();
        CalendarYear dto = y.toDto("org.tiaojie.calendar.year-2026.cfg");
        assertTrue(dto.getHolidays().contains("2026-02-15..2026-02-23"), dto.getHolidays().toString());
        List<FieldViolation> v = new ArrayList<>();
        assertEquals(y, WorkCalendar.Year.of(2026, dto.getHolidays(), dto.getWorkdays(), v));
        assertEquals(List.of(), v);
        assertEquals(y, WorkCalendar.Year.parse(y.toProperties()));
    }

    @Test
    void aPeriodIntoAYearThatIsNotLoadedSaysSoAndCountsWeekendsOnly() {
        // The review window of an opinion served in December 2026 ends in 2027, whose dates are not published yet.
        Deadline d = calendar("2026-12-15", 30);
        assertEquals(LocalDate.parse("2027-01-14"), d.getDueDate());
        assertTrue(d.getCalendarWarning().contains("2027年"), d.getCalendarWarning());
        assertTrue(d.getExplanation().contains(d.getCalendarWarning()), d.getExplanation());
        assertNull(calendar("2026-03-02", 15).getCalendarWarning(), "nothing to warn about within 2026");

        WorkingDays w = CALC.between(LocalDate.parse("2026-12-30"), LocalDate.parse("2027-01-05"));
        assertTrue(w.getCalendarWarning().contains("2027"));
        assertEquals(6, w.getCalendarDays());
    }

    @Test
    void workingDaysBetweenSkipTheSpringFestivalAndCountSwappedSaturdays() {
        // 14 Feb (Sat) worked; 15–23 off; 24, 25, 26, 27 worked; 28 (Sat) worked.
        WorkingDays w = CALC.between(LocalDate.parse("2026-02-13"), LocalDate.parse("2026-02-28"));
        assertEquals(6, w.getWorkingDays());
        assertEquals(15, w.getCalendarDays());
        assertNull(w.getCalendarWarning());
        assertTrue(w.getExplanation().contains("工作日6日"), w.getExplanation());
    }

    @Test
    void theStatusWarnsFromNovemberWhenNextYearIsMissing() {
        WorkCalendar shipped = CALC.calendar();
        assertNull(TimeRules.statusWarning(shipped, LocalDate.parse("2026-10-31")));
        assertTrue(TimeRules.statusWarning(shipped, LocalDate.parse("2026-11-01")).contains("2027年"));
        assertTrue(TimeRules.statusWarning(shipped, LocalDate.parse("2027-01-04")).contains("本年度（2027年）"));
        assertNull(TimeRules.statusWarning(shipped, LocalDate.parse("2025-11-20")), "2026 is loaded");
    }
}
