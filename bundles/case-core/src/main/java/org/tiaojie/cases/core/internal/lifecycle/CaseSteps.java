package org.tiaojie.cases.core.internal.lifecycle;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.tiaojie.cases.api.CaseAction;
import org.tiaojie.cases.api.DayCount;
import org.tiaojie.cases.api.Deadline;
import org.tiaojie.cases.api.DeadlineKind;
import org.tiaojie.cases.api.FieldViolation;
import org.tiaojie.cases.api.Nature;
import org.tiaojie.cases.api.Roles;
import org.tiaojie.cases.api.Settlement;
import org.tiaojie.cases.api.StepRequest;
import org.tiaojie.cases.api.WrittenOpinion;
import org.tiaojie.cases.core.internal.time.TimeLimits;
import org.tiaojie.cases.core.internal.time.TimeRules;

import static org.tiaojie.cases.core.internal.lifecycle.StepForms.required;
import static org.tiaojie.cases.core.internal.lifecycle.StepForms.text;

/**
 * Every step of a case's statutory path — 办理环节 — defined once: who may take it, what its form must carry, what
 * it needs of the case beyond the transition table ({@link Lifecycle}), what it writes into the lifecycle record,
 * and what the audit trail keeps of it. Adding a step is one {@code define} here plus its rows in the transition
 * table; a {@link CaseAction} without a definition stops the class from loading (and its test from passing).
 */
public final class CaseSteps {
    /** Checks the step's own fields, adding what is wrong. */
    @FunctionalInterface
    interface Form {
        void check(StepRequest step, TimeLimits limits, List<FieldViolation> violations);
    }

    /** Refuses the step (ILLEGAL_TRANSITION, TIME_LIMIT_EXPIRED) when the case's record does not allow it on that day. */
    @FunctionalInterface
    interface Guard {
        void check(LifecycleRecord record, LocalDate on, TimeRules rules);
    }

    /** Writes what the step establishes into the record (a copy: a refused step leaves the case as it was). */
    @FunctionalInterface
    interface Effect {
        void apply(LifecycleRecord record, StepRequest step, LocalDate on, TimeRules rules);
    }

    /** What the audit trail keeps of the step, beyond its status and date. */
    @FunctionalInterface
    interface Trail {
        void put(Map<String, Object> now, LifecycleRecord record, StepRequest step);
    }

    /** One step's definition. */
    record Step(String[] roles, boolean countyLevel, Form form, Guard guard, Effect effect, Trail trail) {
    }

    private static final String[] CLERKS = {Roles.CLERK};
    private static final String[] HANDLERS_AND_CLERKS = {Roles.HANDLER, Roles.CLERK};
    private static final Guard ANY_TIME = (r, on, rules) -> { };
    private static final Trail NOTHING_MORE = (now, r, s) -> { };
    private static final Map<CaseAction, Step> STEPS = new EnumMap<>(CaseAction.class);

