package org.tiaojie.cases.api.mediation;

import java.util.ArrayList;
import java.util.List;

import javax.xml.bind.annotation.XmlType;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * Opening a mediation — 申请调解: the parties, their consent, the committee and mediator.
 */
@XmlType(name = "mediationRequest")
@Schema(description = "Opening a mediation (申请调解): parties, consent, committee and mediator.")
public class MediationRequest {
    private String caseId;
    private String township;
    private String category;
    private List<Party> parties = new ArrayList<>();
    private boolean partiesConsent;
    private boolean nonPublic;
    private String committee;
    private String mediator;
    private String description;
    private String stage;
    private String department;
    private String court;
    private String courtCaseNumber;
    private boolean simpleProcedure;
    private String escalatedFrom;
    private Agreement agreement;

    @Schema(maxLength = 36, description = "The petition case the dispute comes from, if any")
    public String getCaseId() {
        return caseId;
    }

    public void setCaseId(String caseId) {
        this.caseId = caseId;
    }

    @Schema(maxLength = 20, description = "Township code; required")
    public String getTownship() {
        return township;
    }

    public void setTownship(String township) {
        this.township = township;
    }

    @Schema(maxLength = 64, description = "Category code of the dispute; required")
    public String getCategory() {
        return category;
    }

    public void setCategory(String category) {
        this.category = category;
    }

    @ArraySchema(maxItems = 20, arraySchema = @Schema(description = "At least an applicant and a respondent"))
    public List<Party> getParties() {
        return parties;
    }

    public void setParties(List<Party> parties) {
        this.parties = parties == null ? new ArrayList<>() : parties;
    }

    @Schema(description = "Both parties agree to mediation; it cannot start if a party refuses")
    public boolean isPartiesConsent() {
        return partiesConsent;
    }

    public void setPartiesConsent(boolean partiesConsent) {
        this.partiesConsent = partiesConsent;
    }

    @Schema(description = "The parties asked for a non-public mediation")
    public boolean isNonPublic() {
        return nonPublic;
    }

    public void setNonPublic(boolean nonPublic) {
        this.nonPublic = nonPublic;
    }

    @Schema(maxLength = 20, description = "People's mediation: code of the committee (see the channel's master data)")
    public String getCommittee() {
        return committee;
    }

    public void setCommittee(String committee) {
        this.committee = committee;
    }

    @Schema(maxLength = 64, description = "Id of the mediator (people's mediation: the one the parties chose; judicial: the judge or court-appointed mediator; administrative: the officer)")
    public String getMediator() {
        return mediator;
    }

    public void setMediator(String mediator) {
        this.mediator = mediator;
    }

    @Schema(maxLength = 2000, description = "The dispute, briefly; required")
    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    @Schema(maxLength = 24, description = "Judicial mediation: PRE_FILING (诉前, referred by the court), IN_LITIGATION (诉中) or CONFIRMATION (a request for judicial confirmation of an agreement, 司法确认); the other channels leave it empty")
    public String getStage() {
        return stage;
    }

    public void setStage(String stage) {
        this.stage = stage;
    }

    @Schema(maxLength = 64, description = "Administrative mediation: code of the department that mediates; default the live department of the township that handles the category")
    public String getDepartment() {
        return department;
    }

    public void setDepartment(String department) {
        this.department = department;
    }

    @Schema(maxLength = 20, description = "Judicial mediation: code of the court (see the channel's master data)")
    public String getCourt() {
        return court;
    }

    public void setCourt(String court) {
        this.court = court;
    }

    @Schema(maxLength = 64, description = "Judicial mediation: the court's case number, when a case is filed (required IN_LITIGATION)")
    public String getCourtCaseNumber() {
        return courtCaseNumber;
    }

    public void setCourtCaseNumber(String courtCaseNumber) {
        this.courtCaseNumber = courtCaseNumber;
    }

    @Schema(description = "IN_LITIGATION: the case is tried under the simple procedure (7 days instead of 15)")
    public boolean isSimpleProcedure() {
        return simpleProcedure;
    }

    public void setSimpleProcedure(boolean simpleProcedure) {
        this.simpleProcedure = simpleProcedure;
    }

    @Schema(maxLength = 64, description = "The record this one continues, as CHANNEL:id (set by the grand-mediation centre, or by the court for a confirmation request)")
    public String getEscalatedFrom() {
        return escalatedFrom;
    }

    public void setEscalatedFrom(String escalatedFrom) {
        this.escalatedFrom = escalatedFrom;
    }

    @Schema(description = "CONFIRMATION: the agreement whose confirmation both parties apply for")
    public Agreement getAgreement() {
        return agreement;
    }

    public void setAgreement(Agreement agreement) {
        this.agreement = agreement;
    }
}
