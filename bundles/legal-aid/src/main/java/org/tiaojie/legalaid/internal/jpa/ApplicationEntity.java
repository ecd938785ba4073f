package org.tiaojie.legalaid.internal.jpa;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Date;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Temporal;
import javax.persistence.TemporalType;
import javax.persistence.UniqueConstraint;
import javax.persistence.Version;

import org.tiaojie.cases.api.legalaid.ApplicationStatus;
import org.tiaojie.cases.api.legalaid.Exemption;
import org.tiaojie.cases.api.legalaid.Matter;

import org.tiaojie.records.internal.Times;

/** A legal-aid application as the plug-in stores it — in its own table, which outlives the plug-in's uninstall. */
@Entity
@Table(name = "TJ_LA_APPLICATION",
        uniqueConstraints = @UniqueConstraint(name = "UQ_LA_NUMBER", columnNames = "NUMBER"))
public class ApplicationEntity {
    @Id
    @Column(name = "ID", length = 36)
    private String id;

    @Version
    @Column(name = "VERSION")
    private long version;

    @Column(name = "NUMBER", length = 20, nullable = false, updatable = false)
    private String number;

    @Enumerated(EnumType.STRING)
    @Column(name = "STATUS", length = 24, nullable = false)
    private ApplicationStatus status;

    @Column(name = "CASE_ID", length = 36)
    private String caseId;

    @Column(name = "CASE_NUMBER", length = 40)
    private String caseNumber;

    @Column(name = "TOWNSHIP", length = 20, nullable = false)
    private String township;

    @Column(name = "APPLICANT_NAME", length = 50)
    private String applicantName;

    @Column(name = "APPLICANT_ID_NUMBER", length = 18)
    private String applicantIdNumber;

    @Column(name = "APPLICANT_PHONE", length = 20)
    private String applicantPhone;

    @Enumerated(EnumType.STRING)
    @Column(name = "MATTER", length = 32)
    private Matter matter;

    @Enumerated(EnumType.STRING)
    @Column(name = "EXEMPTION", length = 32)
    private Exemption exemption;

    @Column(name = "INCOME", precision = 14, scale = 2)
    private BigDecimal monthlyIncomePerCapita;

    @Column(name = "MEANS_TEST", length = 300)
    private String meansTest;

    @Column(name = "ELIGIBLE")
    private boolean eligible;

    @Column(name = "URGENT")
    private boolean urgent;

    @Column(name = "DESCRIPTION", length = 4000)
    private String description;

    @Column(name = "MISSING_MATERIALS", length = 2000)
    private String missingMaterials;

    @Column(name = "REFUSAL_REASON", length = 2000)
    private String refusalReason;

    @Column(name = "OBJECTION", length = 2000)
    private String objection;

    @Column(name = "OBJECTION_DECISION", length = 2000)
    private String objectionDecision;

    @Column(name = "LAWYER_ID", length = 20)
    private String lawyerId;

    @Column(name = "OUTCOME", length = 2000)
    private String outcome;

    @Column(name = "DECIDED")
    private boolean decided;

    @Column(name = "RECEIVED_ON")
    private LocalDate receivedOn;

    @Column(name = "DECIDED_ON")
    private LocalDate decidedOn;

    @Column(name = "OBJECTED_ON")
    private LocalDate objectedOn;

    @Column(name = "ASSIGNED_ON")
    private LocalDate assignedOn;

    /** The decision's limit (7 days from the complete file [43]): fixed once decided; none while materials are awaited. */
    @Column(name = "DECISION_DUE")
    private LocalDate decisionDue;

    /** The first decision (grant or refusal), never moved by an objection's outcome. */
    @Column(name = "FIRST_DECIDED_ON")
    private LocalDate firstDecidedOn;

    /** The assignment's limit (3 days from the grant [44]): fixed once assigned. */
    @Column(name = "ASSIGNMENT_DUE")
    private LocalDate assignmentDue;

