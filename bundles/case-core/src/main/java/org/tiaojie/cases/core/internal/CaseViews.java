package org.tiaojie.cases.core.internal;

import java.time.LocalDate;
import java.util.List;

import org.tiaojie.cases.api.Actor;
import org.tiaojie.cases.api.CaseAction;
import org.tiaojie.cases.api.CaseView;
import org.tiaojie.cases.api.Deadline;
import org.tiaojie.cases.api.PlatformClock;
import org.tiaojie.cases.api.Progress;
import org.tiaojie.cases.api.RoutingState;
import org.tiaojie.cases.api.StepPassed;
import org.tiaojie.cases.core.internal.lifecycle.Lifecycle;
import org.tiaojie.cases.core.internal.lifecycle.LifecycleRecord;
import org.tiaojie.cases.core.internal.lifecycle.StepRoles;
import org.tiaojie.cases.core.internal.time.DeadlineCalculator;
import org.tiaojie.cases.core.internal.time.TimeRules;

/** Turns stored cases into what readers see, with the running deadline as of today and the allowed steps. */
final class CaseViews {
    private final TimeRules rules;
    private final PlatformClock clock;
    private final DepartmentRegistry departments;

    CaseViews(TimeRules rules, PlatformClock clock, DepartmentRegistry departments) {
        this.rules = rules;
        this.clock = clock;
        this.departments = departments;
    }

    LocalDate today() {
        return clock.today();
    }

    CaseView staffView(CaseSnapshot c, Actor actor) {
        LifecycleRecord r = c.lifecycle();
        CaseView view = c.toView(r);
        view.setRoutingState(routingState(c.township(), c.routingState(), c.department()));
        view.setNextDeadline(deadline(c, r));
        view.setAllowedActions(allowedActions(c, r, actor));
        return view;
    }

    /** The stored routing state, or DEPARTMENT_OFFLINE when the case's department is not live now. */
    RoutingState routingState(String township, RoutingState stored, String department) {
        return stored == RoutingState.ROUTED && !departments.isLive(township, department)
                ? RoutingState.DEPARTMENT_OFFLINE : stored;
    }

    /** The steps the state machine, the windows and the actor's roles allow today. */
    List<CaseAction> allowedActions(CaseSnapshot c, LifecycleRecord r, Actor actor) {
        return Lifecycle.allowed(c.status(), r, today(), rules).stream()
                .filter(a -> StepRoles.mayPerform(actor, a)).toList();
    }

    Progress progress(CaseSnapshot c) {
        LifecycleRecord r = c.lifecycle();
        Progress p = new Progress();
        p.setCaseNumber(c.caseNumber());
        p.setStatus(c.status());
        p.setRegisteredOn(r.registeredOn);
        p.setReceivedOn(r.receivedOn());
        // A redirected petitioner must know where to go and that petitioning does not stop that route's clock.
        p.setLegalRoute(r.legalRoute);
        p.setRouteGuidance(r.routeWarning);
        // The petitioner sees what happened and when, not which staff member recorded it.
        List<StepPassed> stepsPassed = r.stepsPassed.stream().map(s -> {
            StepPassed copy = new StepPassed();
            copy.setStatus(s.getStatus());
            copy.setAction(s.getAction());
            copy.setOn(s.getOn());
            return copy;
        }).toList();
        p.setStepsPassed(stepsPassed);
        p.setNextDeadline(deadline(c, r));
        p.setReply(r.opinion);
        p.setSettlement(r.settlement);
        p.setReviewOutcome(r.reviewOutcome);
        p.setReReviewOutcome(r.reReviewOutcome);
        p.setEvaluation(r.evaluation);
        p.setCanEvaluate(canEvaluate(c.status(), r));
        return p;
    }

    private Deadline deadline(CaseSnapshot c, LifecycleRecord r) {
        Deadline d = Lifecycle.nextDeadline(c.status(), r, rules);
        if (d == null) {
            return null;
        }
        if (Lifecycle.isPetitionersWindow(d) && today().isAfter(d.getDueDate())) {
            return null; // the petitioner's window has closed; nothing runs any more
        }
        return DeadlineCalculator.asOf(d, today(), false);
    }

    /** The petitioner may rate the handling once the reply was served or the matter settled, once. */
    boolean canEvaluate(org.tiaojie.cases.api.CaseStatus status, LifecycleRecord r) {
        try {
            Lifecycle.check(status, org.tiaojie.cases.api.CaseAction.EVALUATE, r, today(), rules);
            return true;
        } catch (org.tiaojie.cases.api.TiaojieException notNow) {
            return false;
        }
    }
}
