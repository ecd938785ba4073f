package org.tiaojie.cases.core.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.tiaojie.cases.api.DeadlineKind;
import org.tiaojie.cases.api.spi.DeadlineSource;
import org.tiaojie.cases.api.spi.OpenDeadline;
import org.tiaojie.cases.core.internal.lifecycle.Lifecycle;

/**
 * The cases' open office limits for the reminders (source {@code case}): the running limit of every open case, read
 * from its {@code DUE_DATE} column. A case that is closed, or waits only for the petitioner, has none, so it gets no
 * reminder; an extension moves the column, so the reminders follow the new due date.
 */
public class CaseDeadlines implements DeadlineSource {
    static final String SOURCE_NAME = "case";
    private final CaseRepository repository;

    public CaseDeadlines(CaseRepository repository) {
        this.repository = repository;
    }

    @Override
    public List<OpenDeadline> dueBy(LocalDate dueBy, OpenDeadline after, int limit) {
        if (dueBy == null || limit < 1) {
            throw new IllegalArgumentException("a due date and a positive limit");
        }
        List<OpenDeadline> open = new ArrayList<>();
        for (CaseRepository.DueRow row : repository.dueBy(dueBy, after == null ? null : after.getDueDate(),
                after == null ? null : after.getSubjectId(), Math.min(limit, 1000))) {
            // DUE_DATE is kept only while an office limit runs; a row is never skipped, so paging stays exact.
            DeadlineKind running = Lifecycle.runningOfficeLimit(row.status());
            DeadlineKind kind = running == null ? DeadlineKind.HANDLING : running;
            OpenDeadline d = new OpenDeadline();
            d.setSource(SOURCE_NAME);
            d.setSubjectId(row.id());
            d.setSubjectNumber(row.caseNumber());
            d.setCaseId(row.id());
            d.setCaseNumber(row.caseNumber());
            d.setLimit(kind.name());
            d.setLimitLabel(label(kind));
            d.setDueDate(row.dueDate());
            d.setTownship(row.township());
            d.setUnit(row.department());
            // The worklist's "mine": the handler, else — not dispatched to anyone yet — the registering clerk.
            d.setPerson(row.handlerUser() != null ? row.handlerUser()
                    : row.leaderUser() == null ? row.registeredBy() : row.leaderUser());
            d.setRestricted(row.restricted());
            open.add(d);
        }
        return open;
    }

    static String label(DeadlineKind kind) {
        return switch (kind) {
            case TRIAGE -> "受理告知期限";
            case DECLINE_WINDOW -> "异议退回期限";
            case HANDLING -> "办理期限";
            case REVIEW_REQUEST -> "复查申请期限";
            case REVIEW_DECISION -> "复查期限";
            case RE_REVIEW_REQUEST -> "复核申请期限";
            case RE_REVIEW_DECISION -> "复核期限";
        };
    }
}
