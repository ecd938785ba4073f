package org.tiaojie.cases.api;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.xml.bind.annotation.XmlType;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * What a petitioner sees with the query code — 办理进度查询 — without logging in: the status, the dates of
 * each step, the running time limit and the reply. Nothing about other people: no personal data, no
 * staff names.
 */
@XmlType(name = "progress")
@Schema(description = "What a petitioner sees with the query code — 办理进度查询 — without logging in: the status, the "
        + "dates of each step, the running time limit and the reply. Nothing about other people: no "
        + "personal data, no staff names.")
public class Progress {
    private Settlement settlement;
    private String caseNumber;
    private CaseStatus status;
    private LocalDate registeredOn;
    private LocalDate receivedOn;
    private LegalRoute legalRoute;
    private String routeGuidance;
    private List<StepPassed> stepsPassed = new ArrayList<>();
    private Deadline nextDeadline;
    private WrittenOpinion reply;
    private ReviewOutcome reviewOutcome;
    private ReviewOutcome reReviewOutcome;
    private Evaluation evaluation;
    private boolean canEvaluate;

    @Schema(description = "the case number")
    public String getCaseNumber() {
        return caseNumber;
    }

    public void setCaseNumber(String caseNumber) {
        this.caseNumber = caseNumber;
    }

    @Schema(description = "where the case stands")
    public CaseStatus getStatus() {
        return status;
    }

    public void setStatus(CaseStatus status) {
        this.status = status;
    }

    @Schema(description = "登记日期")
    public LocalDate getRegisteredOn() {
        return registeredOn;
    }

    public void setRegisteredOn(LocalDate registeredOn) {
        this.registeredOn = registeredOn;
    }

    @Schema(description = "the steps taken, oldest first (without who recorded them)")
    public List<StepPassed> getStepsPassed() {
        return stepsPassed;
    }

    public void setStepsPassed(List<StepPassed> stepsPassed) {
        this.stepsPassed = stepsPassed == null ? new ArrayList<>() : new ArrayList<>(stepsPassed);
    }

    @Schema(description = "the running time limit, if any")
    public Deadline getNextDeadline() {
        return nextDeadline;
    }

    public void setNextDeadline(Deadline nextDeadline) {
        this.nextDeadline = nextDeadline;
    }

    @Schema(description = "the written opinion once it is issued")
    public WrittenOpinion getReply() {
        return reply;
    }

    public void setReply(WrittenOpinion reply) {
        this.reply = reply;
    }

    @Schema(description = "复查 decision, if any")
    public ReviewOutcome getReviewOutcome() {
        return reviewOutcome;
    }

    public void setReviewOutcome(ReviewOutcome reviewOutcome) {
        this.reviewOutcome = reviewOutcome;
    }

    @Schema(description = "复核 decision, if any")
    public ReviewOutcome getReReviewOutcome() {
        return reReviewOutcome;
    }

    public void setReReviewOutcome(ReviewOutcome reReviewOutcome) {
        this.reReviewOutcome = reReviewOutcome;
    }

    @Schema(description = "调解/和解协议: the agreement that ended the handling, when the matter was settled")
    public Settlement getSettlement() {
        return settlement;
    }

    public void setSettlement(Settlement settlement) {
        this.settlement = settlement;
    }

    @Schema(description = "The day the petition reached the office; its clocks run from it.")
    public LocalDate getReceivedOn() {
        return receivedOn;
    }

    public void setReceivedOn(LocalDate receivedOn) {
        this.receivedOn = receivedOn;
    }

    @Schema(description = "For a matter steered into a legal procedure (诉访分离): which one.")
    public LegalRoute getLegalRoute() {
        return legalRoute;
    }

    public void setLegalRoute(LegalRoute legalRoute) {
        this.legalRoute = legalRoute;
    }

    @Schema(description = "For a redirected matter: the guidance given and the warning that petitioning does not stop "
            + "that procedure's own time limit (e.g. administrative reconsideration within 60 days).")
    public String getRouteGuidance() {
        return routeGuidance;
    }

    public void setRouteGuidance(String routeGuidance) {
        this.routeGuidance = routeGuidance;
    }

    @Schema(description = "The petitioner's own rating, once given.")
    public Evaluation getEvaluation() {
        return evaluation;
    }

    public void setEvaluation(Evaluation evaluation) {
        this.evaluation = evaluation;
    }

    @Schema(description = "Whether the petitioner may evaluate the handling now: the reply served (or the matter "
            + "settled) and not evaluated yet.")
    public boolean isCanEvaluate() {
        return canEvaluate;
    }

    public void setCanEvaluate(boolean canEvaluate) {
        this.canEvaluate = canEvaluate;
    }
}