    /** The running limit's due date, none while no limit runs (kept by the repository at every write). */
    @Column(name = "DUE_DATE")
    private LocalDate dueDate;

    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "CREATED_AT", nullable = false, updatable = false)
    private Date createdAt;

    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public long getVersion() { return version; }
    public String getNumber() { return number; }
    public void setNumber(String number) { this.number = number; }
    public ApplicationStatus getStatus() { return status; }
    public void setStatus(ApplicationStatus status) { this.status = status; }
    public String getCaseId() { return caseId; }
    public void setCaseId(String caseId) { this.caseId = caseId; }
    public String getCaseNumber() { return caseNumber; }
    public void setCaseNumber(String caseNumber) { this.caseNumber = caseNumber; }
    public String getTownship() { return township; }
    public void setTownship(String township) { this.township = township; }
    public String getApplicantName() { return applicantName; }
    public void setApplicantName(String applicantName) { this.applicantName = applicantName; }
    public String getApplicantIdNumber() { return applicantIdNumber; }
    public void setApplicantIdNumber(String applicantIdNumber) { this.applicantIdNumber = applicantIdNumber; }
    public String getApplicantPhone() { return applicantPhone; }
    public void setApplicantPhone(String applicantPhone) { this.applicantPhone = applicantPhone; }
    public Matter getMatter() { return matter; }
    public void setMatter(Matter matter) { this.matter = matter; }
    public Exemption getExemption() { return exemption; }
    public void setExemption(Exemption exemption) { this.exemption = exemption; }
    public BigDecimal getMonthlyIncomePerCapita() { return monthlyIncomePerCapita; }
    public void setMonthlyIncomePerCapita(BigDecimal v) { this.monthlyIncomePerCapita = v; }
    public String getMeansTest() { return meansTest; }
    public void setMeansTest(String meansTest) { this.meansTest = meansTest; }
    public boolean isEligible() { return eligible; }
    public void setEligible(boolean eligible) { this.eligible = eligible; }
    public boolean isUrgent() { return urgent; }
    public void setUrgent(boolean urgent) { this.urgent = urgent; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public String getMissingMaterials() { return missingMaterials; }
    public void setMissingMaterials(String missingMaterials) { this.missingMaterials = missingMaterials; }
    public String getRefusalReason() { return refusalReason; }
    public void setRefusalReason(String refusalReason) { this.refusalReason = refusalReason; }
    public String getObjection() { return objection; }
    public void setObjection(String objection) { this.objection = objection; }
    public String getObjectionDecision() { return objectionDecision; }
    public void setObjectionDecision(String objectionDecision) { this.objectionDecision = objectionDecision; }
    public String getLawyerId() { return lawyerId; }
    public void setLawyerId(String lawyerId) { this.lawyerId = lawyerId; }
    public String getOutcome() { return outcome; }
    public void setOutcome(String outcome) { this.outcome = outcome; }
    public boolean isDecided() { return decided; }
    public void setDecided(boolean decided) { this.decided = decided; }
    public LocalDate getReceivedOn() { return receivedOn; }
    public void setReceivedOn(LocalDate d) { this.receivedOn = d; }
    public LocalDate getDecidedOn() { return decidedOn; }
    public void setDecidedOn(LocalDate d) { this.decidedOn = d; }
    public LocalDate getObjectedOn() { return objectedOn; }
    public void setObjectedOn(LocalDate d) { this.objectedOn = d; }
    public LocalDate getAssignedOn() { return assignedOn; }
    public void setAssignedOn(LocalDate d) { this.assignedOn = d; }
    public LocalDate getDueDate() { return dueDate; }
    public LocalDate getDecisionDue() { return decisionDue; }
    public void setDecisionDue(LocalDate decisionDue) { this.decisionDue = decisionDue; }
    public LocalDate getFirstDecidedOn() { return firstDecidedOn; }
    public void setFirstDecidedOn(LocalDate firstDecidedOn) { this.firstDecidedOn = firstDecidedOn; }
    public LocalDate getAssignmentDue() { return assignmentDue; }
    public void setAssignmentDue(LocalDate assignmentDue) { this.assignmentDue = assignmentDue; }
    public void setDueDate(LocalDate d) { this.dueDate = d; }
    public java.time.Instant getCreatedAt() { return Times.toInstant(createdAt); }
    public void setCreatedAt(java.time.Instant at) { this.createdAt = Times.toDate(at); }
}
