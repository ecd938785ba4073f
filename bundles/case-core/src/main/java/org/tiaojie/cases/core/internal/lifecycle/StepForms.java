package org.tiaojie.cases.core.internal.lifecycle;

import java.util.List;
import java.util.Map;

import org.tiaojie.cases.api.FieldViolation;
import org.tiaojie.cases.api.Responsibility;
import org.tiaojie.cases.api.Settlement;
import org.tiaojie.cases.api.StepRequest;
import org.tiaojie.cases.api.WrittenOpinion;
import org.tiaojie.cases.core.internal.time.TimeLimits;

/** The checks and audit entries several steps share ({@link CaseSteps}). */
final class StepForms {
    static final int TEXT = 2000;

    private StepForms() {
    }

    static void bodyAndNote(StepRequest s, TimeLimits limits, List<FieldViolation> v) {
        text(v, "body", s.getBody(), true);
        text(v, "note", s.getNote(), true);
    }

    static void decisionServed(StepRequest s, TimeLimits limits, List<FieldViolation> v) {
        required(v, "serviceMethod", s.getServiceMethod(), "how the decision reached the petitioner");
    }

    static void responsibility(List<FieldViolation> v, Responsibility r) {
        if (r == null) {
            v.add(new FieldViolation("responsibility", FieldViolation.REQUIRED,
                    "lead unit, responsible leader and handler (四定)"));
            return;
        }
        text(v, "responsibility.leadUnit", r.getLeadUnit(), true);
        text(v, "responsibility.responsibleLeader", r.getResponsibleLeader(), true);
        text(v, "responsibility.handler", r.getHandler(), true);
        userId(v, "responsibility.handlerUserId", r.getHandlerUserId());
        userId(v, "responsibility.responsibleLeaderUserId", r.getResponsibleLeaderUserId());
        text(v, "responsibility.supervisingUnit", r.getSupervisingUnit(), false);
        text(v, "responsibility.requirement", r.getRequirement(), false);
        if (r.getCooperatingUnits().size() > 20) {
            v.add(new FieldViolation("responsibility.cooperatingUnits", FieldViolation.TOO_LONG, "at most 20"));
        }
    }

    /** A login name as the realm has them; the worklist matches it exactly. */
    private static final java.util.regex.Pattern USER_ID = java.util.regex.Pattern.compile("[A-Za-z0-9._@-]{1,64}");

    static void userId(List<FieldViolation> v, String field, String value) {
        if (value != null && !USER_ID.matcher(value).matches()) {
            v.add(new FieldViolation(field, FieldViolation.INVALID_FORMAT,
                    "a login name: 1-64 of A-Z a-z 0-9 . _ @ -"));
        }
    }

    static void settlement(List<FieldViolation> v, Settlement s) {
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

    static void opinion(List<FieldViolation> v, WrittenOpinion o) {
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

    static void required(List<FieldViolation> v, String field, Object value, String what) {
        if (value == null) {
            v.add(new FieldViolation(field, FieldViolation.REQUIRED, what));
        }
    }

    static void text(List<FieldViolation> v, String field, String value, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                v.add(new FieldViolation(field, FieldViolation.REQUIRED, "must not be empty"));
            }
        } else if (value.length() > TEXT) {
            v.add(new FieldViolation(field, FieldViolation.TOO_LONG, "at most " + TEXT + " characters"));
        }
    }

    /** The whole 四定 is the archive's: a later dispatch replaces the case's, never the trail's. */
    static void responsibility(Map<String, Object> now, LifecycleRecord r, StepRequest step) {
        now.put("leadUnit", r.responsibility.getLeadUnit());
        now.put("responsibleLeader", r.responsibility.getResponsibleLeader());
        now.put("handler", r.responsibility.getHandler());
        putIfPresent(now, "handlerUserId", r.responsibility.getHandlerUserId());
        putIfPresent(now, "responsibleLeaderUserId", r.responsibility.getResponsibleLeaderUserId());
        putIfPresent(now, "cooperatingUnits", r.responsibility.getCooperatingUnits().isEmpty() ? null
                : List.copyOf(r.responsibility.getCooperatingUnits()));
        putIfPresent(now, "supervisingUnit", r.responsibility.getSupervisingUnit());
        putIfPresent(now, "requirement", r.responsibility.getRequirement());
    }

    static void body(Map<String, Object> now, LifecycleRecord r, StepRequest step) {
        now.put("body", step.getBody().trim());
    }

    static void method(Map<String, Object> now, LifecycleRecord r, StepRequest step) {
        now.put("method", step.getServiceMethod().name());
    }

    static void outcome(Map<String, Object> now, LifecycleRecord r, StepRequest step) {
        now.put("outcome", step.getReviewOutcome().name());
    }

    private static void putIfPresent(Map<String, Object> now, String key, Object value) {
        if (value != null && !(value instanceof String text && text.isBlank())) {
            now.put(key, value);
        }
    }
}
