package org.tiaojie.cases.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.xml.bind.annotation.XmlType;

import io.swagger.v3.oas.annotations.media.Schema;
import org.tiaojie.cases.api.mediation.DisputeSummary;

/**
 * A case as staff see it — 信访事项. Petitioners' personal data is masked here; the unmasked data is
 * read through {@link CaseQueryService#revealPetitioners}, which is audited.
 */
@XmlType(name = "case")
@Schema(description = "A case as staff see it — 信访事项. Petitioners' personal data is masked here; the unmasked "
        + "data is read through `revealPetitioners`, which is audited.")
public class CaseView {
    private Settlement settlement;
    private String id;
    private String caseNumber;
    private String township;
    private PetitionForm petitionForm;
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
    private LocalDate receivedOn;
    private Instant updatedAt;
    private String registeredBy;
    private long version;
    private Responsibility responsibility;
    private WrittenOpinion opinion;
    private Evaluation evaluation;
    private ProcessFeedback processFeedback;
    private LegalRoute legalRoute;
    private String routeWarning;
    private String receivingBody;
    private Integer extensionDays;
    private boolean declined;
    private ReviewOutcome reviewOutcome;
    private ReviewOutcome reReviewOutcome;
    private List<StepPassed> stepsPassed = new ArrayList<>();
    private Deadline nextDeadline;
    private List<CaseAction> allowedActions = new ArrayList<>();
    private Nature nature;
    private int headCount;
    private boolean collective;
    private PriorLevel priorLevel;
    private int repeatCount;
    private List<RepeatSubmission> repeats = new ArrayList<>();
    private String legalAidOffer;
    private DisputeSummary mediation;

    @Schema(description = "Stable id of the case (UUID); use it in URLs.")
    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    @Schema(description = "Human case number, unique per township and year, e.g. `341122101-2026-000017`.")
    public String getCaseNumber() {
        return caseNumber;
    }

    public void setCaseNumber(String caseNumber) {
        this.caseNumber = caseNumber;
    }

    @Schema(description = "Code of the township the case belongs to (属地).")
    public String getTownship() {
        return township;
    }

    public void setTownship(String township) {
        this.township = township;
    }

    @Schema(description = "How the petition arrived: its petition form (信访形式).")
    public PetitionForm getPetitionForm() {
        return petitionForm;
    }

    public void setPetitionForm(PetitionForm petitionForm) {
        this.petitionForm = petitionForm;
    }

    @Schema(description = "Where the case came from (来源).")
    public Source getSource() {
        return source;
    }

    public void setSource(Source source) {
        this.source = source;
    }

    @Schema(description = "Category code from the taxonomy (类别).")
    public String getCategory() {
        return category;
    }

    public void setCategory(String category) {
        this.category = category;
    }

    @Schema(description = "Where the case stands in its statutory path (办理状态).")
    public CaseStatus getStatus() {
        return status;
    }

    public void setStatus(CaseStatus status) {
        this.status = status;
    }

    @Schema(description = "Whether a live department has the case (分流状态).")
    public RoutingState getRoutingState() {
        return routingState;
    }

    public void setRoutingState(RoutingState routingState) {
        this.routingState = routingState;
    }

    @Schema(description = "Department code handling the case, or null while unrouted.")
    public String getDepartment() {
        return department;
    }

    public void setDepartment(String department) {
        this.department = department;
    }

    @Schema(description = "Petitioners with ID number, phone and address masked.")
    public List<Petitioner> getPetitioners() {
        return petitioners;
    }

    public void setPetitioners(List<Petitioner> petitioners) {
        this.petitioners = petitioners;
    }

    @Schema(description = "The department's extra intake fields, e.g. a land matter's parcel number.")
    public Map<String, String> getDepartmentFields() {
        return departmentFields;
    }

    public void setDepartmentFields(Map<String, String> departmentFields) {
        this.departmentFields = departmentFields;
    }

    @Schema(description = "信访内容: what happened, as registered.")
    public String getContent() {
        return content;
    }

    public void setContent(String content) {
        this.content = content;
    }

    @Schema(description = "诉求: what the petitioner asks for, when stated.")
    public String getDemands() {
        return demands;
    }

    public void setDemands(String demands) {
        this.demands = demands;
    }

    @Schema(description = "When the case was registered.")
    public Instant getRegisteredAt() {
        return registeredAt;
    }

    public void setRegisteredAt(Instant registeredAt) {
        this.registeredAt = registeredAt;
    }

    @Schema(description = "When the case last changed.")
    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public void setUpdatedAt(Instant updatedAt) {
        this.updatedAt = updatedAt;
    }

    @Schema(description = "User id of the clerk who registered the case.")
    public String getRegisteredBy() {
        return registeredBy;
    }

    public void setRegisteredBy(String registeredBy) {
        this.registeredBy = registeredBy;
    }

    @Schema(description = "Optimistic-lock version; changes with every update.")
    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
    @Schema(description = "四定: who answers for the case; null before dispatch")
    public Responsibility getResponsibility() {
        return responsibility;
    }

    public void setResponsibility(Responsibility responsibility) {
        this.responsibility = responsibility;
    }

    @Schema(description = "信访处理意见书; null before it is issued")
    public WrittenOpinion getOpinion() {
        return opinion;
    }

    public void setOpinion(WrittenOpinion opinion) {
        this.opinion = opinion;
    }

    @Schema(description = "the petitioner's rating; null until given")
    public Evaluation getEvaluation() {
        return evaluation;
    }

    public void setEvaluation(Evaluation evaluation) {
        this.evaluation = evaluation;
    }