    static {
        define(CaseAction.CLASSIFY, CLERKS, false,
                (s, l, v) -> {
                    required(v, "nature", s.getNature(), "the nature the matter really has");
                    text(v, "note", s.getNote(), true);
                },
                ANY_TIME,
                (r, s, on, rules) -> {
                    r.nature = s.getNature();
                    r.classifyReason = s.getNote().trim();
                },
                (now, r, s) -> now.put("nature", r.nature().name()));
        define(CaseAction.ACCEPT, CLERKS, false,
                (s, l, v) -> required(v, "serviceMethod", s.getServiceMethod(), "how the notice of receipt was given"),
                (r, on, rules) -> {
                    if (r.nature() == Nature.COMPLAINT_ABOUT_OFFICIAL) {
                        throw Lifecycle.complaintOnlyToDiscipline();
                    }
                    if (r.nature() == Nature.LEGAL_PROCEDURE) {
                        throw Lifecycle.illegal("the matter belongs to a legal procedure: redirect it (REDIRECT) with "
                                + "guidance (诉访分离) [31], or reclassify it (CLASSIFY) if it does not");
                    }
                },
                (r, s, on, rules) -> {
                    r.acceptedOn = on;
                    r.noticeMethod = s.getServiceMethod();
                },
                (now, r, s) -> now.put("method", s.getServiceMethod().name()));
        define(CaseAction.TRANSFER, CLERKS, false, StepForms::bodyAndNote, notAComplaint(),
                (r, s, on, rules) -> r.receivingBody = s.getBody().trim(), StepForms::body);
        define(CaseAction.REFER_TO_DISCIPLINE, CLERKS, false, StepForms::bodyAndNote,
                (r, on, rules) -> {
                    if (r.nature() != Nature.COMPLAINT_ABOUT_OFFICIAL) {
                        throw Lifecycle.illegal("only a complaint about an official goes to the discipline body; this "
                                + "matter is " + r.nature() + " — reclassify it (CLASSIFY) first if it is a complaint");
                    }
                },
                (r, s, on, rules) -> r.receivingBody = s.getBody().trim(), StepForms::body);
        define(CaseAction.REDIRECT, CLERKS, false,
                (s, l, v) -> {
                    required(v, "legalRoute", s.getLegalRoute(), "which legal procedure the matter belongs to");
                    text(v, "note", s.getNote(), true);
                },
                notAComplaint(),
                (r, s, on, rules) -> {
                    r.legalRoute = s.getLegalRoute();
                    r.routeWarning = "已告知信访人通过" + s.getLegalRoute().label() + "途径解决；"
                            + s.getLegalRoute().ownLimit() + "，信访不中止该期限。指引：" + s.getNote().trim();
                },
                (now, r, s) -> now.put("legalRoute", r.legalRoute.name()));
        define(CaseAction.DISPATCH, CLERKS, false, (s, l, v) -> StepForms.responsibility(v, s.getResponsibility()),
                ANY_TIME, CaseSteps::assign, StepForms::responsibility);
        define(CaseAction.DECLINE, HANDLERS_AND_CLERKS, false, (s, l, v) -> text(v, "note", s.getNote(), true),
                (r, on, rules) -> {
                    if (r.declined) {
                        throw Lifecycle.illegal("the case was declined once already; it cannot be passed back again "
                                + "(no 踢皮球)");
                    }
                    Deadline window = rules.calculator().compute(DeadlineKind.DECLINE_WINDOW, r.dispatchedOn,
                            DayCount.WORKING_DAYS, rules.limits().declineWorkingDays());
                    if (on.isAfter(window.getDueDate())) {
                        throw Lifecycle.expired("a decline had to be made by " + window.getDueDate() + ": "
                                + window.getExplanation());
                    }
                },
                (r, s, on, rules) -> {
                    r.declined = true;
                    r.declineReason = s.getNote().trim();
                },
                NOTHING_MORE);
        define(CaseAction.DECIDE_DECLINE, CLERKS, false,
                (s, l, v) -> {
                    StepForms.responsibility(v, s.getResponsibility());
                    text(v, "note", s.getNote(), true);
                },
                ANY_TIME, CaseSteps::assign, StepForms::responsibility);
        define(CaseAction.EXTEND, CLERKS, false,
                (s, l, v) -> {
                    text(v, "note", s.getNote(), true);
                    if (s.getDays() == null) {
                        v.add(new FieldViolation("days", FieldViolation.REQUIRED, "by how many days"));
                    } else if (s.getDays() < 1 || s.getDays() > l.extensionMaxDays()) {
                        v.add(new FieldViolation("days", FieldViolation.OUT_OF_RANGE,
                                "between 1 and " + l.extensionMaxDays() + " days"));
                    }
                },
                (r, on, rules) -> {
                    if (r.extensionDays != null) {
                        throw Lifecycle.illegal("the handling limit was extended once already (by " + r.extensionDays
                                + " days)");
                    }
                    // Approved while the limit runs [32]: a limit already missed stays missed (and counted so).
                    LocalDate due = Lifecycle.handling(r, rules).getDueDate();
                    if (on.isAfter(due)) {
                        throw Lifecycle.expired("the handling limit ended on " + due + "; an extension is approved "
                                + "before it ends [32]");
                    }
                },
                (r, s, on, rules) -> {
                    r.extensionDays = s.getDays();
                    r.extensionReason = s.getNote().trim();
                },
                (now, r, s) -> now.put("extensionDays", r.extensionDays));
        define(CaseAction.ISSUE_OPINION, HANDLERS_AND_CLERKS, false, (s, l, v) -> StepForms.opinion(v, s.getOpinion()),
                ANY_TIME,
                (r, s, on, rules) -> {
                    WrittenOpinion o = s.getOpinion();
                    o.setIssuedOn(on);
                    if (o.getReviewGuidance() == null || o.getReviewGuidance().isBlank()) {
                        o.setReviewGuidance("信访人对本处理意见不服的，可以自收到本意见书之日起"
                                + rules.limits().reviewRequestDays() + "日内请求原办理机关的上一级机关复查。");
                    }
                    r.opinion = o;
                },
                (now, r, s) -> now.put("decision", r.opinion.getDecision().name()));
        define(CaseAction.SETTLE, HANDLERS_AND_CLERKS, false, (s, l, v) -> StepForms.settlement(v, s.getSettlement()),
                ANY_TIME,
                (r, s, on, rules) -> {
                    Settlement agreement = s.getSettlement();
                    agreement.setAgreedOn(on);
                    agreement.setTerms(agreement.getTerms().trim());
                    r.settlement = agreement;
                },
                (now, r, s) -> now.put("settlement", r.settlement.getKind().name()));
        define(CaseAction.SERVE, CLERKS, false,
                (s, l, v) -> required(v, "serviceMethod", s.getServiceMethod(), "how the opinion reached the petitioner"),
                ANY_TIME,
                (r, s, on, rules) -> {
                    r.servedOn = on;
                    r.serviceMethod = s.getServiceMethod();
                },
                StepForms::method);
        define(CaseAction.EVALUATE, CLERKS, false,
                (s, l, v) -> required(v, "evaluation", s.getEvaluation(), "the petitioner's rating"),
                (r, on, rules) -> {
                    if (r.evaluation != null) {
                        throw Lifecycle.illegal("the petitioner has evaluated the handling already");
                    }
                },
                (r, s, on, rules) -> r.evaluation = s.getEvaluation(),
                (now, r, s) -> now.put("evaluation", r.evaluation.name()));
        define(CaseAction.CLOSE, CLERKS, false, (s, l, v) -> { }, ANY_TIME, (r, s, on, rules) -> r.closedOn = on,
                NOTHING_MORE);
        define(CaseAction.REQUEST_REVIEW, CLERKS, false, (s, l, v) -> text(v, "body", s.getBody(), true),
                (r, on, rules) -> {
                    if (r.servedOn == null) {
                        throw Lifecycle.illegal("there is no served written opinion to review; the matter was settled "
                                + "by agreement");
                    }
                    if (r.reviewRequestedOn != null) {
                        throw Lifecycle.illegal("a review was requested already");
                    }
                    Lifecycle.requireWithin(Lifecycle.reviewRequestWindow(r, rules), on);
                },
                (r, s, on, rules) -> {
                    r.reviewRequestedOn = on;
                    r.reviewBody = s.getBody().trim();
                },
                StepForms::body);
        define(CaseAction.DECIDE_REVIEW, CLERKS, true,
                (s, l, v) -> required(v, "reviewOutcome", s.getReviewOutcome(), "the decision"),
                ANY_TIME,
                (r, s, on, rules) -> {
                    r.reviewOutcome = s.getReviewOutcome();
                    r.reviewDecidedOn = on;
                },
                StepForms::outcome);
        define(CaseAction.SERVE_REVIEW_DECISION, CLERKS, false, StepForms::decisionServed, ANY_TIME,
                (r, s, on, rules) -> {
                    r.reviewServedOn = on;
                    r.reviewServiceMethod = s.getServiceMethod();
                },
                StepForms::method);
        define(CaseAction.REQUEST_RE_REVIEW, CLERKS, false, (s, l, v) -> text(v, "body", s.getBody(), true),
                (r, on, rules) -> {
                    if (r.reviewOutcome == null) {
                        throw Lifecycle.illegal("re-review follows a review decision; ask for review first");
                    }
                    if (r.reviewServedOn == null) {
                        throw Lifecycle.illegal("the review decision has not been served yet (SERVE_REVIEW_DECISION): "
                                + "the re-review window runs from its receipt [36]");
                    }
                    if (r.reReviewRequestedOn != null) {
                        throw Lifecycle.illegal("a re-review was requested already");
                    }
                    Lifecycle.requireWithin(Lifecycle.reReviewRequestWindow(r, rules), on);
                },
                (r, s, on, rules) -> {
                    r.reReviewRequestedOn = on;
                    r.reReviewBody = s.getBody().trim();
                },
                StepForms::body);
        define(CaseAction.DECIDE_RE_REVIEW, CLERKS, true,
                (s, l, v) -> required(v, "reviewOutcome", s.getReviewOutcome(), "the decision"),
                ANY_TIME,
                (r, s, on, rules) -> {
                    r.reReviewOutcome = s.getReviewOutcome();
                    r.reReviewDecidedOn = on;
                },
                StepForms::outcome);
        define(CaseAction.SERVE_RE_REVIEW_DECISION, CLERKS, false, StepForms::decisionServed, ANY_TIME,
                (r, s, on, rules) -> {
                    r.reReviewServedOn = on;
                    r.reReviewServiceMethod = s.getServiceMethod();
                    r.terminatedOn = on;
                },
                StepForms::method);
        for (CaseAction action : CaseAction.values()) {
            if (!STEPS.containsKey(action)) {
                throw new IllegalStateException("step " + action + " has no definition in CaseSteps");
            }
        }
    }

