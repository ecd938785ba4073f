package org.tiaojie.cases.api.document;

import java.time.Instant;

import javax.xml.bind.annotation.XmlType;

import io.swagger.v3.oas.annotations.media.Schema;

/** One document issued for a case — 发文登记: numbered and written to the case's trail (DOCUMENT_ISSUED). */
@XmlType(name = "issuedDocument")
@Schema(description = "One document issued for a case, numbered and in the case's trail (DOCUMENT_ISSUED).")
public class IssuedDocument {
    private String caseId;
    private String caseNumber;
    private DocumentKind kind;
    private String number;
    private Instant issuedAt;
    private String issuedBy;
    private String queryCode;

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

    @Schema(description = "What was issued.")
    public DocumentKind getKind() {
        return kind;
    }

    public void setKind(DocumentKind kind) {
        this.kind = kind;
    }

    @Schema(description = "The document's number (文号), e.g. 青信受〔2026〕3号; a supervision notice keeps its own.")
    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }

    @Schema(description = "When.")
    public Instant getIssuedAt() {
        return issuedAt;
    }

    public void setIssuedAt(Instant issuedAt) {
        this.issuedAt = issuedAt;
    }

    @Schema(description = "Who issued it (user id).")
    public String getIssuedBy() {
        return issuedBy;
    }

    public void setIssuedBy(String issuedBy) {
        this.issuedBy = issuedBy;
    }

    @Schema(description = "The case's current query code; only on a registration slip, never in the trail.")
    public String getQueryCode() {
        return queryCode;
    }

    public void setQueryCode(String queryCode) {
        this.queryCode = queryCode;
    }
}
