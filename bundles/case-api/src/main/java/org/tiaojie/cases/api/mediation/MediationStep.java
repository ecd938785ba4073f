package org.tiaojie.cases.api.mediation;

import java.time.LocalDate;

import javax.xml.bind.annotation.XmlType;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * One step of a mediation, checked against its status.
 */
@XmlType(name = "mediationStep")
@Schema(description = "One step of a mediation.")
public class MediationStep {
    private String action;
    private Long expectedVersion;
    private LocalDate occurredOn;
    private Session session;
    private Agreement agreement;
    private String note;

    @Schema(description = "RECORD_SESSION, WITHDRAW (a party ends it), FAIL (no agreement; the parties told their other routes), AGREE, RECORD_FULFILMENT, APPLY_CONFIRMATION (both parties apply to the court within 30 days of the agreement taking effect)")
    public String getAction() {
        return action;
    }

    public void setAction(String action) {
        this.action = action;
    }

    @Schema(description = "The version the mediator saw; a stale one is refused (CONFLICT)")
    public Long getExpectedVersion() {
        return expectedVersion;
    }

    public void setExpectedVersion(Long expectedVersion) {
        this.expectedVersion = expectedVersion;
    }

    @Schema(description = "When it happened; default today")
    public LocalDate getOccurredOn() {
        return occurredOn;
    }

    public void setOccurredOn(LocalDate occurredOn) {
        this.occurredOn = occurredOn;
    }

    @Schema(description = "RECORD_SESSION: the session")
    public Session getSession() {
        return session;
    }

    public void setSession(Session session) {
        this.session = session;
    }

    @Schema(description = "AGREE: the agreement")
    public Agreement getAgreement() {
        return agreement;
    }

    public void setAgreement(Agreement agreement) {
        this.agreement = agreement;
    }

    @Schema(description = "WITHDRAW, FAIL, RECORD_FULFILMENT, APPLY_CONFIRMATION: what happened (which party, which routes, which court)")
    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
