package org.tiaojie.cases.api;

import javax.xml.bind.annotation.XmlType;

import io.swagger.v3.oas.annotations.media.Schema;

/** The petitioner's answers about how the matter was handled — 过程评价, kept apart from the rating of the result, so that a county can tell dissatisfaction with the result from dissatisfaction with the handling. Each answer is optional. */
@XmlType(name = "processFeedback")
@Schema(description = "The petitioner's answers about how the matter was handled, kept apart from the rating of the result; each optional.")
public class ProcessFeedback {
    private Boolean heard;
    private Boolean toldInTime;
    private Boolean decisionExplained;

    @Schema(description = "Was I heard: could I say all I had to say?")
    public Boolean getHeard() {
        return heard;
    }

    public void setHeard(Boolean heard) {
        this.heard = heard;
    }

    @Schema(description = "Was I told in time what happened to my petition?")
    public Boolean getToldInTime() {
        return toldInTime;
    }

    public void setToldInTime(Boolean toldInTime) {
        this.toldInTime = toldInTime;
    }

    @Schema(description = "Was the decision explained to me?")
    public Boolean getDecisionExplained() {
        return decisionExplained;
    }

    public void setDecisionExplained(Boolean decisionExplained) {
        this.decisionExplained = decisionExplained;
    }
}
