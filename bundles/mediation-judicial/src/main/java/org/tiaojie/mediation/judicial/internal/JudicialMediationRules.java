package org.tiaojie.mediation.judicial.internal;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.tiaojie.mediation.internal.CommonSteps.AGREE;
import static org.tiaojie.mediation.internal.CommonSteps.AGREED;
import static org.tiaojie.mediation.internal.CommonSteps.FAIL;
import static org.tiaojie.mediation.internal.CommonSteps.OPEN;
import static org.tiaojie.mediation.internal.CommonSteps.RECORD_FULFILMENT;
import static org.tiaojie.mediation.internal.CommonSteps.RECORD_SESSION;
import static org.tiaojie.mediation.internal.CommonSteps.WITHDRAW;

import org.tiaojie.cases.api.mediation.MediationStatus;

/**
 * How judicial mediation runs (《民事诉讼法》 96–102, 205–206; the Supreme People's Court's rules on
 * pre-filing mediation and judicial confirmation). Pure.
 * <ul>
 *   <li>Pre-filing (诉前) and in-litigation (诉中) mediation: sessions, an agreement, then the court's mediation
 *   document (调解书), effective when both parties have signed for it; a party refusing to sign ends it as a
 *   failure; the limit may be extended by the parties' consent.</li>
 *   <li>A judicial-confirmation request (司法确认): accepted or not within 3 days; once accepted, confirmed by
 *   ruling (裁定书) or rejected within 15 days, extendable once by 10.</li>
 * </ul>
 */
public final class JudicialMediationRules {
    public static final String PRE_FILING = "PRE_FILING";
    public static final String IN_LITIGATION = "IN_LITIGATION";
    public static final String CONFIRMATION = "CONFIRMATION";
    public static final List<String> STAGES = List.of(PRE_FILING, IN_LITIGATION, CONFIRMATION);

    public static final String DOCUMENT_EFFECTIVE = MediationStatus.DOCUMENT_EFFECTIVE.name();
    public static final String REQUESTED = MediationStatus.REQUESTED.name();
    public static final String ACCEPTED = MediationStatus.ACCEPTED.name();
    public static final String NOT_ACCEPTED = MediationStatus.NOT_ACCEPTED.name();
    public static final String CONFIRMED = MediationStatus.CONFIRMED.name();
    public static final String REJECTED = MediationStatus.REJECTED.name();

    public static final String EXTEND = "EXTEND";
    public static final String ISSUE_DOCUMENT = "ISSUE_DOCUMENT";
    public static final String ACCEPT = "ACCEPT";
    public static final String NOT_ACCEPT = "NOT_ACCEPT";
    public static final String CONFIRM = "CONFIRM";
    public static final String REJECT = "REJECT";

    public static final String MEDIATION_DOCUMENT = "MEDIATION_DOCUMENT";
    public static final String CONFIRMATION_RULING = "CONFIRMATION_RULING";

    public static final List<String> ACTIONS = List.of(RECORD_SESSION, WITHDRAW, FAIL, AGREE, EXTEND, ISSUE_DOCUMENT,
            RECORD_FULFILMENT, ACCEPT, NOT_ACCEPT, CONFIRM, REJECT);

    private static final Map<String, Set<String>> MEDIATION = Map.of(
            OPEN, Set.of(RECORD_SESSION, WITHDRAW, FAIL, AGREE, EXTEND),
            AGREED, Set.of(ISSUE_DOCUMENT, FAIL),
            DOCUMENT_EFFECTIVE, Set.of(RECORD_FULFILMENT));

    private static final Map<String, Set<String>> CONFIRMATION_STEPS = Map.of(
            REQUESTED, Set.of(ACCEPT, NOT_ACCEPT),
            ACCEPTED, Set.of(EXTEND, CONFIRM, REJECT),
            CONFIRMED, Set.of(RECORD_FULFILMENT));

    /** The time limits, in days. */
    public record Limits(int preFiling, int inLitigation, int simpleProcedure, int accept, int decide, int extension,
                         int window) {
        public static final Limits STATUTORY = new Limits(30, 15, 7, 3, 15, 10, 30);
    }

    private JudicialMediationRules() {
    }

    /**
     * Whether the step is possible: an agreement needs a session; a confirmation's decision may be extended
     * once ({@code extensionDays} already granted); acceptance is decided within its limit.
     */
    public static boolean allows(String stage, String status, String action, int sessions, int extensionDays) {
        Map<String, Set<String>> table = CONFIRMATION.equals(stage) ? CONFIRMATION_STEPS : MEDIATION;
        if (!table.getOrDefault(status, Set.of()).contains(action)) {
            return false;
        }
        return switch (action) {
            case AGREE -> sessions > 0;
            case EXTEND -> !CONFIRMATION.equals(stage) || extensionDays == 0;
            default -> true;
        };
    }

    public static List<String> allowed(String stage, String status, int sessions, int extensionDays) {
        return ACTIONS.stream().filter(a -> allows(stage, status, a, sessions, extensionDays)).toList();
    }

    /** The days of the limit that runs now, from its start; 0 when none runs. */
    public static int limitDays(String stage, String status, boolean simpleProcedure, int extensionDays, Limits limits) {
        if (CONFIRMATION.equals(stage)) {
            return REQUESTED.equals(status) ? limits.accept()
                    : ACCEPTED.equals(status) ? limits.decide() + extensionDays : 0;
        }
        if (!OPEN.equals(status)) {
            return 0;
        }
        int base = PRE_FILING.equals(stage) ? limits.preFiling()
                : simpleProcedure ? limits.simpleProcedure() : limits.inLitigation();
        return base + extensionDays;
    }
}
