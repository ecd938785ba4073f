package org.tiaojie.cases.core.internal.time;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import org.tiaojie.cases.api.DayCount;
import org.tiaojie.cases.api.Deadline;
import org.tiaojie.cases.api.DeadlineKind;

/**
 * Counts statutory periods as domain.md §3 says: the start day is not counted; a calendar-day period
 * whose last day is a rest day ends on the next working day; a working-day period counts only working
 * days (swapped working days included). An extended period counts from the same start, and the rest-day
 * rule is applied once, to the result.
 */
public final class DeadlineCalculator {
    private final WorkCalendar calendar;

    public DeadlineCalculator(WorkCalendar calendar) {
        this.calendar = calendar;
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
        for (int year = start.getYear(); year <= d.getDueDate().getYear(); year++) {
            if (!calendar.covers(year)) {
                why.append("注意：未配置").append(year).append("年法定节假日安排，仅按周末计算。");
            }
        }
        d.setExplanation(why.toString());
        return d;
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
