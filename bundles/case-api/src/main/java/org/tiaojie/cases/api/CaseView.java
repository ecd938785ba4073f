package org.tiaojie.cases.api;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.xml.bind.annotation.XmlType;

/**
 * A case as staff see it — 信访事项. Petitioners' personal data is masked here; the unmasked data is
 * read through {@link CaseQueryService#revealPetitioners}, which is audited.
 */
@XmlType(name = "case")
public class CaseView {
    private String id;
    private String caseNumber;
    private String township;
    private Channel channel;
    private Source source;
    private String category;
    private CaseStatus status;
    private RoutingState routingState;
    private String department;
    private List<Petitioner> petitioners = new ArrayList<>();
    private Map<String, String> departmentFields = new LinkedHashMap<>();
    private String content;
    private String demands;
    private Instant registeredAt;
    private Instant updatedAt;
    private String registeredBy;
    private long version;
    private Responsibility responsibility;
    private WrittenOpinion opinion;
    private Evaluation evaluation;
    private LegalRoute legalRoute;
    private String routeWarning;
    private String receivingBody;
    private Integer extensionDays;
    private boolean declined;
    private ReviewOutcome reviewOutcome;
    private ReviewOutcome reReviewOutcome;
    private List<Stage> stages = new ArrayList<>();
    private Deadline nextDeadline;
    private List<CaseAction> allowedActions = new ArrayList<>();

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getCaseNumber() {
        return caseNumber;
    }

    public void setCaseNumber(String caseNumber) {
        this.caseNumber = caseNumber;
    }

    public String getTownship() {
        return township;
    }

    public void setTownship(String township) {
        this.township = township;
    }

    public Channel getChannel() {
        return channel;
    }

    public void setChannel(Channel channel) {
        this.channel = channel;
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

    /** Department code handling the case, or null while unrouted. */
    public String getDepartment() {
        return department;
    }

    public void setDepartment(String department) {
        this.department = department;
    }

    /** Petitioners with ID number, phone and address masked. */
    public List<Petitioner> getPetitioners() {
        return petitioners;
    }

    public void setPetitioners(List<Petitioner> petitioners) {
        this.petitioners = petitioners;
    }

    /** The department's extra intake fields, e.g. a land matter's parcel number. */
    public Map<String, String> getDepartmentFields() {
        return departmentFields;
    }

    public void setDepartmentFields(Map<String, String> departmentFields) {
        this.departmentFields = departmentFields;
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
        return registeredAt;
    }

    public void setRegisteredAt(Instant registeredAt) {
        this.registeredAt = registeredAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public void setUpdatedAt(Instant updatedAt) {
        this.updatedAt = updatedAt;
    }

    /** User id of the clerk who registered the case. */
    public String getRegisteredBy() {
        return registeredBy;
    }

    public void setRegisteredBy(String registeredBy) {
        this.registeredBy = registeredBy;
    }

    /** Optimistic-lock version; changes with every update. */
    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
    /** 四定: who answers for the case; null before dispatch */
    public Responsibility getResponsibility() {
        return responsibility;
    }

    public void setResponsibility(Responsibility responsibility) {
        this.responsibility = responsibility;
    }

    /** 信访处理意见书; null before it is issued */
    public WrittenOpinion getOpinion() {
        return opinion;
    }

    public void setOpinion(WrittenOpinion opinion) {
        this.opinion = opinion;
    }

    /** the petitioner's rating; null until given */
    public Evaluation getEvaluation() {
        return evaluation;
    }

    public void setEvaluation(Evaluation evaluation) {
        this.evaluation = evaluation;
    }

    /** REDIRECTED: the legal procedure the petitioner was guided to */
    public LegalRoute getLegalRoute() {
        return legalRoute;
    }

    public void setLegalRoute(LegalRoute legalRoute) {
        this.legalRoute = legalRoute;
    }

    /** REDIRECTED: the warning given that the route's own time limit keeps running */
    public String getRouteWarning() {
        return routeWarning;
    }

    public void setRouteWarning(String routeWarning) {
        this.routeWarning = routeWarning;
    }

    /** TRANSFERRED / REFERRED_TO_DISCIPLINE: where the matter went */
    public String getReceivingBody() {
        return receivingBody;
    }

    public void setReceivingBody(String receivingBody) {
        this.receivingBody = receivingBody;
    }

    /** days the handling limit was extended by (once at most) */
    public Integer getExtensionDays() {
        return extensionDays;
    }

    public void setExtensionDays(Integer extensionDays) {
        this.extensionDays = extensionDays;
    }

    /** the department has used its one decline */
    public boolean isDeclined() {
        return declined;
    }

    public void setDeclined(boolean declined) {
        this.declined = declined;
    }

    /** 复查 decision */
    public ReviewOutcome getReviewOutcome() {
        return reviewOutcome;
    }

    public void setReviewOutcome(ReviewOutcome reviewOutcome) {
        this.reviewOutcome = reviewOutcome;
    }

    /** 复核 decision */
    public ReviewOutcome getReReviewOutcome() {
        return reReviewOutcome;
    }

    public void setReReviewOutcome(ReviewOutcome reReviewOutcome) {
        this.reReviewOutcome = reReviewOutcome;
    }

    /** the steps taken, oldest first */
    public List<Stage> getStages() {
        return stages;
    }

    public void setStages(List<Stage> stages) {
        this.stages = stages == null ? new ArrayList<>() : new ArrayList<>(stages);
    }

    /** the next time limit that applies and how it was computed; null when none runs */
    public Deadline getNextDeadline() {
        return nextDeadline;
    }

    public void setNextDeadline(Deadline nextDeadline) {
        this.nextDeadline = nextDeadline;
    }

    /** the steps the reader may take now */
    public List<CaseAction> getAllowedActions() {
        return allowedActions;
    }

    public void setAllowedActions(List<CaseAction> allowedActions) {
        this.allowedActions = allowedActions == null ? new ArrayList<>() : new ArrayList<>(allowedActions);
    }
}
