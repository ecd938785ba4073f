package org.tiaojie.cases.api.supervision;

import java.time.Instant;

import javax.xml.bind.annotation.XmlType;

import io.swagger.v3.oas.annotations.media.Schema;

/** A supervision action taken — 督办记录: by phone, letter or on-site visit, and what came of it. */
@XmlType(name = "supervisionAction")
@Schema(description = "A supervision action (督办记录): by phone, letter or on-site visit, and its result.")
public class SupervisionAction extends SupervisionRecord {
    private String noticeId;
    private ContactMethod method;
    private String result;
    private String recordedBy;
    private Instant recordedAt;

    @Schema(description = "The notice it followed up, if any.")
    public String getNoticeId() {
        return noticeId;
    }

    public void setNoticeId(String noticeId) {
        this.noticeId = noticeId;
    }

    @Schema(description = "How.")
    public ContactMethod getMethod() {
        return method;
    }

    public void setMethod(ContactMethod method) {
        this.method = method;
    }

    @Schema(description = "What came of it.")
    public String getResult() {
        return result;
    }

    public void setResult(String result) {
        this.result = result;
    }

    @Schema(description = "Who (login).")
    public String getRecordedBy() {
        return recordedBy;
    }

    public void setRecordedBy(String recordedBy) {
        this.recordedBy = recordedBy;
    }

    @Schema(description = "When.")
    public Instant getRecordedAt() {
        return recordedAt;
    }

    public void setRecordedAt(Instant recordedAt) {
        this.recordedAt = recordedAt;
    }
}
