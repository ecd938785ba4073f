package org.tiaojie.cases.api.supervision;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import javax.xml.bind.annotation.XmlType;

import io.swagger.v3.oas.annotations.media.Schema;

/** A supervision notice — 交办函 / 督办函: a matter of a case handed to a unit, what it must do, by when it replies, and its reply. */
@XmlType(name = "supervisionNotice")
@Schema(description = "A supervision notice (交办函 / 督办函): what a unit must do about a case, by when it replies, and the reply.")
public class SupervisionNotice extends SupervisionRecord {
    private String number;
    private NoticeKind kind;
    private String unit;
    private String required;
    private LocalDate replyBy;
    private NoticeStatus status;
    private String issuedBy;
    private Instant issuedAt;
    private String reply;
    private String repliedBy;
    private Instant repliedAt;
    private Instant lapsedAt;
    private List<String> deliveries = new ArrayList<>();

    @Schema(description = "Its document number, e.g. 督办〔2026〕3号 (gapless per kind and year).")
    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }

    @Schema(description = "交办函 or 督办函.")
    public NoticeKind getKind() {
        return kind;
    }

    public void setKind(NoticeKind kind) {
        this.kind = kind;
    }

    @Schema(description = "The unit (department code) that must reply.")
    public String getUnit() {
        return unit;
    }

    public void setUnit(String unit) {
        this.unit = unit;
    }

    @Schema(description = "What the unit must do.")
    public String getRequired() {
        return required;
    }

    public void setRequired(String required) {
        this.required = required;
    }

    @Schema(description = "The date the reply is due.")
    public LocalDate getReplyBy() {
        return replyBy;
    }

    public void setReplyBy(LocalDate replyBy) {
        this.replyBy = replyBy;
    }

    @Schema(description = "Where it stands.")
    public NoticeStatus getStatus() {
        return status;
    }

    public void setStatus(NoticeStatus status) {
        this.status = status;
    }

    @Schema(description = "Who issued it (login).")
    public String getIssuedBy() {
        return issuedBy;
    }

    public void setIssuedBy(String issuedBy) {
        this.issuedBy = issuedBy;
    }

    @Schema(description = "When.")
    public Instant getIssuedAt() {
        return issuedAt;
    }

    public void setIssuedAt(Instant issuedAt) {
        this.issuedAt = issuedAt;
    }

    @Schema(description = "The unit's reply.")
    public String getReply() {
        return reply;
    }

    public void setReply(String reply) {
        this.reply = reply;
    }

    @Schema(description = "Who replied (login).")
    public String getRepliedBy() {
        return repliedBy;
    }

    public void setRepliedBy(String repliedBy) {
        this.repliedBy = repliedBy;
    }

    @Schema(description = "When.")
    public Instant getRepliedAt() {
        return repliedAt;
    }

    public void setRepliedAt(Instant repliedAt) {
        this.repliedAt = repliedAt;
    }

    @Schema(description = "When its reply date passed unanswered and it was escalated.")
    public Instant getLapsedAt() {
        return lapsedAt;
    }

    public void setLapsedAt(Instant lapsedAt) {
        this.lapsedAt = lapsedAt;
    }

    @Schema(description = "Each channel's answer for each notice sent about it, oldest first, e.g. "
            + "`NOTICE_ISSUED email: DELIVERED: 2 addresses`.")
    public List<String> getDeliveries() {
        return deliveries;
    }

    public void setDeliveries(List<String> deliveries) {
        this.deliveries = deliveries;
    }
}
