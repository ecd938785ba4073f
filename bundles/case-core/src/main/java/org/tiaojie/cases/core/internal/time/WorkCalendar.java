package org.tiaojie.cases.core.internal.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The official working calendar (法定节假日与调休): public holidays and the weekend days that are
 * worked instead (调休上班日), per year, as the State Council publishes them each year.
 *
 * <p>Configured as {@code holidays.<year> = 2026-02-15..2026-02-23, 2026-04-04, …} and
 * {@code workdays.<year> = 2026-02-14, …}. A year without configuration falls back to plain weekends,
 * and {@link #covers(int)} says so, so an explanation can warn that the official calendar is missing.
 */
public final class WorkCalendar {
    private final Set<LocalDate> holidays;
    private final Set<LocalDate> swappedWorkdays;
    private final Set<Integer> years;

    public WorkCalendar(Set<LocalDate> holidays, Set<LocalDate> swappedWorkdays, Set<Integer> years) {
        this.holidays = Collections.unmodifiableSet(new TreeSet<>(holidays));
        this.swappedWorkdays = Collections.unmodifiableSet(new TreeSet<>(swappedWorkdays));
        this.years = Collections.unmodifiableSet(new TreeSet<>(years));
    }

    /** Weekends only; what applies before any calendar is configured. */
    public static WorkCalendar weekendsOnly() {
        return new WorkCalendar(Set.of(), Set.of(), Set.of());
    }

    /**
     * Parses the configuration.
     *
     * @throws IllegalArgumentException naming the key whose value cannot be read
     */
    public static WorkCalendar parse(Map<String, String> properties) {
        Set<LocalDate> holidays = new TreeSet<>();
        Set<LocalDate> workdays = new TreeSet<>();
        Set<Integer> years = new TreeSet<>();
        properties.forEach((key, value) -> {
            String[] parts = key.trim().split("\\.");
            if (parts.length != 2 || !(parts[0].equals("holidays") || parts[0].equals("workdays"))) {
                return;
            }
            int year;
            try {
                year = Integer.parseInt(parts[1]);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(key + ": the year must be a number");
            }
            Set<LocalDate> target = parts[0].equals("holidays") ? holidays : workdays;
            for (String item : value.split(",")) {
                String text = item.trim();
                if (text.isEmpty()) {
                    continue;
                }
                try {
                    String[] range = text.split("\\.\\.");
                    LocalDate from = LocalDate.parse(range[0].trim());
                    LocalDate to = range.length == 2 ? LocalDate.parse(range[1].trim()) : from;
                    if (range.length > 2 || to.isBefore(from)) {
                        throw new IllegalArgumentException(key + ": bad range '" + text + "'");
                    }
                    for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
                        if (d.getYear() != year) {
                            throw new IllegalArgumentException(key + ": " + d + " is not in " + year);
                        }
                        target.add(d);
                    }
                } catch (DateTimeParseException e) {
                    throw new IllegalArgumentException(key + ": '" + text + "' is not a date (yyyy-MM-dd)");
                }
            }
            years.add(year);
        });
        Set<LocalDate> both = new TreeSet<>(holidays);
        both.retainAll(workdays);
        if (!both.isEmpty()) {
            throw new IllegalArgumentException("days both holiday and working day: " + both);
        }
        return new WorkCalendar(holidays, workdays, years);
    }

    /** A public holiday, or a Saturday or Sunday that is not a swapped working day. */
    public boolean isRestDay(LocalDate date) {
        if (holidays.contains(date)) {
            return true;
        }
        boolean weekend = date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
        return weekend && !swappedWorkdays.contains(date);
    }

    public boolean isHoliday(LocalDate date) {
        return holidays.contains(date);
    }

    public boolean isSwappedWorkday(LocalDate date) {
        return swappedWorkdays.contains(date);
    }

    /** Whether the official calendar of that year is configured. */
    public boolean covers(int year) {
        return years.contains(year);
    }
}
