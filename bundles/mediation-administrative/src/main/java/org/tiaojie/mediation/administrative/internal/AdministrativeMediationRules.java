package org.tiaojie.mediation.administrative.internal;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.tiaojie.mediation.internal.StepTable;

import static org.tiaojie.mediation.internal.CommonSteps.AGREE;
import static org.tiaojie.mediation.internal.CommonSteps.AGREED;
import static org.tiaojie.mediation.internal.CommonSteps.APPLY_CONFIRMATION;
import static org.tiaojie.mediation.internal.CommonSteps.CONFIRMATION_REQUESTED;
import static org.tiaojie.mediation.internal.CommonSteps.FAIL;
import static org.tiaojie.mediation.internal.CommonSteps.OPEN;
import static org.tiaojie.mediation.internal.CommonSteps.RECORD_FULFILMENT;
import static org.tiaojie.mediation.internal.CommonSteps.RECORD_SESSION;
import static org.tiaojie.mediation.internal.CommonSteps.WITHDRAW;

import org.tiaojie.cases.api.mediation.MediationStatus;

/**
 * How an administrative mediation runs: the department first decides whether to take the application
 * (受理, within the notice limit) or not; then sessions, agreement or failure, either party may withdraw;
 * an agreement may go to the court for judicial confirmation within its window.
 */
public final class AdministrativeMediationRules {
    public static final String APPLIED = MediationStatus.APPLIED.name();
    public static final String NOT_ACCEPTED = MediationStatus.NOT_ACCEPTED.name();

    public static final String ACCEPT = "ACCEPT";
    public static final String NOT_ACCEPT = "NOT_ACCEPT";

    public static final StepTable STEPS = new StepTable(
            List.of(ACCEPT, NOT_ACCEPT, RECORD_SESSION, WITHDRAW, FAIL, AGREE, RECORD_FULFILMENT, APPLY_CONFIRMATION),
            Map.of(APPLIED, Set.of(ACCEPT, NOT_ACCEPT, WITHDRAW),
                    OPEN, Set.of(RECORD_SESSION, WITHDRAW, FAIL, AGREE),
                    AGREED, Set.of(RECORD_FULFILMENT, APPLY_CONFIRMATION),
                    CONFIRMATION_REQUESTED, Set.of(RECORD_FULFILMENT)));

    private AdministrativeMediationRules() {
    }
}
