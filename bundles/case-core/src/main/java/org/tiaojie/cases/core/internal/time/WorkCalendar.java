package org.tiaojie.cases.core.internal.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

import org.tiaojie.cases.api.CalendarYear;
import org.tiaojie.cases.api.FieldViolation;

/**
 * The official working calendar (法定节假日与调休): public holidays and the weekend days that are worked
 * instead (调休上班日), year by year, as the State Council publishes them.
 *
 * <p>Each year is one factory configuration {@code org.tiaojie.calendar.year} (a file
 * {@code etc/org.tiaojie.calendar.year-<year>.cfg}): {@code year = 2026},
 * {@code holidays = 2026-02-15..2026-02-23, 2026-04-04, …}, {@code workdays = 2026-02-14, …}. A year without
 * one falls back to plain weekends, and {@link #covers(int)} says so, so that every result can warn.
 */
public final class WorkCalendar {
    /** Years outside this range are typing errors, not calendars. */
    static final int FIRST_YEAR = 1990;
    static final int LAST_YEAR = 2200;

    /** One published year. */
    public record Year(int year, SortedSet<LocalDate> holidays, SortedSet<LocalDate> workdays) {
        public Year {
            holidays = Collections.unmodifiableSortedSet(new TreeSet<>(holidays));
            workdays = Collections.unmodifiableSortedSet(new TreeSet<>(workdays));
        }

        /**
         * Checks and builds a year from its lists of dates and ranges; every problem is added to {@code v}, and
         * null is returned when there is one.
         */
        public static Year of(Integer year, Collection<String> holidays, Collection<String> workdays,
                              List<FieldViolation> v) {
            if (year == null || year < FIRST_YEAR || year > LAST_YEAR) {
                v.add(new FieldViolation("year", FieldViolation.OUT_OF_RANGE, "a year between " + FIRST_YEAR + " and "
                        + LAST_YEAR));
                return null;
            }
            SortedSet<LocalDate> off = days(year, "holidays", holidays, v);
            SortedSet<LocalDate> worked = days(year, "workdays", workdays, v);
            for (LocalDate d : worked) {
                if (!isWeekend(d)) {
                    v.add(new FieldViolation("workdays", FieldViolation.OUT_OF_RANGE, d + " is a weekday: only a "
                            + "Saturday or Sunday can be a swapped working day (调休上班日)"));
                }
                if (off.contains(d)) {
                    v.add(new FieldViolation("workdays", FieldViolation.OUT_OF_RANGE, d + " is both a holiday and a "
                            + "working day"));
                }
            }
            return v.isEmpty() ? new Year(year, off, worked) : null;
        }

        /**
         * Reads a year's configuration ({@code year}, {@code holidays}, {@code workdays}).
         *
         * @throws IllegalArgumentException naming what cannot be read
         */
        public static Year parse(Map<String, String> p) {
            List<FieldViolation> v = new ArrayList<>();
            Integer year;
            try {
                year = Integer.valueOf(p.getOrDefault("year", "").trim());
            } catch (NumberFormatException e) {
                year = null;
            }
            Year parsed = of(year, split(p.get("holidays")), split(p.get("workdays")), v);
            if (parsed == null) {
                throw new IllegalArgumentException(String.join("; ", v.stream().map(FieldViolation::toString).toList()));
            }
            return parsed;
        }

        /** The year as the API shows it: consecutive days folded into ranges. */
        public CalendarYear toDto(String source) {
            CalendarYear dto = new CalendarYear();
            dto.setYear(year);
            dto.setHolidays(ranges(holidays));
            dto.setWorkdays(ranges(workdays));
            dto.setSource(source);
            return dto;
        }

        /** The configuration that describes this year. */
        public Map<String, String> toProperties() {
            Map<String, String> p = new java.util.LinkedHashMap<>();
            p.put("year", Integer.toString(year));
            p.put("holidays", String.join(", ", ranges(holidays)));
            p.put("workdays", String.join(", ", ranges(workdays)));
            return p;
        }
    }

