package org.tiaojie.cases.api.mediation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import javax.xml.bind.annotation.XmlType;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A dispute at the grand-mediation centre — 矛盾纠纷: taken in once, sent to a channel, tracked across channels and escalated without re-entering its data.
 */
@XmlType(name = "dispute")
@Schema(description = "A dispute at the grand-mediation centre, tracked across channels.")
public class Dispute {
    private String id;
    private long version;
    private String number;
    private String status;
    private String source;
    private String reference;
    private String caseId;
    private String township;
    private String category;
    private List<Party> parties = new ArrayList<>();
    private String description;
    private boolean partiesConsent;
    private boolean courtCaseExists;
    private MediationAttempt current;
    private List<MediationAttempt> attempts = new ArrayList<>();
    private String suggestedChannel;
    private String legalRoute;
    private List<String> allowedActions = new ArrayList<>();
    private Instant takenInAt;

    @Schema(description = "Stable id")
    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    @Schema(description = "Version for expectedVersion")
    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }

    @Schema(description = "Dispute number, e.g. DJ-2026-0004")
    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }

    @Schema(description = "NEW (not yet sent), IN_MEDIATION, AGREED (an agreement; judicial confirmation may follow), IN_CONFIRMATION, RESOLVED (agreement confirmed, document effective or performed), UNRESOLVED (the last attempt failed: send it on), REFERRED (to a legal route), CASE_CLOSED (the petition case closed by the agreement)")
    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    @Schema(description = "PETITION_CASE, SCREENING or WALK_IN")
    public String getSource() {
        return source;
    }

    public void setSource(String source) {
        this.source = source;
    }

    @Schema(description = "The screening reference, if any")
    public String getReference() {
        return reference;
    }

    public void setReference(String reference) {
        this.reference = reference;
    }

    @Schema(description = "The petition case, if any")
    public String getCaseId() {
        return caseId;
    }

    public void setCaseId(String caseId) {
        this.caseId = caseId;
    }

    @Schema(description = "Township code")
    public String getTownship() {
        return township;
    }

    public void setTownship(String township) {
        this.township = township;
    }

    @Schema(description = "Category code")
    public String getCategory() {
        return category;
    }

    public void setCategory(String category) {
        this.category = category;
    }

    @Schema(description = "The parties")
    public List<Party> getParties() {
        return parties;
    }

    public void setParties(List<Party> parties) {
        this.parties = parties == null ? new ArrayList<>() : parties;
    }

    @Schema(description = "The dispute")
    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    @Schema(description = "Both parties agree to mediation")
    public boolean isPartiesConsent() {
        return partiesConsent;
    }

    public void setPartiesConsent(boolean partiesConsent) {
        this.partiesConsent = partiesConsent;
    }

    @Schema(description = "A court case is pending")
    public boolean isCourtCaseExists() {
        return courtCaseExists;
    }

    public void setCourtCaseExists(boolean courtCaseExists) {
        this.courtCaseExists = courtCaseExists;
    }

    @Schema(description = "The attempt under way or last made")
    public MediationAttempt getCurrent() {
        return current;
    }

    public void setCurrent(MediationAttempt current) {
        this.current = current;
    }

    @Schema(description = "Every attempt, oldest first")
    public List<MediationAttempt> getAttempts() {
        return attempts;
    }

    public void setAttempts(List<MediationAttempt> attempts) {
        this.attempts = attempts == null ? new ArrayList<>() : attempts;
    }

    @Schema(description = "Where a failed dispute goes next (people's, then administrative, then judicial mediation)")
    public String getSuggestedChannel() {
        return suggestedChannel;
    }

    public void setSuggestedChannel(String suggestedChannel) {
        this.suggestedChannel = suggestedChannel;
    }

    @Schema(description = "REFERRED: the legal route (LITIGATION, ARBITRATION, ADMINISTRATIVE_RECONSIDERATION, ...) and the guidance given")
    public String getLegalRoute() {
        return legalRoute;
    }

    public void setLegalRoute(String legalRoute) {
        this.legalRoute = legalRoute;
    }

    @Schema(description = "Steps possible now: DISPATCH, REQUEST_CONFIRMATION, REFER_TO_LEGAL_ROUTE, CLOSE_CASE")
    public List<String> getAllowedActions() {
        return allowedActions;
    }

    public void setAllowedActions(List<String> allowedActions) {
        this.allowedActions = allowedActions == null ? new ArrayList<>() : allowedActions;
    }

    @Schema(description = "When the centre took it in")
    public Instant getTakenInAt() {
        return takenInAt;
    }

    public void setTakenInAt(Instant takenInAt) {
        this.takenInAt = takenInAt;
    }
}
