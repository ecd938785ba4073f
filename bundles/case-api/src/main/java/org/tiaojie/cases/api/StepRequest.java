package org.tiaojie.cases.api;

import java.time.LocalDate;
import javax.xml.bind.annotation.XmlType;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * One step of a case's statutory path, as staff record it. Only the fields the step needs are read;
 * the rest must be empty. {@code expectedVersion}, when given, must equal the case's version (optimistic
 * locking: a stale screen gets CONFLICT instead of overwriting someone else's step).
 */
@XmlType(name = "stepRequest")
@Schema(description = "One step of a case's statutory path, as staff record it. Only the fields the step needs "
        + "are read; the rest must be empty. `expectedVersion`, when given, must equal the case's "
        + "version (optimistic locking: a stale screen gets CONFLICT instead of overwriting someone "
        + "else's step).")
public class StepRequest {
    private CaseAction action;
    private Long expectedVersion;
    private LocalDate occurredOn;
    private String note;
    private String body;
    private LegalRoute legalRoute;
    private Responsibility responsibility;
    private Integer days;
    private ServiceMethod serviceMethod;
    private WrittenOpinion opinion;
    private Evaluation evaluation;
    private ReviewOutcome reviewOutcome;
    private Nature nature;
    private Settlement settlement;

    @Schema(description = "the step; required")
    public CaseAction getAction() {
        return action;
    }

    public void setAction(CaseAction action) {
        this.action = action;
    }

    @Schema(description = "the case version the actor saw")
    public Long getExpectedVersion() {
        return expectedVersion;
    }

    public void setExpectedVersion(Long expectedVersion) {
        this.expectedVersion = expectedVersion;
    }

    @Schema(description = "when it happened; default today. Not in the future, not before the previous step (the first step: not before "
            + "the day received). Service and request dates start review windows")
    public LocalDate getOccurredOn() {
        return occurredOn;
    }

    public void setOccurredOn(LocalDate occurredOn) {
        this.occurredOn = occurredOn;
    }

    @Schema(maxLength = 2000, description = "reason or remarks; required for CLASSIFY, DECLINE, EXTEND, REDIRECT, TRANSFER, "
            + "REFER_TO_DISCIPLINE")
    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    @Schema(maxLength = 200, description = "the receiving body for TRANSFER / REFER_TO_DISCIPLINE, the deciding body for reviews")
    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    @Schema(description = "REDIRECT: the legal procedure the matter belongs to")
    public LegalRoute getLegalRoute() {
        return legalRoute;
    }

    public void setLegalRoute(LegalRoute legalRoute) {
        this.legalRoute = legalRoute;
    }

    @Schema(description = "DISPATCH and DECIDE_DECLINE: who answers for the case")
    public Responsibility getResponsibility() {
        return responsibility;
    }

    public void setResponsibility(Responsibility responsibility) {
        this.responsibility = responsibility;
    }

    @Schema(description = "EXTEND: extra days (at most the configured maximum, 30 by statute)")
    public Integer getDays() {
        return days;
    }

    public void setDays(Integer days) {
        this.days = days;
    }

    @Schema(description = "ACCEPT (notice of receipt), SERVE, SERVE_REVIEW_DECISION, SERVE_RE_REVIEW_DECISION: how the document "
            + "reached the petitioner")
    public ServiceMethod getServiceMethod() {
        return serviceMethod;
    }

    public void setServiceMethod(ServiceMethod serviceMethod) {
        this.serviceMethod = serviceMethod;
    }

    @Schema(description = "ISSUE_OPINION: the written opinion")
    public WrittenOpinion getOpinion() {
        return opinion;
    }

    public void setOpinion(WrittenOpinion opinion) {
        this.opinion = opinion;
    }

    @Schema(description = "EVALUATE: the petitioner's rating")
    public Evaluation getEvaluation() {
        return evaluation;
    }

    public void setEvaluation(Evaluation evaluation) {
        this.evaluation = evaluation;
    }

    @Schema(description = "DECIDE_REVIEW / DECIDE_RE_REVIEW: the decision")
    public ReviewOutcome getReviewOutcome() {
        return reviewOutcome;
    }

    public void setReviewOutcome(ReviewOutcome reviewOutcome) {
        this.reviewOutcome = reviewOutcome;
    }

    @Schema(description = "CLASSIFY: the nature the matter really has")
    public Nature getNature() {
        return nature;
    }

    public void setNature(Nature nature) {
        this.nature = nature;
    }

    @Schema(description = "SETTLE: the agreement, with both parties' consent")
    public Settlement getSettlement() {
        return settlement;
    }

    public void setSettlement(Settlement settlement) {
        this.settlement = settlement;
    }
}
