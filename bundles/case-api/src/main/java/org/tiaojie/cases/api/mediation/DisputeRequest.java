package org.tiaojie.cases.api.mediation;

import java.util.ArrayList;
import java.util.List;

import javax.xml.bind.annotation.XmlType;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * Taking a dispute in at the grand-mediation centre — 大调解中心统一受理: from a petition case, a screening finding, or walked in.
 */
@XmlType(name = "disputeRequest")
@Schema(description = "Taking a dispute in at the grand-mediation centre (统一受理).")
public class DisputeRequest {
    private String source;
    private String caseId;
    private String reference;
    private String township;
    private String category;
    private List<Party> parties = new ArrayList<>();
    private String description;
    private boolean partiesConsent;
    private boolean courtCaseExists;

    @Schema(maxLength = 20, description = "PETITION_CASE (from a registered petition: township, category, petitioners and content are taken from the case), SCREENING (a finding of the village screening) or WALK_IN")
    public String getSource() {
        return source;
    }

    public void setSource(String source) {
        this.source = source;
    }

    @Schema(maxLength = 36, description = "PETITION_CASE: the petition case")
    public String getCaseId() {
        return caseId;
    }

    public void setCaseId(String caseId) {
        this.caseId = caseId;
    }

    @Schema(maxLength = 64, description = "SCREENING: the screening report or ledger entry the finding comes from")
    public String getReference() {
        return reference;
    }

    public void setReference(String reference) {
        this.reference = reference;
    }

    @Schema(maxLength = 20, description = "Township code; from the case when it comes from one")
    public String getTownship() {
        return township;
    }

    public void setTownship(String township) {
        this.township = township;
    }

    @Schema(maxLength = 64, description = "Category code; from the case when it comes from one")
    public String getCategory() {
        return category;
    }

    public void setCategory(String category) {
        this.category = category;
    }

    @ArraySchema(maxItems = 20, arraySchema = @Schema(description = "The parties; from a case its petitioners are the applicants and only the other side needs adding"))
    public List<Party> getParties() {
        return parties;
    }

    public void setParties(List<Party> parties) {
        this.parties = parties == null ? new ArrayList<>() : parties;
    }

    @Schema(maxLength = 2000, description = "The dispute, briefly; from a case its content when left empty")
    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    @Schema(description = "Both parties agree to mediation (mediation is voluntary)")
    public boolean isPartiesConsent() {
        return partiesConsent;
    }

    public void setPartiesConsent(boolean partiesConsent) {
        this.partiesConsent = partiesConsent;
    }

    @Schema(description = "A court case on the matter is pending")
    public boolean isCourtCaseExists() {
        return courtCaseExists;
    }

    public void setCourtCaseExists(boolean courtCaseExists) {
        this.courtCaseExists = courtCaseExists;
    }
}
