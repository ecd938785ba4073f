package org.tiaojie.cases.core.internal.lifecycle;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.tiaojie.cases.api.CaseAction;
import org.tiaojie.cases.api.CaseStatus;
import org.tiaojie.cases.api.Deadline;
import org.tiaojie.cases.api.DeadlineKind;
import org.tiaojie.cases.api.ErrorCode;
import org.tiaojie.cases.api.HandlingClass;
import org.tiaojie.cases.api.Nature;
import org.tiaojie.cases.api.Settlement;
import org.tiaojie.cases.api.StepRequest;
import org.tiaojie.cases.api.Responsibility;
import org.tiaojie.cases.api.ReviewOutcome;
import org.tiaojie.cases.api.TiaojieException;
import org.tiaojie.cases.core.internal.time.TimeLimits;
import org.tiaojie.cases.core.internal.time.TimeRules;
import org.tiaojie.cases.core.internal.time.WorkCalendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tiaojie.cases.api.CaseAction.*;
import static org.tiaojie.cases.api.CaseStatus.*;

class LifecycleTest {
    private static final TimeRules RULES = new TimeRules(new WorkCalendar(List.of(WorkCalendar.Year.parse(Map.of(
            "year", "2026", "holidays", "2026-10-01..2026-10-07", "workdays", "2026-09-20, 2026-10-10")))),
            TimeLimits.STATUTORY);
    private static final LocalDate DAY = LocalDate.parse("2026-09-01");

    /** The whole table, written out once more by hand: a change to the machine must change this test. */
    private static final Map<CaseStatus, Map<CaseAction, CaseStatus>> EXPECTED = Map.ofEntries(
            Map.entry(REGISTERED, Map.of(ACCEPT, ACCEPTED, TRANSFER, TRANSFERRED, REDIRECT, REDIRECTED,
                    REFER_TO_DISCIPLINE, REFERRED_TO_DISCIPLINE, CLASSIFY, REGISTERED)),
            Map.entry(ACCEPTED, Map.of(DISPATCH, DISPATCHED, REDIRECT, REDIRECTED)),
            Map.entry(DISPATCHED, Map.of(DECLINE, DECLINE_PENDING, EXTEND, DISPATCHED, ISSUE_OPINION, OPINION_ISSUED,
                    SETTLE, SETTLED)),
            Map.entry(SETTLED, Map.of(EVALUATE, SETTLED, CLOSE, CLOSED)),
            Map.entry(DECLINE_PENDING, Map.of(DECIDE_DECLINE, DISPATCHED)),
            Map.entry(OPINION_ISSUED, Map.of(SERVE, SERVED)),
            Map.entry(SERVED, Map.of(EVALUATE, SERVED, CLOSE, CLOSED, REQUEST_REVIEW, UNDER_REVIEW)),
            Map.entry(CLOSED, Map.of(EVALUATE, CLOSED, REQUEST_REVIEW, UNDER_REVIEW, REQUEST_RE_REVIEW, UNDER_RE_REVIEW)),
            Map.entry(UNDER_REVIEW, Map.of(DECIDE_REVIEW, REVIEW_DECIDED)),
            Map.entry(REVIEW_DECIDED, Map.of(SERVE_REVIEW_DECISION, REVIEW_SERVED)),
            Map.entry(REVIEW_SERVED, Map.of(REQUEST_RE_REVIEW, UNDER_RE_REVIEW, CLOSE, CLOSED)),
            Map.entry(UNDER_RE_REVIEW, Map.of(DECIDE_RE_REVIEW, RE_REVIEW_DECIDED)),
            Map.entry(RE_REVIEW_DECIDED, Map.of(SERVE_RE_REVIEW_DECISION, TERMINATED)));

    /** A record in which every guard passes on DAY. */
    private static LifecycleRecord open() {
        LifecycleRecord r = new LifecycleRecord();
        r.registeredOn = DAY;
        r.acceptedOn = DAY;
        r.dispatchedOn = DAY;
        r.servedOn = DAY;
        r.reviewOutcome = ReviewOutcome.UPHELD;
        r.reviewServedOn = DAY;
        r.reviewRequestedOn = null;
        return r;
    }

