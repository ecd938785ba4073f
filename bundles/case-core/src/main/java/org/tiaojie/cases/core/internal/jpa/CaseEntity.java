package org.tiaojie.cases.core.internal.jpa;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.persistence.CollectionTable;
import javax.persistence.Column;
import javax.persistence.Lob;
import javax.persistence.ElementCollection;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.FetchType;
import javax.persistence.Id;
import javax.persistence.JoinColumn;
import javax.persistence.MapKeyColumn;
import javax.persistence.OrderColumn;
import javax.persistence.Table;
import javax.persistence.Temporal;
import javax.persistence.TemporalType;
import javax.persistence.UniqueConstraint;
import javax.persistence.Version;

import org.tiaojie.cases.api.CaseStatus;
import org.tiaojie.cases.api.PetitionForm;
import org.tiaojie.cases.api.Nature;
import org.tiaojie.cases.api.PriorLevel;
import org.tiaojie.cases.api.RoutingState;
import org.tiaojie.cases.api.Source;

import org.tiaojie.cases.core.internal.lifecycle.Milestones;
import org.tiaojie.records.internal.Times;

/** A petition case — 信访事项 — as stored. Never leaves the core: callers get a {@code CaseView}. */
@Entity
@Table(name = "TJ_CASE",
        uniqueConstraints = {
                @UniqueConstraint(name = "UQ_CASE_NUMBER", columnNames = "CASE_NUMBER"),
                @UniqueConstraint(name = "UQ_CASE_QUERY_CODE", columnNames = "QUERY_CODE")
        })
public class CaseEntity {

    @Id
    @Column(name = "ID", length = 36)
    private String id;

    @Version
    @Column(name = "VERSION")
    private long version;

    @Column(name = "CASE_NUMBER", length = 40, nullable = false, updatable = false)
    private String caseNumber;

    // Updatable: a clerk reissues it when the petitioner has lost it (the old one then opens nothing).
    @Column(name = "QUERY_CODE", length = 32, nullable = false)
    private String queryCode;

    @Column(name = "IDEMPOTENCY_KEY", length = 64, updatable = false)
    private String idempotencyKey;

    @Column(name = "TOWNSHIP", length = 20, nullable = false)
    private String township;

    @Enumerated(EnumType.STRING)
    @Column(name = "PETITION_FORM", length = 16, nullable = false)
    private PetitionForm petitionForm;

    @Enumerated(EnumType.STRING)
    @Column(name = "SOURCE", length = 40, nullable = false)
    private Source source;

    @Column(name = "CATEGORY", length = 64, nullable = false)
    private String category;

    @Enumerated(EnumType.STRING)
    @Column(name = "STATUS", length = 32, nullable = false)
    private CaseStatus status;

    @Enumerated(EnumType.STRING)
    @Column(name = "ROUTING_STATE", length = 32, nullable = false)
    private RoutingState routingState;

