package org.tiaojie.cases.core.internal.lifecycle;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.tiaojie.cases.api.CaseAction;
import org.tiaojie.cases.api.CaseStatus;
import org.tiaojie.cases.api.DayCount;
import org.tiaojie.cases.api.Deadline;
import org.tiaojie.cases.api.DeadlineKind;
import org.tiaojie.cases.api.ErrorCode;
import org.tiaojie.cases.api.TiaojieException;
import org.tiaojie.cases.core.internal.time.DeadlineCalculator;
import org.tiaojie.cases.core.internal.time.TimeLimits;
import org.tiaojie.cases.core.internal.time.TimeRules;

import static org.tiaojie.cases.api.CaseAction.ACCEPT;
import static org.tiaojie.cases.api.CaseAction.CLASSIFY;
import static org.tiaojie.cases.api.CaseAction.CLOSE;
import static org.tiaojie.cases.api.CaseAction.DECIDE_DECLINE;
import static org.tiaojie.cases.api.CaseAction.DECIDE_RE_REVIEW;
import static org.tiaojie.cases.api.CaseAction.DECIDE_REVIEW;
import static org.tiaojie.cases.api.CaseAction.DECLINE;
import static org.tiaojie.cases.api.CaseAction.DISPATCH;
import static org.tiaojie.cases.api.CaseAction.EVALUATE;
import static org.tiaojie.cases.api.CaseAction.EXTEND;
import static org.tiaojie.cases.api.CaseAction.ISSUE_OPINION;
import static org.tiaojie.cases.api.CaseAction.REDIRECT;
import static org.tiaojie.cases.api.CaseAction.REFER_TO_DISCIPLINE;
import static org.tiaojie.cases.api.CaseAction.REQUEST_RE_REVIEW;
import static org.tiaojie.cases.api.CaseAction.REQUEST_REVIEW;
import static org.tiaojie.cases.api.CaseAction.SERVE;
import static org.tiaojie.cases.api.CaseAction.SERVE_RE_REVIEW_DECISION;
import static org.tiaojie.cases.api.CaseAction.SERVE_REVIEW_DECISION;
import static org.tiaojie.cases.api.CaseAction.SETTLE;
import static org.tiaojie.cases.api.CaseAction.TRANSFER;
import static org.tiaojie.cases.api.CaseStatus.ACCEPTED;
import static org.tiaojie.cases.api.CaseStatus.CLOSED;
import static org.tiaojie.cases.api.CaseStatus.DECLINE_PENDING;
import static org.tiaojie.cases.api.CaseStatus.DISPATCHED;
import static org.tiaojie.cases.api.CaseStatus.OPINION_ISSUED;
import static org.tiaojie.cases.api.CaseStatus.REDIRECTED;
import static org.tiaojie.cases.api.CaseStatus.REFERRED_TO_DISCIPLINE;
import static org.tiaojie.cases.api.CaseStatus.REGISTERED;
import static org.tiaojie.cases.api.CaseStatus.RE_REVIEW_DECIDED;
import static org.tiaojie.cases.api.CaseStatus.REVIEW_DECIDED;
import static org.tiaojie.cases.api.CaseStatus.REVIEW_SERVED;
import static org.tiaojie.cases.api.CaseStatus.SERVED;
import static org.tiaojie.cases.api.CaseStatus.SETTLED;
import static org.tiaojie.cases.api.CaseStatus.TERMINATED;
import static org.tiaojie.cases.api.CaseStatus.TRANSFERRED;
import static org.tiaojie.cases.api.CaseStatus.UNDER_RE_REVIEW;
import static org.tiaojie.cases.api.CaseStatus.UNDER_REVIEW;

/**
 * The statutory path as an explicit state machine: which step leads from which status to which, and the
 * guards that depend on what the case has recorded (once-only steps, time windows). Pure: it decides,
 * the service applies. docs/LIFECYCLE.md draws the same table.
 */
public final class Lifecycle {
    private static final Map<CaseStatus, Map<CaseAction, CaseStatus>> TABLE = new EnumMap<>(CaseStatus.class);

