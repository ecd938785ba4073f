package org.tiaojie.legalaid.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.tiaojie.cases.api.legalaid.DueDate;
import org.tiaojie.cases.api.spi.DeadlineSource;
import org.tiaojie.cases.api.spi.OpenDeadline;
import org.tiaojie.legalaid.internal.jpa.ApplicationEntity;

/**
 * Legal aid's open limits for the reminders (source {@code legal-aid}): the decision on an application, the
 * assignment of a lawyer, the justice bureau's review of an objection (法律援助法 Arts 43, 44, 49). Each
 * application's running limit is kept in its {@code DUE_DATE} column at every step, so what is due is read through an
 * index; an application that leaves the limit's status leaves the list, and gets no reminder.
 */
public class LegalAidDeadlines implements DeadlineSource {
    static final String SOURCE_NAME = "legal-aid";

    private final LegalAidRepository repository;
    private final DueDateRule rule;

    public LegalAidDeadlines(LegalAidRepository repository, DueDateRule rule) {
        this.repository = repository;
        this.rule = rule;
    }

    /** Writes the due dates of the applications stored before they were kept (at start, in batches). */
    public void backfill() {
        int written;
        do {
            written = repository.backfillDueDates(500);
        } while (written > 0);
    }

    @Override
    public List<OpenDeadline> dueBy(LocalDate dueBy, OpenDeadline after, int limit) {
        if (dueBy == null || limit < 1) {
            throw new IllegalArgumentException("a due date and a positive limit");
        }
        List<OpenDeadline> open = new ArrayList<>();
        for (ApplicationEntity a : repository.dueBy(dueBy, after == null ? null : after.getDueDate(),
                after == null ? null : after.getSubjectId(), Math.min(limit, 1000))) {
            DueDate running = rule.running(a, dueBy);
            OpenDeadline d = new OpenDeadline();
            d.setSource(SOURCE_NAME);
            d.setSubjectId(a.getId());
            d.setSubjectNumber(a.getNumber());
            d.setCaseId(a.getCaseId());
            d.setCaseNumber(a.getCaseNumber());
            // The stored date is what the list is ordered and paged by; the kind is the status's.
            d.setDueDate(a.getDueDate());
            d.setLimit(running == null ? "DECISION" : running.getKind());
            d.setLimitLabel(label(d.getLimit()));
            d.setTownship(a.getTownship());
            // The objection is the justice bureau's to decide [49]; the rest is the centre's.
            d.setUnit("OBJECTION".equals(d.getLimit()) ? "justice-bureau" : SOURCE_NAME);
            d.setPerson(null);
            d.setRestricted(false);
            open.add(d);
        }
        return open;
    }

    static String label(String kind) {
        return switch (kind) {
            case "ASSIGNMENT" -> "法律援助指派期限";
            case "OBJECTION" -> "法律援助异议审查期限";
            default -> "法律援助审查决定期限";
        };
    }
}
