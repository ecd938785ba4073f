package org.tiaojie.cases.core.internal.lifecycle;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.tiaojie.cases.api.FieldViolation;
import org.tiaojie.cases.api.StepRequest;
import org.tiaojie.cases.core.internal.time.TimeLimits;

/**
 * Checks that a step carries what it needs, all problems at once, before anything is read or written: what every step
 * shares here, what each needs in its definition ({@link CaseSteps}).
 */
public final class StepValidator {
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
        StepForms.text(v, "note", step.getNote(), false);
        StepForms.text(v, "body", step.getBody(), false);
        CaseSteps.of(step.getAction()).form().check(step, limits, v);
        return v;
    }
}