    static {
        rule(REGISTERED, ACCEPT, ACCEPTED);
        rule(REGISTERED, TRANSFER, TRANSFERRED);
        rule(REGISTERED, REDIRECT, REDIRECTED);
        rule(REGISTERED, REFER_TO_DISCIPLINE, REFERRED_TO_DISCIPLINE);
        rule(REGISTERED, CLASSIFY, REGISTERED);
        rule(ACCEPTED, DISPATCH, DISPATCHED);
        rule(ACCEPTED, REDIRECT, REDIRECTED);
        rule(DISPATCHED, DECLINE, DECLINE_PENDING);
        rule(DISPATCHED, EXTEND, DISPATCHED);
        rule(DISPATCHED, ISSUE_OPINION, OPINION_ISSUED);
        rule(DISPATCHED, SETTLE, SETTLED);
        rule(SETTLED, EVALUATE, SETTLED);
        rule(SETTLED, CLOSE, CLOSED);
        rule(DECLINE_PENDING, DECIDE_DECLINE, DISPATCHED);
        rule(OPINION_ISSUED, SERVE, SERVED);
        rule(SERVED, EVALUATE, SERVED);
        rule(SERVED, CLOSE, CLOSED);
        rule(SERVED, REQUEST_REVIEW, UNDER_REVIEW);
        rule(CLOSED, EVALUATE, CLOSED);
        rule(CLOSED, REQUEST_REVIEW, UNDER_REVIEW);
        rule(CLOSED, REQUEST_RE_REVIEW, UNDER_RE_REVIEW);
        rule(UNDER_REVIEW, DECIDE_REVIEW, REVIEW_DECIDED);
        rule(REVIEW_DECIDED, SERVE_REVIEW_DECISION, REVIEW_SERVED);
        rule(REVIEW_SERVED, REQUEST_RE_REVIEW, UNDER_RE_REVIEW);
        rule(REVIEW_SERVED, CLOSE, CLOSED);
        rule(UNDER_RE_REVIEW, DECIDE_RE_REVIEW, RE_REVIEW_DECIDED);
        rule(RE_REVIEW_DECIDED, SERVE_RE_REVIEW_DECISION, TERMINATED);
    }

    private Lifecycle() {
    }

    private static void rule(CaseStatus from, CaseAction action, CaseStatus to) {
        TABLE.computeIfAbsent(from, s -> new EnumMap<>(CaseAction.class)).put(action, to);
    }

    /** The status the step leads to from {@code from}, if the table has such a transition at all. */
    public static Optional<CaseStatus> target(CaseStatus from, CaseAction action) {
        return Optional.ofNullable(TABLE.getOrDefault(from, Map.of()).get(action));
    }

    /** The transitions of the table, for documentation and tests. */
    public static Map<CaseAction, CaseStatus> transitionsFrom(CaseStatus from) {
        return Collections.unmodifiableMap(TABLE.getOrDefault(from, Map.of()));
    }

    /**
     * The status after the step, or a refusal: {@link ErrorCode#ILLEGAL_TRANSITION} when the table has no
     * such transition or a once-only step was used, {@link ErrorCode#TIME_LIMIT_EXPIRED} when its window
     * has passed on {@code on}.
     */
    public static CaseStatus check(CaseStatus from, CaseAction action, LifecycleRecord r, LocalDate on, TimeRules rules) {
        CaseStatus to = target(from, action).orElseThrow(() -> new TiaojieException(ErrorCode.ILLEGAL_TRANSITION,
                action + " is not possible in status " + from));
        CaseSteps.of(action).guard().check(r, on, rules);
        return to;
    }

    /** The steps the table and the guards allow on {@code today}, in declaration order. */
    public static List<CaseAction> allowed(CaseStatus status, LifecycleRecord r, LocalDate today, TimeRules rules) {
        List<CaseAction> result = new ArrayList<>();
        for (CaseAction action : transitionsFrom(status).keySet()) {
            try {
                check(status, action, r, today, rules);
                result.add(action);
            } catch (TiaojieException refused) {
                // not now
            }
        }
        return result;
    }