    private CaseSteps() {
    }

    /** The step's definition. */
    static Step of(CaseAction action) {
        return STEPS.get(action);
    }

    /** Writes into the record what the step establishes. */
    public static void apply(LifecycleRecord record, StepRequest step, LocalDate on, TimeRules rules) {
        of(step.getAction()).effect().apply(record, step, on, rules);
    }

    /** Adds to the audit line what the step established. */
    public static void trail(Map<String, Object> now, LifecycleRecord record, StepRequest step) {
        of(step.getAction()).trail().put(now, record, step);
    }

    private static void define(CaseAction action, String[] roles, boolean countyLevel, Form form, Guard guard,
                               Effect effect, Trail trail) {
        if (STEPS.put(action, new Step(roles, countyLevel, form, guard, effect, trail)) != null) {
            throw new IllegalStateException("step " + action + " is defined twice");
        }
    }

    /** A complaint about an official goes to the discipline body only, never to the unit complained about [30]. */
    private static Guard notAComplaint() {
        return (r, on, rules) -> {
            if (r.nature() == Nature.COMPLAINT_ABOUT_OFFICIAL) {
                throw Lifecycle.complaintOnlyToDiscipline();
            }
        };
    }

    /** The four fixings (四定) of a dispatch, first or after a decline decided. */
    private static void assign(LifecycleRecord r, StepRequest s, LocalDate on, TimeRules rules) {
        r.dispatchedOn = on;
        r.responsibility = s.getResponsibility();
    }
}
