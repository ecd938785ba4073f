package org.tiaojie.cases.api.mediation;

import java.util.ArrayList;
import java.util.List;

import javax.xml.bind.annotation.XmlType;

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

    @Schema(description = "The petition case the dispute comes from, if any")
    public String getCaseId() {
        return caseId;
    }

    public void setCaseId(String caseId) {
        this.caseId = caseId;
    }

    @Schema(description = "Township code; required")
    public String getTownship() {
        return township;
    }

    public void setTownship(String township) {
        this.township = township;
    }

    @Schema(description = "Category code of the dispute; required")
    public String getCategory() {
        return category;
    }

    public void setCategory(String category) {
        this.category = category;
    }

    @Schema(description = "At least an applicant and a respondent")
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

    @Schema(description = "Code of the mediation committee (see the channel's master data)")
    public String getCommittee() {
        return committee;
    }

    public void setCommittee(String committee) {
        this.committee = committee;
    }

    @Schema(description = "Id of the mediator the parties chose")
    public String getMediator() {
        return mediator;
    }

    public void setMediator(String mediator) {
        this.mediator = mediator;
    }

    @Schema(description = "The dispute, briefly; required")
    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }
}
