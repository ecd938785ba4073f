package org.tiaojie.legalaid.internal;

import java.time.LocalDate;

import org.tiaojie.cases.api.WorkingCalendar;
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
}