    /** The time limit running in this status, computed; null when none runs. */
    public static Deadline nextDeadline(CaseStatus status, LifecycleRecord r, TimeRules rules) {
        TimeLimits limits = rules.limits();
        DeadlineCalculator calc = rules.calculator();
        return switch (status) {
            case REGISTERED -> calc.compute(DeadlineKind.TRIAGE, r.receivedOn(), DayCount.CALENDAR_DAYS, limits.triageDays());
            case ACCEPTED, DISPATCHED, DECLINE_PENDING, OPINION_ISSUED -> handling(r, rules);
            case SERVED, CLOSED -> r.reviewServedOn != null ? reReviewRequestWindow(r, rules)
                    : r.reviewOutcome != null || r.servedOn == null ? null : reviewRequestWindow(r, rules);
            case UNDER_REVIEW -> calc.compute(DeadlineKind.REVIEW_DECISION, r.reviewRequestedOn, DayCount.CALENDAR_DAYS,
                    limits.reviewDecisionDays());
            case REVIEW_SERVED -> reReviewRequestWindow(r, rules);
            case UNDER_RE_REVIEW -> calc.compute(DeadlineKind.RE_REVIEW_DECISION, r.reReviewRequestedOn,
                    DayCount.CALENDAR_DAYS, limits.reReviewDecisionDays());
            default -> null;
        };
    }

    /**
     * Which office limit runs in {@code status} — the one whose due date the case's {@code DUE_DATE} column keeps —
     * or null when none does (closed, or only the petitioner's window runs).
     */
    public static DeadlineKind runningOfficeLimit(CaseStatus status) {
        return switch (status) {
            case REGISTERED -> DeadlineKind.TRIAGE;
            case ACCEPTED, DISPATCHED, DECLINE_PENDING, OPINION_ISSUED -> DeadlineKind.HANDLING;
            case UNDER_REVIEW -> DeadlineKind.REVIEW_DECISION;
            case UNDER_RE_REVIEW -> DeadlineKind.RE_REVIEW_DECISION;
            default -> null;
        };
    }

    /** Handling runs from acceptance; an extension counts from the same start. */
    public static Deadline handling(LifecycleRecord r, TimeRules rules) {
        int days = rules.limits().handlingDays(r.responsibility == null ? null : r.responsibility.getHandlingClass())
                + (r.extensionDays == null ? 0 : r.extensionDays);
        Deadline d = rules.calculator().compute(DeadlineKind.HANDLING, r.acceptedOn, DayCount.CALENDAR_DAYS, days);
        if (r.extensionDays != null) {
            d.setExplanation(d.getExplanation() + "（含延期" + r.extensionDays + "日）");
        }
        return d;
    }

    /** Whether the petitioner's window, not the office's, is what runs (no one is "overdue" then). */
    public static boolean isPetitionersWindow(Deadline d) {
        return d.getKind() == DeadlineKind.REVIEW_REQUEST || d.getKind() == DeadlineKind.RE_REVIEW_REQUEST;
    }

    static Deadline reviewRequestWindow(LifecycleRecord r, TimeRules rules) {
        return rules.calculator().compute(DeadlineKind.REVIEW_REQUEST, r.servedOn, DayCount.CALENDAR_DAYS,
                rules.limits().reviewRequestDays());
    }

    static Deadline reReviewRequestWindow(LifecycleRecord r, TimeRules rules) {
        return rules.calculator().compute(DeadlineKind.RE_REVIEW_REQUEST, r.reviewServedOn, DayCount.CALENDAR_DAYS,
                rules.limits().reReviewRequestDays());
    }

    static void requireWithin(Deadline window, LocalDate on) {
        if (on.isAfter(window.getDueDate())) {
            throw expired("the request had to be made by " + window.getDueDate() + ": " + window.getExplanation());
        }
    }

    static TiaojieException complaintOnlyToDiscipline() {
        return illegal("a complaint about an official goes to the discipline body only (REFER_TO_DISCIPLINE), never "
                + "to the unit complained about [30]; reclassify it (CLASSIFY) if it is not a complaint");
    }

    static TiaojieException illegal(String message) {
        return new TiaojieException(ErrorCode.ILLEGAL_TRANSITION, message);
    }

    static TiaojieException expired(String message) {
        return new TiaojieException(ErrorCode.TIME_LIMIT_EXPIRED, message);
    }
}