    private final SortedMap<Integer, Year> years;

    public WorkCalendar(Collection<Year> years) {
        SortedMap<Integer, Year> map = new TreeMap<>();
        for (Year y : years) {
            if (map.put(y.year(), y) != null) {
                throw new IllegalArgumentException("the calendar of " + y.year() + " is given twice");
            }
        }
        this.years = Collections.unmodifiableSortedMap(map);
    }

    /** Weekends only; what applies before any year is configured. */
    public static WorkCalendar weekendsOnly() {
        return new WorkCalendar(List.of());
    }

    /** A public holiday, or a Saturday or Sunday that is not a swapped working day. */
    public boolean isRestDay(LocalDate date) {
        Year y = years.get(date.getYear());
        if (y == null) {
            return isWeekend(date);
        }
        return y.holidays().contains(date) || isWeekend(date) && !y.workdays().contains(date);
    }

    public boolean isHoliday(LocalDate date) {
        Year y = years.get(date.getYear());
        return y != null && y.holidays().contains(date);
    }

    /** Whether the official calendar of that year is configured. */
    public boolean covers(int year) {
        return years.containsKey(year);
    }

    public List<Integer> years() {
        return List.copyOf(years.keySet());
    }

    public java.util.Optional<Year> year(int year) {
        return java.util.Optional.ofNullable(years.get(year));
    }

    /** The years from {@code from} to {@code to} (inclusive) that are not configured. */
    public List<Integer> missing(int from, int to) {
        List<Integer> result = new ArrayList<>();
        for (int y = from; y <= to; y++) {
            if (!covers(y)) {
                result.add(y);
            }
        }
        return result;
    }

    static boolean isWeekend(LocalDate date) {
        return date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
    }

    private static List<String> split(String text) {
        List<String> items = new ArrayList<>();
        if (text != null) {
            for (String item : text.split(",")) {
                if (!item.isBlank()) {
                    items.add(item.trim());
                }
            }
        }
        return items;
    }

    private static SortedSet<LocalDate> days(int year, String field, Collection<String> items, List<FieldViolation> v) {
        SortedSet<LocalDate> days = new TreeSet<>();
        if (items == null) {
            return days;
        }
        int i = 0;
        for (String item : items) {
            String path = field + "[" + i++ + "]";
            String text = item == null ? "" : item.trim();
            String[] range = text.split("\\.\\.", -1);
            try {
                LocalDate from = LocalDate.parse(range[0].trim());
                LocalDate to = range.length == 2 ? LocalDate.parse(range[1].trim()) : from;
                if (range.length > 2 || to.isBefore(from)) {
                    v.add(new FieldViolation(path, FieldViolation.INVALID_FORMAT, "a date or a range from..to, "
                            + "from not after to"));
                    continue;
                }
                if (from.getYear() != year || to.getYear() != year) {
                    v.add(new FieldViolation(path, FieldViolation.OUT_OF_RANGE, "every day must lie in " + year));
                    continue;
                }
                for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
                    days.add(d);
                }
            } catch (DateTimeParseException e) {
                v.add(new FieldViolation(path, FieldViolation.INVALID_FORMAT, "a date yyyy-MM-dd or a range "
                        + "yyyy-MM-dd..yyyy-MM-dd"));
            }
        }
        return days;
    }

    private static List<String> ranges(SortedSet<LocalDate> days) {
        List<String> result = new ArrayList<>();
        LocalDate start = null;
        LocalDate end = null;
        for (LocalDate d : days) {
            if (start != null && d.equals(end.plusDays(1))) {
                end = d;
                continue;
            }
            if (start != null) {
                result.add(start.equals(end) ? start.toString() : start + ".." + end);
            }
            start = d;
            end = d;
        }
        if (start != null) {
            result.add(start.equals(end) ? start.toString() : start + ".." + end);
        }
        return result;
    }
}
