package org.tiaojie.legalaid.internal;

import java.time.LocalDate;

import org.tiaojie.cases.api.DayCount;
import org.tiaojie.cases.api.WorkingCalendar;
import org.tiaojie.cases.api.legalaid.ApplicationStatus;
import org.tiaojie.cases.api.legalaid.DueDate;
import org.tiaojie.legalaid.internal.jpa.ApplicationEntity;

/** The limit running for an application as it stands (法律援助法 Arts 43, 44, 49), on the county calendar. */
public class DueDateRule {
    private final LegalAidSettings settings;
    private final WorkingCalendar calendar;

    public DueDateRule(LegalAidSettings settings, WorkingCalendar calendar) {
        this.settings = settings;
        this.calendar = calendar;
    }

    /** The running limit as of {@code today}, or null when none runs. */
    DueDate running(ApplicationEntity a, LocalDate today) {
        return LegalAidRules.running(a.getStatus(), a.getReceivedOn(), a.getDecidedOn(), a.getObjectedOn(),
                settings.settings(), calendar, today);
    }

    /** The due date alone (what DUE_DATE holds): it does not depend on today. */
    public LocalDate dueDate(ApplicationEntity a) {
        DueDate d = running(a, LocalDate.EPOCH);
        return d == null ? null : d.getDueDate();
    }

    /**
     * Keeps the application's limits in their columns: the running one (the reminders'), and the decision's and the
     * assignment's (the rates'), each fixed once its step is taken, so a past period's rate does not move.
     */
    public void keep(ApplicationEntity a) {
        a.setDueDate(dueDate(a));
        LegalAidRules.Settings s = settings.settings();
        if (a.getFirstDecidedOn() == null) {
            // The 7 days run from the complete file; while materials are awaited, none runs [43].
            a.setDecisionDue(a.getStatus() == ApplicationStatus.MATERIALS_REQUESTED ? null
                    : limit(a.getReceivedOn(), s.decisionDays()));
        }
        if (a.getAssignedOn() == null && a.getStatus() == ApplicationStatus.GRANTED) {
            a.setAssignmentDue(limit(a.getDecidedOn(), s.assignmentDays()));
        } else if (a.getAssignmentDue() == null && a.getAssignedOn() != null && a.getDecidedOn() != null
                && !a.getAssignedOn().isBefore(a.getDecidedOn())
                && (a.getStatus() == ApplicationStatus.ASSIGNED || a.getStatus() == ApplicationStatus.CONCLUDED)) {
            // Stored before the limit was kept, and assigned after the grant (an urgent assignment before it has none).
            a.setAssignmentDue(limit(a.getDecidedOn(), s.assignmentDays()));
        }
    }

    private LocalDate limit(LocalDate start, int days) {
        return start == null ? null : calendar.period(start, DayCount.CALENDAR_DAYS, days).getDueDate();
    }
}