    @Test
    void everyPairOfStatusAndActionIsEitherInTheTableOrRefused() {
        for (CaseStatus from : CaseStatus.values()) {
            Map<CaseAction, CaseStatus> legal = EXPECTED.getOrDefault(from, Map.of());
            for (CaseAction action : CaseAction.values()) {
                LifecycleRecord r = open();
                if (from == CLOSED && action == REQUEST_REVIEW) {
                    r.reviewOutcome = null;
                }
                if (action == REFER_TO_DISCIPLINE) {
                    r.nature = Nature.COMPLAINT_ABOUT_OFFICIAL;
                }
                if (legal.containsKey(action)) {
                    assertEquals(legal.get(action), Lifecycle.check(from, action, r, DAY, RULES), from + " + " + action);
                } else {
                    TiaojieException e = assertThrows(TiaojieException.class,
                            () -> Lifecycle.check(from, action, r, DAY, RULES), from + " + " + action);
                    assertEquals(ErrorCode.ILLEGAL_TRANSITION, e.code());
                }
            }
        }
        Set<CaseStatus> finals = EnumSet.of(TRANSFERRED, REDIRECTED, REFERRED_TO_DISCIPLINE, TERMINATED);
        for (CaseStatus s : CaseStatus.values()) {
            assertEquals(finals.contains(s), s.isFinal(), s.name());
            assertEquals(finals.contains(s), Lifecycle.transitionsFrom(s).isEmpty(), s.name());
        }
    }

    @Test
    void theNatureDecidesTheTriagePath() {
        LifecycleRecord complaint = open();
        complaint.nature = Nature.COMPLAINT_ABOUT_OFFICIAL;
        assertEquals(List.of(REFER_TO_DISCIPLINE, CLASSIFY), Lifecycle.allowed(REGISTERED, complaint, DAY, RULES),
                "a complaint about an official goes to discipline only, never to a department [30]");
        for (CaseAction a : List.of(ACCEPT, TRANSFER, REDIRECT)) {
            TiaojieException e = assertThrows(TiaojieException.class,
                    () -> Lifecycle.check(REGISTERED, a, complaint, DAY, RULES));
            assertEquals(ErrorCode.ILLEGAL_TRANSITION, e.code());
            assertTrue(e.getMessage().contains("REFER_TO_DISCIPLINE"), e.getMessage());
        }

        LifecycleRecord legal = open();
        legal.nature = Nature.LEGAL_PROCEDURE;
        assertEquals(List.of(TRANSFER, REDIRECT, CLASSIFY), Lifecycle.allowed(REGISTERED, legal, DAY, RULES),
                "a matter of a legal procedure is steered there, not accepted as a petition (诉访分离)");

        for (Nature n : List.of(Nature.REQUEST, Nature.SUGGESTION)) {
            LifecycleRecord r = open();
            r.nature = n;
            assertEquals(List.of(ACCEPT, TRANSFER, REDIRECT, CLASSIFY), Lifecycle.allowed(REGISTERED, r, DAY, RULES), n.name());
        }
        assertEquals(List.of(ACCEPT, TRANSFER, REDIRECT, CLASSIFY), Lifecycle.allowed(REGISTERED, open(), DAY, RULES),
                "a case recorded before natures is a request");
    }

    @Test
    void aSettlementNeedsBothPartiesConsentAndLeavesNothingToReview() {
        StepRequest settle = new StepRequest();
        settle.setAction(SETTLE);
        Settlement agreement = new Settlement();
        agreement.setKind(Settlement.Kind.MEDIATION);
        agreement.setTerms("企业于十日内支付欠薪");
        settle.setSettlement(agreement);
        assertEquals(List.of("settlement.partiesConsent"), StepValidator.validate(settle, DAY, TimeLimits.STATUTORY)
                .stream().map(v -> v.getField()).toList(), "no mediation without consent [33]");
        agreement.setPartiesConsent(true);
        assertEquals(List.of(), StepValidator.validate(settle, DAY, TimeLimits.STATUTORY));

        LifecycleRecord settled = open();
        settled.servedOn = null; // no opinion was ever served: the agreement ended the handling
        settled.reviewOutcome = null;
        assertNull(Lifecycle.nextDeadline(SETTLED, settled, RULES), "the handling limit no longer runs");
        assertEquals(List.of(EVALUATE, CLOSE), Lifecycle.allowed(SETTLED, settled, DAY, RULES));
        assertEquals(List.of(EVALUATE), Lifecycle.allowed(CLOSED, settled, DAY, RULES), "no review of an agreement");
        assertEquals(ErrorCode.ILLEGAL_TRANSITION, assertThrows(TiaojieException.class,
                () -> Lifecycle.check(CLOSED, REQUEST_REVIEW, settled, DAY, RULES)).code());
    }

