package org.tiaojie.cases.core.internal.lifecycle;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

import org.tiaojie.cases.api.CaseAction;
import org.tiaojie.cases.api.DayCount;
import org.tiaojie.cases.api.DeadlineKind;
import org.tiaojie.cases.api.Evaluation;
import org.tiaojie.cases.api.ReviewOutcome;
import org.tiaojie.cases.api.StepPassed;
import org.tiaojie.cases.core.internal.time.TimeRules;

/**
 * The dates of a case's path that its rates are counted by — 办理节点 — derived from the lifecycle record and kept as
 * columns of {@code TJ_CASE} (a read model written in the same transaction as every step, so it never lags behind
 * the record). Dates are the days the steps carry ({@code occurredOn}), not the days they were typed in.
 *
 * @param triageDue   the last day of the 15-day triage limit, from the day received
 * @param triagedOn   the first triage step: accepted, transferred, redirected or referred to the discipline body
 * @param handlingDue the last day of the handling limit (an extension included); null until accepted
 * @param completedOn 办结: the written opinion issued, or the agreement recorded
 * @param repliedOn   答复: the written opinion served on the petitioner, or the agreement recorded
 */
public record Milestones(LocalDate receivedOn, LocalDate triageDue, LocalDate triagedOn, LocalDate acceptedOn,
                         LocalDate handlingDue, LocalDate completedOn, LocalDate settledOn, LocalDate repliedOn,
                         LocalDate evaluatedOn, Evaluation evaluation, LocalDate reviewRequestedOn,
                         LocalDate reviewDecidedOn, ReviewOutcome reviewOutcome, LocalDate reReviewDecidedOn,
                         ReviewOutcome reReviewOutcome) {
    /** The derivation the columns hold ({@code MILESTONES}): null for a case stored before, derived at start; 0 unreadable. */
    public static final int VERSION = 1;

    private static final Set<CaseAction> TRIAGE = EnumSet.of(CaseAction.ACCEPT, CaseAction.TRANSFER,
            CaseAction.REDIRECT, CaseAction.REFER_TO_DISCIPLINE);

    public static Milestones of(LifecycleRecord r, TimeRules rules) {
        LocalDate triagedOn = null;
        LocalDate evaluatedOn = null;
        for (StepPassed s : r.stepsPassed) {
            if (triagedOn == null && s.getAction() != null && TRIAGE.contains(s.getAction())) {
                triagedOn = s.getOn();
            }
            if (s.getAction() == CaseAction.EVALUATE) {
                evaluatedOn = s.getOn();
            }
        }
        LocalDate triageDue = rules.calculator().compute(DeadlineKind.TRIAGE, r.receivedOn(),
                DayCount.CALENDAR_DAYS, rules.limits().triageDays()).getDueDate();
        LocalDate handlingDue = r.acceptedOn == null ? null : Lifecycle.handling(r, rules).getDueDate();
        LocalDate settledOn = r.settlement == null ? null : r.settlement.getAgreedOn();
        LocalDate issuedOn = r.opinion == null ? null : r.opinion.getIssuedOn();
        LocalDate completedOn = settledOn != null ? settledOn : issuedOn;
        LocalDate repliedOn = settledOn != null ? settledOn : r.servedOn;
        return new Milestones(r.receivedOn(), triageDue, triagedOn, r.acceptedOn, handlingDue, completedOn, settledOn,
                repliedOn, r.evaluation == null ? null : evaluatedOn, r.evaluation, r.reviewRequestedOn,
                r.reviewDecidedOn, r.reviewOutcome, r.reReviewDecidedOn, r.reReviewOutcome);
    }
}
