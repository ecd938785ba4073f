package org.tiaojie.cases.api;

import java.time.Instant;
import javax.xml.bind.annotation.XmlType;

import io.swagger.v3.oas.annotations.media.Schema;

/** A new query code for a case — 查询码补发: the old code stops working at once. */
@XmlType(name = "queryCodeIssue")
@Schema(description = "A new query code for a case; the old one stops working at once.")
public class QueryCodeIssue {
    private String caseId;
    private String caseNumber;
    private String queryCode;
    private Instant issuedAt;

    @Schema(description = "The case.")
    public String getCaseId() {
        return caseId;
    }

    public void setCaseId(String caseId) {
        this.caseId = caseId;
    }

    @Schema(description = "The case's number.")
    public String getCaseNumber() {
        return caseNumber;
    }

    public void setCaseNumber(String caseNumber) {
        this.caseNumber = caseNumber;
    }

    @Schema(description = "The new query code, for the petitioner's new slip.")
    public String getQueryCode() {
        return queryCode;
    }

    public void setQueryCode(String queryCode) {
        this.queryCode = queryCode;
    }

    @Schema(description = "When it was issued.")
    public Instant getIssuedAt() {
        return issuedAt;
    }

    public void setIssuedAt(Instant issuedAt) {
        this.issuedAt = issuedAt;
    }
}