    @Test
    void aDepartmentDeclinesOnceOnlyAndWithinFiveWorkingDays() {
        LifecycleRecord r = open();
        r.dispatchedOn = LocalDate.parse("2026-09-30");
        // Oct 1–7 off; Oct 8, 9, Sat 10 (worked), 12, 13 → the last day is Oct 13.
        assertEquals(DECLINE_PENDING, Lifecycle.check(DISPATCHED, DECLINE, r, LocalDate.parse("2026-10-13"), RULES));
        TiaojieException late = assertThrows(TiaojieException.class,
                () -> Lifecycle.check(DISPATCHED, DECLINE, r, LocalDate.parse("2026-10-14"), RULES));
        assertEquals(ErrorCode.TIME_LIMIT_EXPIRED, late.code());
        assertTrue(late.getMessage().contains("2026-10-13"), late.getMessage());

        r.declined = true;
        TiaojieException again = assertThrows(TiaojieException.class,
                () -> Lifecycle.check(DISPATCHED, DECLINE, r, LocalDate.parse("2026-10-08"), RULES));
        assertEquals(ErrorCode.ILLEGAL_TRANSITION, again.code());
        assertFalse(Lifecycle.allowed(DISPATCHED, r, LocalDate.parse("2026-10-08"), RULES).contains(DECLINE));
    }

    @Test
    void anExtensionIsApprovedWhileTheHandlingLimitRunsNotAfter() {
        LifecycleRecord r = open();
        LocalDate due = Lifecycle.handling(r, RULES).getDueDate();
        assertEquals(DISPATCHED, Lifecycle.check(DISPATCHED, EXTEND, r, due, RULES));
        assertEquals(ErrorCode.TIME_LIMIT_EXPIRED, assertThrows(TiaojieException.class,
                () -> Lifecycle.check(DISPATCHED, EXTEND, r, due.plusDays(1), RULES)).code());
    }

    @Test
    void extensionAndEvaluationAreOnceOnly() {
        LifecycleRecord r = open();
        assertEquals(DISPATCHED, Lifecycle.check(DISPATCHED, EXTEND, r, DAY, RULES));
        r.extensionDays = 30;
        assertEquals(ErrorCode.ILLEGAL_TRANSITION,
                assertThrows(TiaojieException.class, () -> Lifecycle.check(DISPATCHED, EXTEND, r, DAY, RULES)).code());
        r.evaluation = org.tiaojie.cases.api.Evaluation.SATISFIED;
        assertEquals(ErrorCode.ILLEGAL_TRANSITION,
                assertThrows(TiaojieException.class, () -> Lifecycle.check(SERVED, EVALUATE, r, DAY, RULES)).code());
    }

    @Test
    void reviewMustBeAskedWithinThirtyDaysOfServiceAndReReviewAfterAReviewOnly() {
        LifecycleRecord r = open();
        r.reviewOutcome = null;
        r.servedOn = LocalDate.parse("2026-09-01");
        // 30 days → Oct 1, a holiday → moves to Oct 8.
        assertEquals(UNDER_REVIEW, Lifecycle.check(SERVED, REQUEST_REVIEW, r, LocalDate.parse("2026-10-08"), RULES));
        assertEquals(ErrorCode.TIME_LIMIT_EXPIRED, assertThrows(TiaojieException.class,
                () -> Lifecycle.check(CLOSED, REQUEST_REVIEW, r, LocalDate.parse("2026-10-09"), RULES)).code());
        assertEquals(ErrorCode.ILLEGAL_TRANSITION, assertThrows(TiaojieException.class,
                () -> Lifecycle.check(CLOSED, REQUEST_RE_REVIEW, r, DAY, RULES)).code());

        r.reviewOutcome = ReviewOutcome.UPHELD;
        r.reviewDecidedOn = LocalDate.parse("2026-10-20");
        r.reviewServedOn = null;
        assertEquals(ErrorCode.ILLEGAL_TRANSITION, assertThrows(TiaojieException.class,
                () -> Lifecycle.check(CLOSED, REQUEST_RE_REVIEW, r, LocalDate.parse("2026-10-21"), RULES)).code(),
                "an unserved review decision starts no re-review window");
        assertNull(Lifecycle.nextDeadline(REVIEW_DECIDED, r, RULES), "nothing runs for the petitioner before service");

        // Decided on 20 October, received on 2 November: the 30 days run from receipt [36].
        r.reviewServedOn = LocalDate.parse("2026-11-02");
        assertEquals(DeadlineKind.RE_REVIEW_REQUEST, Lifecycle.nextDeadline(REVIEW_SERVED, r, RULES).getKind());
        assertEquals(LocalDate.parse("2026-12-02"), Lifecycle.nextDeadline(REVIEW_SERVED, r, RULES).getDueDate());
        assertEquals(UNDER_RE_REVIEW, Lifecycle.check(REVIEW_SERVED, REQUEST_RE_REVIEW, r,
                LocalDate.parse("2026-12-02"), RULES));
        assertEquals(ErrorCode.TIME_LIMIT_EXPIRED, assertThrows(TiaojieException.class,
                () -> Lifecycle.check(REVIEW_SERVED, REQUEST_RE_REVIEW, r, LocalDate.parse("2026-12-03"), RULES)).code());
        assertEquals(LocalDate.parse("2026-12-02"), Lifecycle.nextDeadline(CLOSED, r, RULES).getDueDate(),
                "a case closed after the review still shows the re-review window");
    }

