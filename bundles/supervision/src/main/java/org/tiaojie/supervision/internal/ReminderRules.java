package org.tiaojie.supervision.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

import org.tiaojie.cases.api.DayCount;
import org.tiaojie.cases.api.WorkingCalendar;
import org.tiaojie.cases.api.supervision.ReminderStage;

/**
 * When a limit is reminded of — 提醒规则. Lead times are working days on the county's calendar: a lead of 3 is
 * reached when three working days or fewer are left before the due date, counting the due date and not today (due
 * on Friday: from Tuesday). Of the stages a limit has reached, only the most urgent is sent, so a run after a stop
 * (or a training clock moved a week) sends one reminder, not a burst of stale ones; the day after the due date it is
 * overdue.
 */
final class ReminderRules {
    /** A stage of one limit: which one, and for DUE_SOON the lead it answers. */
    record Stage(ReminderStage stage, int leadWorkingDays) {
        static final Stage OVERDUE = new Stage(ReminderStage.OVERDUE, 0);
    }

    private final List<Integer> leads;

    /** @param leadWorkingDays the lead times, each 0 (the due date itself) to 30 working days */
    ReminderRules(List<Integer> leadWorkingDays) {
        TreeSet<Integer> sorted = new TreeSet<>();
        for (Integer lead : leadWorkingDays) {
            if (lead == null || lead < 0 || lead > 30) {
                throw new IllegalArgumentException("a lead time is 0 to 30 working days, not " + lead);
            }
            sorted.add(lead);
        }
        this.leads = List.copyOf(sorted);
    }

    List<Integer> leads() {
        return leads;
    }

    /** The latest due date a run on {@code today} must read: the one the longest lead reaches. */
    LocalDate horizon(LocalDate today, WorkingCalendar calendar) {
        if (leads.isEmpty()) {
            return today.minusDays(1);
        }
        int longest = leads.get(leads.size() - 1);
        return longest == 0 ? today : calendar.period(today, DayCount.WORKING_DAYS, longest).getDueDate();
    }

    /** The most urgent stage a limit due on {@code dueDate} has reached on {@code today}, if any. */
    Optional<Stage> stage(LocalDate dueDate, LocalDate today, WorkingCalendar calendar) {
        if (dueDate.isBefore(today)) {
            return Optional.of(Stage.OVERDUE);
        }
        long left = dueDate.equals(today) ? 0 : calendar.workingDaysBetween(today, dueDate).getWorkingDays();
        for (int lead : leads) {
            if (left <= lead) {
                return Optional.of(new Stage(ReminderStage.DUE_SOON, lead));
            }
        }
        return Optional.empty();
    }
}
