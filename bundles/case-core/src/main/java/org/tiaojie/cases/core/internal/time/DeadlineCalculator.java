package org.tiaojie.cases.core.internal.time;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.stream.Collectors;

import org.tiaojie.cases.api.DayCount;
import org.tiaojie.cases.api.Deadline;
import org.tiaojie.cases.api.DeadlineKind;
import org.tiaojie.cases.api.WorkingDays;

/**
 * Counts statutory periods as domain.md §3 says: the start day is not counted; a calendar-day period
 * whose last day is a rest day ends on the next working day; a working-day period counts only working
 * days (swapped working days included). An extended period counts from the same start, and the rest-day
 * rule is applied once, to the result. The only implementation of the rule in the platform: plug-ins reach
 * it through the {@code WorkingCalendar} service.
 */
public final class DeadlineCalculator {
    private final WorkCalendar calendar;

    public DeadlineCalculator(WorkCalendar calendar) {
        this.calendar = calendar;
    }

    public WorkCalendar calendar() {
        return calendar;
    }

    public Deadline compute(DeadlineKind kind, LocalDate start, DayCount count, int days) {
        if (days < 1) {
            throw new IllegalArgumentException("a period has at least one day: " + days);
        }
        Deadline d = new Deadline();
        d.setKind(kind);
        d.setStart(start);
        d.setCount(count);
        d.setDays(days);
        StringBuilder why = new StringBuilder();
        why.append("自").append(start).append("起算（当日不计）");
        if (count == DayCount.CALENDAR_DAYS) {
            LocalDate last = start.plusDays(days);
            LocalDate due = last;
            while (calendar.isRestDay(due)) {
                due = due.plusDays(1);
            }
            why.append(days).append("日，届满日为").append(last);
            if (!due.equals(last)) {
                d.setUnshiftedDueDate(last);
                why.append("（").append(restDayKind(last)).append("），顺延至其后第一个工作日").append(due);
            }
            d.setDueDate(due);
        } else {
            LocalDate due = start;
            int counted = 0;
            while (counted < days) {
                due = due.plusDays(1);
                if (!calendar.isRestDay(due)) {
                    counted++;
                }
            }
            why.append(days).append("个工作日（节假日与周末不计，调休上班日计入），届满日为").append(due);
            d.setDueDate(due);
        }
        why.append("。");
        String warning = warning(start, d.getDueDate());
        if (warning != null) {
            why.append(warning);
            d.setCalendarWarning(warning);
        }
        d.setExplanation(why.toString());
        return d;
    }

    /** The working days after {@code from} up to and including {@code to}. */
    public WorkingDays between(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("to " + to + " is before from " + from);
        }
        int working = 0;
        for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
            if (!calendar.isRestDay(d)) {
                working++;
            }
        }
        WorkingDays w = new WorkingDays();
        w.setFrom(from);
        w.setTo(to);
        w.setWorkingDays(working);
        w.setCalendarDays((int) ChronoUnit.DAYS.between(from, to));
        String warning = warning(from, to);
        w.setCalendarWarning(warning);
        w.setExplanation("自" + from + "次日起至" + to + "止，共" + w.getCalendarDays() + "日，其中工作日" + working
                + "日（节假日与周末不计，调休上班日计入）。" + (warning == null ? "" : warning));
        return w;
    }

    /** The warning for a result that depends on the days from {@code from} to {@code to}; null when all is loaded. */
    public String warning(LocalDate from, LocalDate to) {
        List<Integer> missing = calendar.missing(Math.min(from.getYear(), to.getYear()), Math.max(from.getYear(), to.getYear()));
        if (missing.isEmpty()) {
            return null;
        }
        String years = missing.stream().map(y -> y + "年").collect(Collectors.joining("、"));
        return "注意：未载入" + years + "法定节假日安排，仅按周末计算；国务院公布后由系统管理员载入（tiaojie:calendar-load），"
                + "届时此日期可能变动。";
    }

    /** Fills in days remaining and overdue relative to today; {@code done} clears both. */
    public static Deadline asOf(Deadline deadline, LocalDate today, boolean done) {
        if (done) {
            deadline.setDaysRemaining(null);
            deadline.setOverdue(false);
        } else {
            long remaining = ChronoUnit.DAYS.between(today, deadline.getDueDate());
            deadline.setDaysRemaining((int) remaining);
            deadline.setOverdue(remaining < 0);
        }
        return deadline;
    }

    private String restDayKind(LocalDate day) {
        return calendar.isHoliday(day) ? "法定节假日" : "休息日";
    }
}
