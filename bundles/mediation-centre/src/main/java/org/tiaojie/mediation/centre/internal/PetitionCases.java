package org.tiaojie.mediation.centre.internal;

import java.time.LocalDate;

import org.tiaojie.cases.api.Actor;
import org.tiaojie.cases.api.CaseAction;
import org.tiaojie.cases.api.CaseQueryService;
import org.tiaojie.cases.api.CaseView;
import org.tiaojie.cases.api.ErrorCode;
import org.tiaojie.cases.api.FieldViolation;
import org.tiaojie.cases.api.LifecycleService;
import org.tiaojie.cases.api.Settlement;
import org.tiaojie.cases.api.StepRequest;
import org.tiaojie.cases.api.TiaojieException;
import org.tiaojie.cases.api.ValidationException;
import org.tiaojie.cases.api.mediation.Agreement;
import org.tiaojie.cases.api.mediation.MediationRecord;

/** The petition cases disputes come from, as the core shares and closes them: the centre's side of that contract. */
final class PetitionCases {
    /** The name under which the core records a petition shared with the centre. */
    static final String MODULE = "mediation-centre";

    private final CaseQueryService cases;
    private final LifecycleService lifecycle;

    PetitionCases(CaseQueryService cases, LifecycleService lifecycle) {
        this.cases = cases;
        this.lifecycle = lifecycle;
    }

    /**
     * The petition a dispute comes from, shared with the centre by the core. A complaint about an official is
     * refused exactly as a case that does not exist, so nothing of it reaches the centre, its mediators or the
     * unit complained about, and the answer does not reveal that it exists [30, 46].
     */
    CaseView share(Actor actor, String caseId) {
        try {
            return cases.share(actor, caseId, MODULE);
        } catch (TiaojieException notShared) {
            if (notShared.code() != ErrorCode.CASE_NOT_FOUND) {
                throw notShared;
            }
            throw ValidationException.of("caseId", FieldViolation.UNKNOWN_VALUE, "no petition case with this id");
        }
    }

    /**
     * Settles the petition case by the agreement and closes it; both steps are the case's own, audited there, and
     * join the caller's transaction.
     */
    void settleAndClose(Actor actor, String caseId, String disputeNumber, MediationRecord record, String note,
                        LocalDate on) {
        Agreement agreement = record.getAgreement();
        Settlement settlement = new Settlement();
        settlement.setKind(Settlement.Kind.MEDIATION);
        settlement.setPartiesConsent(true);
        settlement.setTerms(agreement == null ? record.getOutcomeNote() : agreement.getTerms());
        settlement.setAgreedOn(agreement == null ? null : agreement.getEffectiveOn());
        StepRequest settle = new StepRequest();
        settle.setAction(CaseAction.SETTLE);
        settle.setSettlement(settlement);
        settle.setNote("经大调解中心" + disputeNumber + "调解达成协议（" + record.getChannel() + " " + record.getNumber() + "）");
        settle.setOccurredOn(on);
        lifecycle.perform(actor, caseId, settle);
        StepRequest close = new StepRequest();
        close.setOccurredOn(on);
        close.setAction(CaseAction.CLOSE);
        close.setNote(note == null || note.isBlank() ? "调解协议履行，信访事项办结" : note.trim());
        lifecycle.perform(actor, caseId, close);
    }
}
