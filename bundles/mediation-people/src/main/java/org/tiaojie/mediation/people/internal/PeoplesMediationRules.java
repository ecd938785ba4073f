package org.tiaojie.mediation.people.internal;

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

/**
 * The rules of 《人民调解法》 the channel works by: which step is possible in which status (an agreement after
 * a session; the application for judicial confirmation within its window).
 */
public final class PeoplesMediationRules {
    public static final StepTable STEPS = new StepTable(
            List.of(RECORD_SESSION, WITHDRAW, FAIL, AGREE, RECORD_FULFILMENT, APPLY_CONFIRMATION),
            Map.of(OPEN, Set.of(RECORD_SESSION, WITHDRAW, FAIL, AGREE),
                    AGREED, Set.of(RECORD_FULFILMENT, APPLY_CONFIRMATION),
                    CONFIRMATION_REQUESTED, Set.of(RECORD_FULFILMENT)));

    private PeoplesMediationRules() {
    }
}
