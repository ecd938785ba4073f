package org.tiaojie.cases.api.mediation;

import javax.xml.bind.annotation.XmlType;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * Sending a dispute to a channel — 统一分流 — or asking the court to confirm its agreement: only what the channel needs beyond the dispute's own data.
 */
@XmlType(name = "disputeDispatch")
@Schema(description = "Sending a dispute to a channel (统一分流), or to the court for confirmation of its agreement.")
public class DisputeDispatch {
    private String channel;
    private String stage;
    private String committee;
    private String mediator;
    private String department;
    private String court;
    private String courtCaseNumber;
    private boolean simpleProcedure;
    private boolean nonPublic;
    private String note;
    private Long expectedVersion;

    @Schema(maxLength = 20, description = "PEOPLE, ADMINISTRATIVE or JUDICIAL")
    public String getChannel() {
        return channel;
    }

    public void setChannel(String channel) {
        this.channel = channel;
    }

    @Schema(maxLength = 24, description = "JUDICIAL: PRE_FILING, IN_LITIGATION, or CONFIRMATION (the agreement just reached goes to the court for judicial confirmation)")
    public String getStage() {
        return stage;
    }

    public void setStage(String stage) {
        this.stage = stage;
    }

    @Schema(maxLength = 20, description = "PEOPLE: the committee code")
    public String getCommittee() {
        return committee;
    }

    public void setCommittee(String committee) {
        this.committee = committee;
    }

    @Schema(maxLength = 64, description = "The mediator: PEOPLE a mediator id, ADMINISTRATIVE the officer, JUDICIAL the judge")
    public String getMediator() {
        return mediator;
    }

    public void setMediator(String mediator) {
        this.mediator = mediator;
    }

    @Schema(maxLength = 64, description = "ADMINISTRATIVE: the department; default the live one that handles the category")
    public String getDepartment() {
        return department;
    }

    public void setDepartment(String department) {
        this.department = department;
    }

    @Schema(maxLength = 20, description = "JUDICIAL: the court code")
    public String getCourt() {
        return court;
    }

    public void setCourt(String court) {
        this.court = court;
    }

    @Schema(maxLength = 64, description = "JUDICIAL IN_LITIGATION: the court's case number")
    public String getCourtCaseNumber() {
        return courtCaseNumber;
    }

    public void setCourtCaseNumber(String courtCaseNumber) {
        this.courtCaseNumber = courtCaseNumber;
    }

    @Schema(description = "JUDICIAL IN_LITIGATION: simple procedure")
    public boolean isSimpleProcedure() {
        return simpleProcedure;
    }

    public void setSimpleProcedure(boolean simpleProcedure) {
        this.simpleProcedure = simpleProcedure;
    }

    @Schema(description = "The parties asked for a non-public mediation")
    public boolean isNonPublic() {
        return nonPublic;
    }

    public void setNonPublic(boolean nonPublic) {
        this.nonPublic = nonPublic;
    }

    @Schema(maxLength = 2000, description = "CONFIRMATION: the parties' joint application (who applied, when)")
    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    @Schema(description = "The dispute version the user saw; a stale one is refused (CONFLICT)")
    public Long getExpectedVersion() {
        return expectedVersion;
    }

    public void setExpectedVersion(Long expectedVersion) {
        this.expectedVersion = expectedVersion;
    }
}
