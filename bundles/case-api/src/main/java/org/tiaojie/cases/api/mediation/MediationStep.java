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
    private CourtDocument courtDocument;
    private Integer extensionDays;

    @Schema(maxLength = 32, description = "All channels: RECORD_SESSION, WITHDRAW (a party ends it), FAIL (no agreement; the parties told their other routes), AGREE, RECORD_FULFILMENT. People's and administrative mediation: APPLY_CONFIRMATION (both parties apply to the court within 30 days of the agreement taking effect). Judicial mediation: EXTEND (by consent), ISSUE_DOCUMENT (the mediation document, effective when signed); a CONFIRMATION request: ACCEPT (within 3 days), NOT_ACCEPT, EXTEND (once, at most 10 days), CONFIRM (the ruling, within 15 days of acceptance), REJECT (back to mediation or to a lawsuit)")
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

    @Schema(maxLength = 2000, description = "WITHDRAW, FAIL, RECORD_FULFILMENT, APPLY_CONFIRMATION, EXTEND, NOT_ACCEPT, REJECT: what happened and why (which party, which routes, which court)")
    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    @Schema(description = "ISSUE_DOCUMENT, CONFIRM: the court's document (number and date)")
    public CourtDocument getCourtDocument() {
        return courtDocument;
    }

    public void setCourtDocument(CourtDocument courtDocument) {
        this.courtDocument = courtDocument;
    }

    @Schema(description = "EXTEND: how many days more (judicial: by the parties' consent; confirmation: at most 10)")
    public Integer getExtensionDays() {
        return extensionDays;
    }

    public void setExtensionDays(Integer extensionDays) {
        this.extensionDays = extensionDays;
    }
}
