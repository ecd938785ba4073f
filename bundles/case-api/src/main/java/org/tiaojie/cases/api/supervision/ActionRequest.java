package org.tiaojie.cases.api.supervision;

import javax.xml.bind.annotation.XmlType;

import io.swagger.v3.oas.annotations.media.Schema;

/** A supervision action to record. */
@XmlType(name = "actionRequest")
@Schema(description = "A supervision action to record.")
public class ActionRequest {
    private String caseId;
    private String noticeId;
    private ContactMethod method;
    private String result;

    @Schema(maxLength = 36, description = "The case; required.")
    public String getCaseId() {
        return caseId;
    }

    public void setCaseId(String caseId) {
        this.caseId = caseId;
    }

    @Schema(maxLength = 36, description = "The notice it follows up, if any (of the same case).")
    public String getNoticeId() {
        return noticeId;
    }

    public void setNoticeId(String noticeId) {
        this.noticeId = noticeId;
    }

    @Schema(description = "How; required.")
    public ContactMethod getMethod() {
        return method;
    }

    public void setMethod(ContactMethod method) {
        this.method = method;
    }

    @Schema(maxLength = 2000, description = "What came of it; required.")
    public String getResult() {
        return result;
    }

    public void setResult(String result) {
        this.result = result;
    }
}
