package org.tiaojie.cases.core.internal.lifecycle;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import org.tiaojie.cases.api.CaseAction;
import org.tiaojie.cases.api.Evaluation;
import org.tiaojie.cases.api.ReviewOutcome;
import org.tiaojie.cases.api.Settlement;
import org.tiaojie.cases.api.StepPassed;
import org.tiaojie.cases.api.WrittenOpinion;
import org.tiaojie.cases.core.internal.time.OfficialCalendar;
import org.tiaojie.cases.core.internal.time.TimeRules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** The milestones the rates count by, derived from what the lifecycle record holds, with the shipped 2026 calendar. */
class MilestonesTest {
    private static final TimeRules RULES = OfficialCalendar.rules();

    private static LifecycleRecord received(String day) {
        LifecycleRecord r = new LifecycleRecord();
        r.registeredOn = LocalDate.parse(day);
        step(r, null, day);
        return r;
    }

    private static void step(LifecycleRecord r, CaseAction action, String on) {
        StepPassed s = new StepPassed();
        s.setAction(action);
        s.setOn(LocalDate.parse(on));
        r.stepsPassed.add(s);
    }

    @Test
    void aNewCaseHasItsTriageLimitAndNothingElse() {
        Milestones m = Milestones.of(received("2026-09-10"), RULES);
        assertEquals(LocalDate.parse("2026-09-10"), m.receivedOn());
        assertEquals(LocalDate.parse("2026-09-28"), m.triageDue(), "15 days end on the 25th, in the Mid-Autumn holiday");
        assertNull(m.triagedOn());
        assertNull(m.handlingDue());
        assertNull(m.completedOn());
    }

    @Test
    void aTriageLimitEndingInTheNationalDayHolidayEndsOnTheNextWorkingDay() {
        LifecycleRecord r = received("2026-09-20");
        r.receivedOn = LocalDate.parse("2026-09-18");
        assertEquals(LocalDate.parse("2026-10-08"), Milestones.of(r, RULES).triageDue());
    }

    @Test
    void anExtendedCaseCompletedLateKeepsTheExtendedLimitAndItsDates() {
        LifecycleRecord r = received("2026-03-02");
        step(r, CaseAction.ACCEPT, "2026-03-03");
        r.acceptedOn = LocalDate.parse("2026-03-03");
        step(r, CaseAction.DISPATCH, "2026-03-04");
        r.extensionDays = 30;
        WrittenOpinion o = new WrittenOpinion();
        o.setIssuedOn(LocalDate.parse("2026-06-10"));
        r.opinion = o;
        r.servedOn = LocalDate.parse("2026-06-12");
        step(r, CaseAction.EVALUATE, "2026-06-15");
        r.evaluation = Evaluation.DISSATISFIED;
        r.reviewRequestedOn = LocalDate.parse("2026-06-20");
        r.reviewDecidedOn = LocalDate.parse("2026-07-10");
        r.reviewOutcome = ReviewOutcome.REVOKED;
        Milestones m = Milestones.of(r, RULES);
        assertEquals(LocalDate.parse("2026-03-03"), m.triagedOn());
        assertEquals(LocalDate.parse("2026-06-01"), m.handlingDue(), "60 + 30 days from the acceptance");
        assertEquals(LocalDate.parse("2026-06-10"), m.completedOn());
        assertEquals(LocalDate.parse("2026-06-12"), m.repliedOn());
        assertNull(m.settledOn());
        assertEquals(LocalDate.parse("2026-06-15"), m.evaluatedOn());
        assertEquals(Evaluation.DISSATISFIED, m.evaluation());
        assertEquals(ReviewOutcome.REVOKED, m.reviewOutcome());
        assertEquals(LocalDate.parse("2026-07-10"), m.reviewDecidedOn());
    }

    @Test
    void aSettlementCompletesAndRepliesTheSameDay() {
        LifecycleRecord r = received("2026-04-01");
        step(r, CaseAction.ACCEPT, "2026-04-02");
        r.acceptedOn = LocalDate.parse("2026-04-02");
        Settlement s = new Settlement();
        s.setAgreedOn(LocalDate.parse("2026-04-20"));
        r.settlement = s;
        Milestones m = Milestones.of(r, RULES);
        assertEquals(m.settledOn(), m.completedOn());
        assertEquals(m.settledOn(), m.repliedOn());
        assertNull(m.evaluatedOn(), "not rated yet");
    }

    @Test
    void aTransferIsTheTriageStepAndStartsNoHandlingLimit() {
        LifecycleRecord r = received("2026-05-06");
        step(r, CaseAction.CLASSIFY, "2026-05-07");
        step(r, CaseAction.TRANSFER, "2026-05-08");
        Milestones m = Milestones.of(r, RULES);
        assertEquals(LocalDate.parse("2026-05-08"), m.triagedOn(), "a reclassification is not a triage decision");
        assertNull(m.acceptedOn());
        assertNull(m.handlingDue());
    }
}