    @Column(name = "DEPARTMENT", length = 64)
    private String department;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "TJ_CASE_PETITIONER", joinColumns = @JoinColumn(name = "CASE_ID"))
    @OrderColumn(name = "ORDINAL")
    private List<PetitionerEmbeddable> petitioners = new ArrayList<>();

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "TJ_CASE_FIELD", joinColumns = @JoinColumn(name = "CASE_ID"))
    @MapKeyColumn(name = "FIELD_KEY", length = 64)
    @Column(name = "FIELD_VALUE", length = 500)
    private Map<String, String> departmentFields = new LinkedHashMap<>();

    @Column(name = "CONTENT", length = 8000, nullable = false)
    private String content;

    @Column(name = "DEMANDS", length = 2000)
    private String demands;

    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "REGISTERED_AT", nullable = false, updatable = false)
    private Date registeredAt;

    @Column(name = "REGISTERED_BY", length = 64, nullable = false, updatable = false)
    private String registeredBy;

    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "UPDATED_AT", nullable = false)
    private Date updatedAt;

    /** The lifecycle record (steps, responsibility, opinion, reviews) as JSON; read and written whole. */
    @Lob
    @Column(name = "LIFECYCLE")
    private String lifecycle;

    /**
     * Due date of the running time limit, kept as a column for overdue queues; null when none runs. Mapped as a
     * {@code LocalDate}, so a comparison binds a DATE parameter (Derby refuses DATE against TIMESTAMP).
     */
    @Column(name = "DUE_DATE")
    private LocalDate dueDate;

    // Registration facts added after the first schema: nullable, so buildSchema can add them to filled tables.
    @Enumerated(EnumType.STRING)
    @Column(name = "NATURE", length = 32)
    private Nature nature;

    @Column(name = "HEAD_COUNT")
    private Integer headCount;

    @Enumerated(EnumType.STRING)
    @Column(name = "PRIOR_LEVEL", length = 16)
    private PriorLevel priorLevel;

    @Column(name = "REPEAT_COUNT")
    private Integer repeatCount;

    /** The login names the dispatch named (handler, responsible leader): the worklist "mine" reads them. */
    @Column(name = "HANDLER_USER", length = 64)
    private String handlerUser;

    @Column(name = "LEADER_USER", length = 64)
    private String leaderUser;

    // The milestones (Milestones): what the rates count by, derived from the lifecycle record at every write.
    @Column(name = "RECEIVED_ON")
    private LocalDate receivedOn;

    @Column(name = "TRIAGE_DUE")
    private LocalDate triageDue;

    @Column(name = "TRIAGED_ON")
    private LocalDate triagedOn;

    @Column(name = "ACCEPTED_ON")
    private LocalDate acceptedOn;

    @Column(name = "HANDLING_DUE")
    private LocalDate handlingDue;

    @Column(name = "COMPLETED_ON")
    private LocalDate completedOn;

    @Column(name = "SETTLED_ON")
    private LocalDate settledOn;

    @Column(name = "REPLIED_ON")
    private LocalDate repliedOn;

    @Column(name = "EVALUATED_ON")
    private LocalDate evaluatedOn;

    @Column(name = "EVALUATION", length = 24)
    private String evaluation;

    @Column(name = "REVIEW_REQUESTED_ON")
    private LocalDate reviewRequestedOn;

    @Column(name = "REVIEW_DECIDED_ON")
    private LocalDate reviewDecidedOn;

    @Column(name = "REVIEW_OUTCOME", length = 16)
    private String reviewOutcome;

    @Column(name = "RE_REVIEW_DECIDED_ON")
    private LocalDate reReviewDecidedOn;

    @Column(name = "RE_REVIEW_OUTCOME", length = 16)
    private String reReviewOutcome;

    /** Which derivation of the milestones the row holds; null: stored before them, derived again at start. */
    @Column(name = "MILESTONES")
    private Integer milestones;

    /** Writes the record and the milestones derived from it together, so the two never disagree. */
    public void setLifecycle(String lifecycle, Milestones m) {
        this.lifecycle = lifecycle;
        receivedOn = m.receivedOn();
        triageDue = m.triageDue();
        triagedOn = m.triagedOn();
        acceptedOn = m.acceptedOn();
        handlingDue = m.handlingDue();
        completedOn = m.completedOn();
        settledOn = m.settledOn();
        repliedOn = m.repliedOn();
        evaluatedOn = m.evaluatedOn();
        evaluation = m.evaluation() == null ? null : m.evaluation().name();
        reviewRequestedOn = m.reviewRequestedOn();
        reviewDecidedOn = m.reviewDecidedOn();
        reviewOutcome = m.reviewOutcome() == null ? null : m.reviewOutcome().name();
        reReviewDecidedOn = m.reReviewDecidedOn();
        reReviewOutcome = m.reReviewOutcome() == null ? null : m.reReviewOutcome().name();
        milestones = Milestones.VERSION;
    }

    public String getHandlerUser() {
        return handlerUser;
    }

    public void setHandlerUser(String handlerUser) {
        this.handlerUser = handlerUser;
    }

    public String getLeaderUser() {
        return leaderUser;
    }

    public void setLeaderUser(String leaderUser) {
        this.leaderUser = leaderUser;
    }

    public String getLifecycle() {
        return lifecycle;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public void setDueDate(LocalDate dueDate) {
        this.dueDate = dueDate;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public long getVersion() {
        return version;
    }

    public String getCaseNumber() {
        return caseNumber;
    }

    public void setCaseNumber(String caseNumber) {
        this.caseNumber = caseNumber;
    }

    public String getQueryCode() {
        return queryCode;
    }

    public void setQueryCode(String queryCode) {
        this.queryCode = queryCode;
    }

    public String getIdempotencyKey() {
        return idempotencyKey;
    }

    public void setIdempotencyKey(String idempotencyKey) {
        this.idempotencyKey = idempotencyKey;
    }

    public String getTownship() {
        return township;
    }

    public void setTownship(String township) {
        this.township = township;
    }

    public PetitionForm getPetitionForm() {
        return petitionForm;
    }

    public void setPetitionForm(PetitionForm petitionForm) {
        this.petitionForm = petitionForm;
    }

    public Source getSource() {
        return source;
    }

    public void setSource(Source source) {
        this.source = source;
    }

    public String getCategory() {
        return category;
    }

    public void setCategory(String category) {
        this.category = category;
    }

    public CaseStatus getStatus() {
        return status;
    }

    public void setStatus(CaseStatus status) {
        this.status = status;
    }

    public RoutingState getRoutingState() {
        return routingState;
    }

    public void setRoutingState(RoutingState routingState) {
        this.routingState = routingState;
    }

    public String getDepartment() {
        return department;
    }

    public void setDepartment(String department) {
        this.department = department;
    }

    public List<PetitionerEmbeddable> getPetitioners() {
        return petitioners;
    }

    public Map<String, String> getDepartmentFields() {
        return departmentFields;
    }

    public String getContent() {
        return content;
    }

    public void setContent(String content) {
        this.content = content;
    }

    public String getDemands() {
        return demands;
    }

    public void setDemands(String demands) {
        this.demands = demands;
    }

    public Instant getRegisteredAt() {
        return Times.toInstant(registeredAt);
    }

    public void setRegisteredAt(Instant registeredAt) {
        this.registeredAt = Times.toDate(registeredAt);
    }

    public String getRegisteredBy() {
        return registeredBy;
    }

    public void setRegisteredBy(String registeredBy) {
        this.registeredBy = registeredBy;
    }

    public Instant getUpdatedAt() {
        return Times.toInstant(updatedAt);
    }

    public void setUpdatedAt(Instant updatedAt) {
        this.updatedAt = Times.toDate(updatedAt);
    }

    /** {@link Nature#REQUEST} for cases registered before natures were recorded. */
    public Nature getNature() {
        return nature == null ? Nature.REQUEST : nature;
    }

    public void setNature(Nature nature) {
        this.nature = nature;
    }

    /** The number of people; cases registered before head counts were recorded count their petitioners. */
    public int getHeadCount() {
        return headCount == null ? petitioners.size() : headCount;
    }

    public void setHeadCount(int headCount) {
        this.headCount = headCount;
    }

    public PriorLevel getPriorLevel() {
        return priorLevel;
    }

    public void setPriorLevel(PriorLevel priorLevel) {
        this.priorLevel = priorLevel;
    }

    public int getRepeatCount() {
        return repeatCount == null ? 0 : repeatCount;
    }

    public void setRepeatCount(int repeatCount) {
        this.repeatCount = repeatCount;
    }
}
