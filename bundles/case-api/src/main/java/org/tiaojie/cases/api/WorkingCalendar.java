package org.tiaojie.cases.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The county's official calendar — 法定节假日与调休 — and the one rule by which every time limit of the
 * platform is counted, in the core and in every plug-in: the first day is not counted; a calendar-day period
 * whose last day is a rest day ends on the next working day; a working-day period skips rest days and counts
 * swapped working days. No bundle counts days on its own.
 *
 * <p>The State Council publishes each year's holidays; a year that is not loaded is counted by weekends only,
 * and every result that reaches into such a year carries a {@link Deadline#getCalendarWarning() warning}.
 */
@ProviderType
public interface WorkingCalendar {
    /**
     * A period of {@code days} from {@code start}: its due date and how it was computed, in words a clerk
     * can read out. The returned deadline has no {@link Deadline#getKind() kind}; the caller knows what it is.
     */
    Deadline period(LocalDate start, DayCount count, int days);

    /** A working day: not a public holiday, and not a Saturday or Sunday unless it is a swapped working day. */
    boolean isWorkingDay(LocalDate date);

    /** The working days after {@code from} up to and including {@code to}, with the computation in words. */
    WorkingDays workingDaysBetween(LocalDate from, LocalDate to);

    /** The years whose official calendar is loaded, ascending. */
    List<Integer> years();

    /** A loaded year's holidays and swapped working days. */
    Optional<CalendarYear> year(int year);

    /**
     * The warning for a result that depends on the days from {@code from} to {@code to} when a year between
     * them is not loaded; null when every year is.
     */
    String calendarWarning(LocalDate from, LocalDate to);
}
