package org.tiaojie.cases.api.legalaid;

import java.time.LocalDate;

import javax.xml.bind.annotation.XmlType;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * One step of a legal-aid application, checked against its status and roles.
 */
@XmlType(name = "legalAidStep")
@Schema(description = "One step of a legal-aid application.")
public class LegalAidStep {
    private LegalAidAction action;
    private Long expectedVersion;
    private String note;
    private LocalDate occurredOn;
    private String lawyerId;
    private Boolean upheld;

    @Schema(description = "The step; required")
    public LegalAidAction getAction() {
        return action;
    }

    public void setAction(LegalAidAction action) {
        this.action = action;
    }

    @Schema(description = "The version the officer saw; a stale one is refused (CONFLICT)")
    public Long getExpectedVersion() {
        return expectedVersion;
    }

    public void setExpectedVersion(Long expectedVersion) {
        this.expectedVersion = expectedVersion;
    }

    @Schema(maxLength = 2000, description = "REQUEST_MATERIALS: what is missing; REFUSE: the written reason; OBJECT: the objection; DECIDE_OBJECTION: the reasons; CONCLUDE: the outcome")
    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    @Schema(maxLength = 20, description = "ASSIGN: the lawyer or legal worker (see the lawyers list)")
    public String getLawyerId() {
        return lawyerId;
    }

    public void setLawyerId(String lawyerId) {
        this.lawyerId = lawyerId;
    }

    @Schema(description = "DECIDE_OBJECTION: true grants aid, false confirms the refusal")
    public Boolean getUpheld() {
        return upheld;
    }

    public void setUpheld(Boolean upheld) {
        this.upheld = upheld;
    }

    @Schema(description = "When it happened; default today. Not in the future, and not before the record's last dated "
            + "step.")
    public LocalDate getOccurredOn() {
        return occurredOn;
    }

    public void setOccurredOn(LocalDate occurredOn) {
        this.occurredOn = occurredOn;
    }
}
