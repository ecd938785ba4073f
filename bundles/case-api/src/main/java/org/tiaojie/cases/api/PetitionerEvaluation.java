package org.tiaojie.cases.api;

import javax.xml.bind.annotation.XmlType;

import io.swagger.v3.oas.annotations.media.Schema;

/** The petitioner's evaluation with the query code — 满意度评价 (条例 Art 22): the rating of the handling, and apart from it the answers about the process. */
@XmlType(name = "petitionerEvaluation")
@Schema(description = "The petitioner's evaluation of the handling with the query code: the rating, and apart from it the answers about the process.")
public class PetitionerEvaluation {
    private Evaluation evaluation;
    private ProcessFeedback process;

    @Schema(description = "The rating: SATISFIED, BASICALLY_SATISFIED or DISSATISFIED; required.")
    public Evaluation getEvaluation() {
        return evaluation;
    }

    public void setEvaluation(Evaluation evaluation) {
        this.evaluation = evaluation;
    }

    @Schema(description = "Optional answers about how the matter was handled.")
    public ProcessFeedback getProcess() {
        return process;
    }

    public void setProcess(ProcessFeedback process) {
        this.process = process;
    }
}
