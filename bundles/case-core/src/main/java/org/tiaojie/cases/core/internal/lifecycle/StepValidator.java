package org.tiaojie.cases.core.internal.lifecycle;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.tiaojie.cases.api.FieldViolation;
import org.tiaojie.cases.api.Responsibility;
import org.tiaojie.cases.api.Settlement;
import org.tiaojie.cases.api.StepRequest;
import org.tiaojie.cases.api.WrittenOpinion;
import org.tiaojie.cases.core.internal.time.TimeLimits;

/** Checks that a step carries what it needs, all problems at once, before anything is read or written. */
public final class StepValidator {
    private static final int TEXT = 2000;

    private StepValidator() {
    }

    public static List<FieldViolation> validate(StepRequest step, LocalDate today, TimeLimits limits) {
        List<FieldViolation> v = new ArrayList<>();
        if (step == null || step.getAction() == null) {
            v.add(new FieldViolation("action", FieldViolation.REQUIRED, "say which step to take"));
            return v;
        }
        if (step.getOccurredOn() != null && step.getOccurredOn().isAfter(today)) {
            v.add(new FieldViolation("occurredOn", FieldViolation.OUT_OF_RANGE, "a step cannot be recorded for a future date"));
        }
        text(v, "note", step.getNote(), false);
        text(v, "body", step.getBody(), false);
        switch (step.getAction()) {
            case ACCEPT -> required(v, "serviceMethod", step.getServiceMethod(), "how the notice of receipt was given");
            case TRANSFER -> {
                text(v, "body", step.getBody(), true);
                text(v, "note", step.getNote(), true);
            }
            case REFER_TO_DISCIPLINE -> {
                text(v, "body", step.getBody(), true);
                text(v, "note", step.getNote(), true);
            }
            case REDIRECT -> {
                required(v, "legalRoute", step.getLegalRoute(), "which legal procedure the matter belongs to");
                text(v, "note", step.getNote(), true);
            }
            case CLASSIFY -> {
                required(v, "nature", step.getNature(), "the nature the matter really has");
                text(v, "note", step.getNote(), true);
            }
            case DISPATCH -> responsibility(v, step.getResponsibility());
            case DECIDE_DECLINE -> {
                responsibility(v, step.getResponsibility());
                text(v, "note", step.getNote(), true);
            }
            case DECLINE -> text(v, "note", step.getNote(), true);
            case EXTEND -> {
                text(v, "note", step.getNote(), true);
                if (step.getDays() == null) {
                    v.add(new FieldViolation("days", FieldViolation.REQUIRED, "by how many days"));
                } else if (step.getDays() < 1 || step.getDays() > limits.extensionMaxDays()) {
                    v.add(new FieldViolation("days", FieldViolation.OUT_OF_RANGE,
                            "between 1 and " + limits.extensionMaxDays() + " days"));
                }
            }
            case ISSUE_OPINION -> opinion(v, step.getOpinion());
            case SETTLE -> settlement(v, step.getSettlement());
            case SERVE -> required(v, "serviceMethod", step.getServiceMethod(), "how the opinion reached the petitioner");
            case SERVE_REVIEW_DECISION, SERVE_RE_REVIEW_DECISION -> required(v, "serviceMethod", step.getServiceMethod(),
                    "how the decision reached the petitioner");
            case EVALUATE -> required(v, "evaluation", step.getEvaluation(), "the petitioner's rating");
            case REQUEST_REVIEW, REQUEST_RE_REVIEW -> text(v, "body", step.getBody(), true);
            case DECIDE_REVIEW, DECIDE_RE_REVIEW -> required(v, "reviewOutcome", step.getReviewOutcome(), "the decision");
            case CLOSE -> {
                // nothing beyond the optional note
            }
        }
        return v;
    }

    private static void responsibility(List<FieldViolation> v, Responsibility r) {
        if (r == null) {
            v.add(new FieldViolation("responsibility", FieldViolation.REQUIRED,
                    "lead unit, responsible leader and handler (四定)"));
            return;
        }
        text(v, "responsibility.leadUnit", r.getLeadUnit(), true);
        text(v, "responsibility.responsibleLeader", r.getResponsibleLeader(), true);
        text(v, "responsibility.handler", r.getHandler(), true);
        text(v, "responsibility.supervisingUnit", r.getSupervisingUnit(), false);
        text(v, "responsibility.requirement", r.getRequirement(), false);
        if (r.getCooperatingUnits().size() > 20) {
            v.add(new FieldViolation("responsibility.cooperatingUnits", FieldViolation.TOO_LONG, "at most 20"));
        }
    }

    private static void settlement(List<FieldViolation> v, Settlement s) {
        if (s == null) {
            v.add(new FieldViolation("settlement", FieldViolation.REQUIRED, "the agreement (调解协议书/和解协议书)"));
            return;
        }
        required(v, "settlement.kind", s.getKind(), "MEDIATION or RECONCILIATION");
        if (!s.isPartiesConsent()) {
            v.add(new FieldViolation("settlement.partiesConsent", FieldViolation.OUT_OF_RANGE,
                    "mediation or settlement needs both parties' consent [33]"));
        }
        text(v, "settlement.terms", s.getTerms(), true);
    }

    private static void opinion(List<FieldViolation> v, WrittenOpinion o) {
        if (o == null) {
            v.add(new FieldViolation("opinion", FieldViolation.REQUIRED, "the written opinion (信访处理意见书)"));
            return;
        }
        text(v, "opinion.request", o.getRequest(), true);
        text(v, "opinion.facts", o.getFacts(), true);
        required(v, "opinion.decision", o.getDecision(), "SUPPORT, EXPLAIN or NOT_SUPPORT");
        text(v, "opinion.legalBasis", o.getLegalBasis(), true);
        text(v, "opinion.reviewGuidance", o.getReviewGuidance(), false);
    }

    private static void required(List<FieldViolation> v, String field, Object value, String what) {
        if (value == null) {
            v.add(new FieldViolation(field, FieldViolation.REQUIRED, what));
        }
    }

    private static void text(List<FieldViolation> v, String field, String value, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                v.add(new FieldViolation(field, FieldViolation.REQUIRED, "must not be empty"));
            }
        } else if (value.length() > TEXT) {
            v.add(new FieldViolation(field, FieldViolation.TOO_LONG, "at most " + TEXT + " characters"));
        }
    }
}
