package org.tiaojie.cases.api.supervision;

import java.time.Instant;

import javax.xml.bind.annotation.XmlType;

import io.swagger.v3.oas.annotations.media.Schema;
import org.tiaojie.cases.api.Evaluation;

/** A return visit to the petitioner — 回访: how the matter ended for them, and whether they are satisfied. */
@XmlType(name = "returnVisit")
@Schema(description = "A return visit to the petitioner (回访): the outcome and whether the petitioner is satisfied.")
public class ReturnVisit extends SupervisionRecord {
    private ContactMethod method;
    private String outcome;
    private Evaluation satisfaction;
    private String visitedBy;
    private Instant visitedAt;

    @Schema(description = "How the petitioner was reached.")
    public ContactMethod getMethod() {
        return method;
    }

    public void setMethod(ContactMethod method) {
        this.method = method;
    }

    @Schema(description = "How the matter stands for the petitioner.")
    public String getOutcome() {
        return outcome;
    }

    public void setOutcome(String outcome) {
        this.outcome = outcome;
    }

    @Schema(description = "Whether the petitioner is satisfied.")
    public Evaluation getSatisfaction() {
        return satisfaction;
    }

    public void setSatisfaction(Evaluation satisfaction) {
        this.satisfaction = satisfaction;
    }

    @Schema(description = "Who (login).")
    public String getVisitedBy() {
        return visitedBy;
    }

    public void setVisitedBy(String visitedBy) {
        this.visitedBy = visitedBy;
    }

    @Schema(description = "When.")
    public Instant getVisitedAt() {
        return visitedAt;
    }

    public void setVisitedAt(Instant visitedAt) {
        this.visitedAt = visitedAt;
    }
}
