package org.tiaojie.cases.api.supervision;

import javax.xml.bind.annotation.XmlType;

import io.swagger.v3.oas.annotations.media.Schema;
import org.tiaojie.cases.api.Evaluation;

/** A return visit to record. */
@XmlType(name = "returnVisitRequest")
@Schema(description = "A return visit to record.")
public class ReturnVisitRequest {
    private String caseId;
    private ContactMethod method;
    private String outcome;
    private Evaluation satisfaction;

    @Schema(maxLength = 36, description = "The case; required.")
    public String getCaseId() {
        return caseId;
    }

    public void setCaseId(String caseId) {
        this.caseId = caseId;
    }

    @Schema(description = "How the petitioner was reached; required.")
    public ContactMethod getMethod() {
        return method;
    }

    public void setMethod(ContactMethod method) {
        this.method = method;
    }

    @Schema(maxLength = 2000, description = "How the matter stands for the petitioner; required.")
    public String getOutcome() {
        return outcome;
    }

    public void setOutcome(String outcome) {
        this.outcome = outcome;
    }

    @Schema(description = "Whether the petitioner is satisfied; required.")
    public Evaluation getSatisfaction() {
        return satisfaction;
    }

    public void setSatisfaction(Evaluation satisfaction) {
        this.satisfaction = satisfaction;
    }
}
