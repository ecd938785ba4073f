package org.tiaojie.cases.api;

import java.time.LocalDate;
import javax.xml.bind.annotation.XmlType;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The written opinion on a petition — 信访处理意见书 (《信访工作条例》 art. 32): the request, the facts
 * and reasons, the decision with its legal basis, and how and by when to ask for review.
 */
@XmlType(name = "writtenOpinion")
@Schema(description = "The written opinion on a petition — 信访处理意见书 (《信访工作条例》 art. 32): the request, the facts "
        + "and reasons, the decision with its legal basis, and how and by when to ask for review.")
public class WrittenOpinion {
    private String request;
    private String facts;
    private OpinionDecision decision;
    private String legalBasis;
    private String reviewGuidance;
    private LocalDate issuedOn;

    @Schema(maxLength = 2000, description = "信访请求: what the petitioner asked for")
    public String getRequest() {
        return request;
    }

    public void setRequest(String request) {
        this.request = request;
    }

    @Schema(maxLength = 4000, description = "查明事实与理由")
    public String getFacts() {
        return facts;
    }

    public void setFacts(String facts) {
        this.facts = facts;
    }

    @Schema(description = "处理决定")
    public OpinionDecision getDecision() {
        return decision;
    }

    public void setDecision(OpinionDecision decision) {
        this.decision = decision;
    }

    @Schema(maxLength = 2000, description = "法律政策依据")
    public String getLegalBasis() {
        return legalBasis;
    }

    public void setLegalBasis(String legalBasis) {
        this.legalBasis = legalBasis;
    }

    @Schema(maxLength = 1000, description = "复查告知: to whom and within how many days a review may be requested")
    public String getReviewGuidance() {
        return reviewGuidance;
    }

    public void setReviewGuidance(String reviewGuidance) {
        this.reviewGuidance = reviewGuidance;
    }

    @Schema(description = "出具日期")
    public LocalDate getIssuedOn() {
        return issuedOn;
    }

    public void setIssuedOn(LocalDate issuedOn) {
        this.issuedOn = issuedOn;
    }
}
