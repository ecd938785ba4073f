package org.tiaojie.cases.api.supervision;

import java.time.LocalDate;

import javax.xml.bind.annotation.XmlType;

import io.swagger.v3.oas.annotations.media.Schema;

/** A supervision notice to issue. */
@XmlType(name = "noticeRequest")
@Schema(description = "A supervision notice to issue.")
public class NoticeRequest {
    private NoticeKind kind;
    private String caseId;
    private String unit;
    private String required;
    private LocalDate replyBy;

    @Schema(description = "交办函 or 督办函; required.")
    public NoticeKind getKind() {
        return kind;
    }

    public void setKind(NoticeKind kind) {
        this.kind = kind;
    }

    @Schema(maxLength = 36, description = "The case; required.")
    public String getCaseId() {
        return caseId;
    }

    public void setCaseId(String caseId) {
        this.caseId = caseId;
    }

    @Schema(maxLength = 40, description = "The unit (department code) that must reply; the case's department when absent.")
    public String getUnit() {
        return unit;
    }

    public void setUnit(String unit) {
        this.unit = unit;
    }

    @Schema(maxLength = 2000, description = "What the unit must do; required.")
    public String getRequired() {
        return required;
    }

    public void setRequired(String required) {
        this.required = required;
    }

    @Schema(description = "The date the reply is due: after today, at most 90 days ahead; required.")
    public LocalDate getReplyBy() {
        return replyBy;
    }

    public void setReplyBy(LocalDate replyBy) {
        this.replyBy = replyBy;
    }
}
