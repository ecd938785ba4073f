package org.tiaojie.mediation.centre.internal;

import java.time.Instant;

import org.tiaojie.cases.api.mediation.Dispute;
import org.tiaojie.cases.api.mediation.DisputeDispatch;
import org.tiaojie.cases.api.mediation.DisputeSummary;
import org.tiaojie.cases.api.mediation.MediationAttempt;
import org.tiaojie.cases.api.mediation.MediationRecord;
import org.tiaojie.cases.api.mediation.MediationRequest;
import org.tiaojie.mediation.centre.internal.jpa.DisputeEntity;
import org.tiaojie.mediation.internal.MediationFiles;

/** The centre's records as the API shows them, and what the centre sends a channel. Pure mapping. */
final class DisputeViews {
    private DisputeViews() {
    }

    /** The dispute as its staff see it, in the status given (the stored one, or the one its channel shows now). */
    static Dispute dispute(DisputeEntity e, DisputeContent c, String status) {
        Dispute d = new Dispute();
        d.setId(e.getId());
        d.setVersion(e.getVersion());
        d.setNumber(e.getNumber());
        d.setStatus(status);
        d.setSource(e.getSource());
        d.setReference(c.reference);
        d.setCaseId(e.getCaseId());
        d.setTownship(e.getTownship());
        d.setCategory(e.getCategory());
        // Contact data is revealed, audited, only through the channel's file.
        d.setParties(MediationFiles.masked(c.parties));
        d.setDescription(c.description);
        d.setPartiesConsent(c.partiesConsent);
        d.setCourtCaseExists(c.courtCaseExists);
        d.setAttempts(c.attempts);
        MediationAttempt current = c.current();
        d.setCurrent(current);
        if (CentreRules.UNRESOLVED.equals(status) && current != null) {
            String next = CentreRules.next(current.getChannel());
            d.setSuggestedChannel(next == null ? "LEGAL_ROUTE" : next);
        } else if (CentreRules.NEW.equals(status)) {
            d.setSuggestedChannel(CentreRules.CHANNELS.get(0));
        }
        d.setLegalRoute(c.legalRoute);
        d.setAllowedActions(CentreRules.allowed(status, current == null ? null : current.getChannel(),
                current == null ? null : current.getStatus(), e.getCaseId() != null));
        d.setTakenInAt(e.getTakenInAt());
        return d;
    }

    /** What the core shows of a case's dispute. */
    static DisputeSummary summary(DisputeEntity e, DisputeContent c) {
        MediationAttempt current = c.current();
        DisputeSummary s = new DisputeSummary();
        s.setDisputeId(e.getId());
        s.setNumber(e.getNumber());
        s.setStatus(e.getStatus());
        if (current != null) {
            s.setChannel(current.getChannel());
            s.setRecordNumber(current.getRecordNumber());
            s.setRecordStatus(current.getStatus());
        }
        return s;
    }

    /** A new attempt, from the record the channel opened. */
    static MediationAttempt attempt(MediationRecord r, Instant sentAt) {
        MediationAttempt a = new MediationAttempt();
        a.setChannel(r.getChannel());
        a.setStage(r.getStage());
        a.setSector(r.getSector());
        a.setRecordId(r.getId());
        a.setRecordNumber(r.getNumber());
        a.setSentAt(sentAt);
        seen(a, r);
        return a;
    }

    /** What the attempt shows of its record, as just read from the channel. */
    static void seen(MediationAttempt a, MediationRecord r) {
        a.setLive(true);
        a.setStatus(r.getStatus());
        a.setDueOn(r.getDueOn());
        a.setOverdue(r.isOverdue());
        a.setCalendarWarning(r.getCalendarWarning());
    }

    /** The opening sent to a channel; {@code previous} is the attempt it continues, if any. */
    static MediationRequest request(DisputeEntity e, DisputeContent c, DisputeDispatch d, MediationAttempt previous) {
        MediationRequest r = new MediationRequest();
        r.setCaseId(e.getCaseId());
        r.setTownship(e.getTownship());
        r.setCategory(e.getCategory());
        r.setParties(c.parties);
        r.setPartiesConsent(c.partiesConsent);
        r.setNonPublic(d.isNonPublic());
        r.setDescription(c.description);
        r.setCommittee(d.getCommittee());
        r.setMediator(d.getMediator());
        r.setDepartment(d.getDepartment());
        r.setCourt(d.getCourt());
        r.setStage(d.getStage());
        r.setCourtCaseNumber(d.getCourtCaseNumber());
        r.setSimpleProcedure(d.isSimpleProcedure());
        if (previous != null) {
            r.setEscalatedFrom(previous.getChannel() + ":" + previous.getRecordNumber());
        }
        return r;
    }
}