    @Schema(description = "REDIRECTED: the legal procedure the petitioner was guided to")
    public LegalRoute getLegalRoute() {
        return legalRoute;
    }

    public void setLegalRoute(LegalRoute legalRoute) {
        this.legalRoute = legalRoute;
    }

    @Schema(description = "REDIRECTED: the warning given that the route's own time limit keeps running")
    public String getRouteWarning() {
        return routeWarning;
    }

    public void setRouteWarning(String routeWarning) {
        this.routeWarning = routeWarning;
    }

    @Schema(description = "TRANSFERRED / REFERRED_TO_DISCIPLINE: where the matter went")
    public String getReceivingBody() {
        return receivingBody;
    }

    public void setReceivingBody(String receivingBody) {
        this.receivingBody = receivingBody;
    }

    @Schema(description = "days the handling limit was extended by (once at most)")
    public Integer getExtensionDays() {
        return extensionDays;
    }

    public void setExtensionDays(Integer extensionDays) {
        this.extensionDays = extensionDays;
    }

    @Schema(description = "the department has used its one decline")
    public boolean isDeclined() {
        return declined;
    }

    public void setDeclined(boolean declined) {
        this.declined = declined;
    }

    @Schema(description = "复查 decision")
    public ReviewOutcome getReviewOutcome() {
        return reviewOutcome;
    }

    public void setReviewOutcome(ReviewOutcome reviewOutcome) {
        this.reviewOutcome = reviewOutcome;
    }

    @Schema(description = "复核 decision")
    public ReviewOutcome getReReviewOutcome() {
        return reReviewOutcome;
    }

    public void setReReviewOutcome(ReviewOutcome reReviewOutcome) {
        this.reReviewOutcome = reReviewOutcome;
    }

    @Schema(description = "the steps taken, oldest first")
    public List<StepPassed> getStepsPassed() {
        return stepsPassed;
    }

    public void setStepsPassed(List<StepPassed> stepsPassed) {
        this.stepsPassed = stepsPassed == null ? new ArrayList<>() : new ArrayList<>(stepsPassed);
    }

    @Schema(description = "the next time limit that applies and how it was computed; null when none runs")
    public Deadline getNextDeadline() {
        return nextDeadline;
    }

    public void setNextDeadline(Deadline nextDeadline) {
        this.nextDeadline = nextDeadline;
    }

    @Schema(description = "the steps the reader may take now")
    public List<CaseAction> getAllowedActions() {
        return allowedActions;
    }

    public void setAllowedActions(List<CaseAction> allowedActions) {
        this.allowedActions = allowedActions == null ? new ArrayList<>() : new ArrayList<>(allowedActions);
    }

    @Schema(description = "性质: decides the path at triage.")
    public Nature getNature() {
        return nature;
    }

    public void setNature(Nature nature) {
        this.nature = nature;
    }

    @Schema(description = "人数: people who came or signed the first time (person-visits of this batch).")
    public int getHeadCount() {
        return headCount;
    }

    public void setHeadCount(int headCount) {
        this.headCount = headCount;
    }

    @Schema(description = "集体访: five or more people; the petitioners listed are the representatives.")
    public boolean isCollective() {
        return collective;
    }

    public void setCollective(boolean collective) {
        this.collective = collective;
    }

    @Schema(description = "已到访层级: the level the petitioner had gone to before, when stated.")
    public PriorLevel getPriorLevel() {
        return priorLevel;
    }

    public void setPriorLevel(PriorLevel priorLevel) {
        this.priorLevel = priorLevel;
    }

    @Schema(description = "重信重访次数: later submissions linked to this case as repeats.")
    public int getRepeatCount() {
        return repeatCount;
    }

    public void setRepeatCount(int repeatCount) {
        this.repeatCount = repeatCount;
    }

    @Schema(description = "The repeat submissions, oldest first.")
    public List<RepeatSubmission> getRepeats() {
        return repeats;
    }

    public void setRepeats(List<RepeatSubmission> repeats) {
        this.repeats = repeats == null ? new ArrayList<>() : repeats;
    }

    @Schema(description = "法律援助: the legal-aid centre's reference for the offer of this redirected case; absent "
            + "when no legal-aid centre was live or none took it.")
    public String getLegalAidOffer() {
        return legalAidOffer;
    }

    public void setLegalAidOffer(String legalAidOffer) {
        this.legalAidOffer = legalAidOffer;
    }

    @Schema(description = "调解/和解协议: the agreement that ended the handling, when the matter was settled")
    public Settlement getSettlement() {
        return settlement;
    }

    public void setSettlement(Settlement settlement) {
        this.settlement = settlement;
    }

    @Schema(description = "Where the case's dispute stands at the grand-mediation centre (大调解中心), if it was sent there; shown while the centre is installed")
    public DisputeSummary getMediation() {
        return mediation;
    }

    public void setMediation(DisputeSummary mediation) {
        this.mediation = mediation;
    }

    @Schema(description = "收到日期: the day the petition reached the office; every statutory clock of the case runs from "
            + "it. Earlier than the registration day for a letter or referral registered late.")
    public LocalDate getReceivedOn() {
        return receivedOn;
    }

    public void setReceivedOn(LocalDate receivedOn) {
        this.receivedOn = receivedOn;
    }

    @Schema(description = "The petitioner's answers about how the matter was handled, given with the rating; kept apart "
            + "from it.")
    public ProcessFeedback getProcessFeedback() {
        return processFeedback;
    }

    public void setProcessFeedback(ProcessFeedback processFeedback) {
        this.processFeedback = processFeedback;
    }
}