    @Test
    void triageRunsFromTheDayReceived() {
        LifecycleRecord r = new LifecycleRecord();
        r.registeredOn = LocalDate.parse("2026-09-30");
        r.receivedOn = LocalDate.parse("2026-09-10");
        Deadline triage = Lifecycle.nextDeadline(REGISTERED, r, RULES);
        assertEquals(LocalDate.parse("2026-09-10"), triage.getStart());
        assertEquals(LocalDate.parse("2026-09-25"), triage.getDueDate());
    }

    @Test
    void theRunningDeadlineFollowsTheStatus() {
        LifecycleRecord r = new LifecycleRecord();
        r.registeredOn = LocalDate.parse("2026-09-16");
        assertEquals(DeadlineKind.TRIAGE, Lifecycle.nextDeadline(REGISTERED, r, RULES).getKind());
        assertEquals(LocalDate.parse("2026-10-08"), Lifecycle.nextDeadline(REGISTERED, r, RULES).getDueDate());

        r.acceptedOn = LocalDate.parse("2026-08-02");
        assertEquals(LocalDate.parse("2026-10-08"), Lifecycle.nextDeadline(DISPATCHED, r, RULES).getDueDate());
        r.extensionDays = 30;
        assertEquals(LocalDate.parse("2026-11-02"), Lifecycle.nextDeadline(DISPATCHED, r, RULES).getDueDate(),
                "60 + 30 from the same start, shifted once");

        Responsibility urgent = new Responsibility();
        urgent.setHandlingClass(HandlingClass.URGENT);
        r.responsibility = urgent;
        r.extensionDays = null;
        TimeRules local = new TimeRules(WorkCalendar.weekendsOnly(), TimeLimits.parse(Map.of("handling.days.URGENT", "10")));
        assertEquals(LocalDate.parse("2026-08-12"), Lifecycle.nextDeadline(DISPATCHED, r, local).getDueDate());

        assertNull(Lifecycle.nextDeadline(TERMINATED, r, RULES));
        assertNull(Lifecycle.nextDeadline(REDIRECTED, r, RULES));
    }

    @Test
    void localLimitsMayBeShorterButNeverLongerThanTheStatute() {
        assertThrows(IllegalArgumentException.class, () -> TimeLimits.parse(Map.of("handling.days", "90")));
        assertThrows(IllegalArgumentException.class, () -> TimeLimits.parse(Map.of("handling.days", "40",
                "handling.days.BIG", "60")));
        assertEquals(45, TimeLimits.parse(Map.of("handling.days", "45")).handlingDays(null));
        assertEquals(180, TimeLimits.STATUTORY.repeatRecentDays());
        assertEquals(365, TimeLimits.parse(Map.of("repeat.recentDays", "365")).repeatRecentDays(),
                "the repeat window is local practice and may be longer than any statutory limit");
        assertThrows(IllegalArgumentException.class, () -> TimeLimits.parse(Map.of("repeat.recentDays", "0")));
        assertEquals(List.of(), Lifecycle.allowed(TERMINATED, open(), DAY, RULES));
    }
}
