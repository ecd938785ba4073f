package org.tiaojie.cases.api.legalaid;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import javax.xml.bind.annotation.XmlType;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A legal-aid application as the centre sees it — 法律援助案件.
 */
@XmlType(name = "legalAidApplication")
@Schema(description = "A legal-aid application as the centre sees it (法律援助案件).")
public class Application {
    private String id;
    private long version;
    private String number;
    private ApplicationStatus status;
    private String caseId;
    private String caseNumber;
    private String township;
    private String applicantName;
    private Matter matter;
    private Exemption exemption;
    private String meansTest;
    private boolean eligible;
    private boolean urgent;
    private String description;
    private String missingMaterials;
    private String refusalReason;
    private String objection;
    private String objectionDecision;
    private String lawyerId;
    private String lawyerName;
    private String outcome;
    private LocalDate receivedOn;
    private LocalDate decidedOn;
    private LocalDate assignedOn;
    private DueDate nextDeadline;
    private List<LegalAidAction> allowedActions = new ArrayList<>();

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

    @Schema(description = "Application number, e.g. FY-2026-0007")
    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }

    @Schema(description = "Where it stands")
    public ApplicationStatus getStatus() {
        return status;
    }

    public void setStatus(ApplicationStatus status) {
        this.status = status;
    }

    @Schema(description = "The petition case it comes from, if any")
    public String getCaseId() {
        return caseId;
    }

    public void setCaseId(String caseId) {
        this.caseId = caseId;
    }

    @Schema(description = "That case's number")
    public String getCaseNumber() {
        return caseNumber;
    }

    public void setCaseNumber(String caseNumber) {
        this.caseNumber = caseNumber;
    }

    @Schema(description = "Township code")
    public String getTownship() {
        return township;
    }

    public void setTownship(String township) {
        this.township = township;
    }

    @Schema(description = "The applicant (absent while only offered)")
    public String getApplicantName() {
        return applicantName;
    }

    public void setApplicantName(String applicantName) {
        this.applicantName = applicantName;
    }

    @Schema(description = "The matter")
    public Matter getMatter() {
        return matter;
    }

    public void setMatter(Matter matter) {
        this.matter = matter;
    }

    @Schema(description = "Why the means test does not apply, if so")
    public Exemption getExemption() {
        return exemption;
    }

    public void setExemption(Exemption exemption) {
        this.exemption = exemption;
    }

    @Schema(description = "PASSED, FAILED or NOT_APPLICABLE (exempt), with the threshold used; absent while only offered")
    public String getMeansTest() {
        return meansTest;
    }

    public void setMeansTest(String meansTest) {
        this.meansTest = meansTest;
    }

    @Schema(description = "A listed matter and the means test passed or not applicable: aid may be granted")
    public boolean isEligible() {
        return eligible;
    }

    public void setEligible(boolean eligible) {
        this.eligible = eligible;
    }

    @Schema(description = "Urgent aid asked")
    public boolean isUrgent() {
        return urgent;
    }

    public void setUrgent(boolean urgent) {
        this.urgent = urgent;
    }

    @Schema(description = "What the applicant needs help with")
    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    @Schema(description = "What the applicant was told is missing")
    public String getMissingMaterials() {
        return missingMaterials;
    }

    public void setMissingMaterials(String missingMaterials) {
        this.missingMaterials = missingMaterials;
    }

    @Schema(description = "The written reason for a refusal")
    public String getRefusalReason() {
        return refusalReason;
    }

    public void setRefusalReason(String refusalReason) {
        this.refusalReason = refusalReason;
    }

    @Schema(description = "The applicant's objection")
    public String getObjection() {
        return objection;
    }

    public void setObjection(String objection) {
        this.objection = objection;
    }

    @Schema(description = "The justice bureau's reasons on the objection")
    public String getObjectionDecision() {
        return objectionDecision;
    }

    public void setObjectionDecision(String objectionDecision) {
        this.objectionDecision = objectionDecision;
    }

    @Schema(description = "Assigned lawyer or legal worker")
    public String getLawyerId() {
        return lawyerId;
    }

    public void setLawyerId(String lawyerId) {
        this.lawyerId = lawyerId;
    }

    @Schema(description = "Their name")
    public String getLawyerName() {
        return lawyerName;
    }

    public void setLawyerName(String lawyerName) {
        this.lawyerName = lawyerName;
    }

    @Schema(description = "The outcome of the aided matter")
    public String getOutcome() {
        return outcome;
    }

    public void setOutcome(String outcome) {
        this.outcome = outcome;
    }

    @Schema(description = "When the complete application was received (the decision runs from it)")
    public LocalDate getReceivedOn() {
        return receivedOn;
    }

    public void setReceivedOn(LocalDate receivedOn) {
        this.receivedOn = receivedOn;
    }

    @Schema(description = "When aid was granted or refused")
    public LocalDate getDecidedOn() {
        return decidedOn;
    }

    public void setDecidedOn(LocalDate decidedOn) {
        this.decidedOn = decidedOn;
    }

    @Schema(description = "When the lawyer was assigned")
    public LocalDate getAssignedOn() {
        return assignedOn;
    }

    public void setAssignedOn(LocalDate assignedOn) {
        this.assignedOn = assignedOn;
    }

    @Schema(description = "The time limit running now, if any")
    public DueDate getNextDeadline() {
        return nextDeadline;
    }

    public void setNextDeadline(DueDate nextDeadline) {
        this.nextDeadline = nextDeadline;
    }

    @Schema(description = "Steps the caller may take now")
    public List<LegalAidAction> getAllowedActions() {
        return allowedActions;
    }

    public void setAllowedActions(List<LegalAidAction> allowedActions) {
        this.allowedActions = allowedActions;
    }
}
