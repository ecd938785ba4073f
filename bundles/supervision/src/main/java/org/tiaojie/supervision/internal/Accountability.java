package org.tiaojie.supervision.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tiaojie.cases.api.PlatformClock;
import org.tiaojie.cases.api.WorkingCalendar;
import org.tiaojie.cases.api.spi.OpenDeadline;
import org.tiaojie.cases.api.supervision.AccountabilityRecord;
import org.tiaojie.cases.api.supervision.AccountabilityTrigger;
import org.tiaojie.cases.api.supervision.SupervisionNotice;

/**
 * When the platform opens an accountability record — 问责触发: a unit's limit overdue by more working days than
 * configured, a supervision notice left unanswered past its reply date, a transfer declined and assigned back. Each
 * is opened once per trigger and subject (the store's unique key), whichever run or node sees it first.
 */
public class Accountability {
    private static final Logger LOG = LoggerFactory.getLogger(Accountability.class);
    private final SupervisionStore store;
    private final SupervisionSettings settings;
    private final PlatformClock clock;
    private final WorkingCalendar calendar;

    public Accountability(SupervisionStore store, SupervisionSettings settings, PlatformClock clock,
                          WorkingCalendar calendar) {
        this.store = store;
        this.settings = settings;
        this.clock = clock;
        this.calendar = calendar;
    }

    /** Whether a limit due on {@code due} is, on {@code today}, overdue by more than the configured working days. */
    boolean overdueBeyondLimit(LocalDate due, LocalDate today) {
        return due.isBefore(today) && calendar.workingDaysBetween(due, today).getWorkingDays()
                > settings.oversight().overdueWorkingDays();
    }

    /** Opens a record for every limit of the page that is overdue beyond the limit and has none yet. */
    void overdue(String source, List<OpenDeadline> page, LocalDate today) {
        java.util.Map<String, OpenDeadline> late = new java.util.LinkedHashMap<>();
        for (OpenDeadline d : page) {
            if (d.getDueDate() != null && d.getTownship() != null && overdueBeyondLimit(d.getDueDate(), today)) {
                late.put(source + "|" + d.getSubjectId() + "|" + d.getLimit() + "|" + d.getDueDate(), d);
            }
        }
        // One read for the page, so that a long-overdue limit costs no failed insert at every run.
        late.keySet().removeAll(store.opened(AccountabilityTrigger.OVERDUE_BEYOND_LIMIT, List.copyOf(late.keySet())));
        for (java.util.Map.Entry<String, OpenDeadline> e : late.entrySet()) {
            OpenDeadline d = e.getValue();
            AccountabilityRecord a = record(AccountabilityTrigger.OVERDUE_BEYOND_LIMIT, d.getCaseId(), d.getCaseNumber(),
                    d.getTownship(), d.getUnit(), (d.getSubjectNumber() == null ? d.getCaseNumber() : d.getSubjectNumber())
                            + "的" + (d.getLimitLabel() == null ? d.getLimit() : d.getLimitLabel()) + "于"
                            + ReminderTexts.day(d.getDueDate()) + "届满，超期逾" + settings.oversight().overdueWorkingDays()
                            + "个工作日仍未办结");
            open(a, e.getKey());
        }
    }

    /** A notice's reply date passed without a reply. */
    boolean lapsed(SupervisionNotice n) {
        return open(record(AccountabilityTrigger.NOTICE_LAPSED, n.getCaseId(), n.getCaseNumber(), n.getTownship(),
                n.getUnit(), n.getNumber() + "要求于" + ReminderTexts.day(n.getReplyBy()) + "前回复，逾期未复"), n.getId());
    }

    /** The unit declined the case and the petition office assigned it back to the same unit. */
    boolean bounced(String caseId, String caseNumber, String township, String unit, String declinedAt) {
        return open(record(AccountabilityTrigger.TRANSFER_BOUNCED, caseId, caseNumber, township, unit,
                caseNumber + "经" + unit + "异议退回后，信访部门裁定仍由其办理"), caseId + "|" + unit + "|" + declinedAt);
    }

    private AccountabilityRecord record(AccountabilityTrigger trigger, String caseId, String caseNumber, String township,
                                        String unit, String detail) {
        AccountabilityRecord a = new AccountabilityRecord();
        a.setId(UUID.randomUUID().toString());
        a.setTrigger(trigger);
        a.setCaseId(caseId);
        a.setCaseNumber(caseNumber);
        a.setTownship(township);
        a.setUnit(unit);
        a.setDetail(detail);
        a.setOpenedAt(clock.now());
        return a;
    }

    private boolean open(AccountabilityRecord a, String subjectKey) {
        boolean opened = store.openAccountability(a, subjectKey);
        if (opened) {
            LOG.info("accountability record {} opened: {} {} ({})", a.getId(), a.getTrigger(), a.getCaseNumber(), a.getUnit());
        }
        return opened;
    }
}
