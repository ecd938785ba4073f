package org.tiaojie.cases.api.supervision;

import javax.xml.bind.annotation.XmlType;

import io.swagger.v3.oas.annotations.media.Schema;

/** A unit's reply to a supervision notice. */
@XmlType(name = "noticeReply")
@Schema(description = "A unit's reply to a supervision notice.")
public class NoticeReply {
    private String reply;

    @Schema(maxLength = 2000, description = "What the unit did, or will do and by when; required.")
    public String getReply() {
        return reply;
    }

    public void setReply(String reply) {
        this.reply = reply;
    }
}
