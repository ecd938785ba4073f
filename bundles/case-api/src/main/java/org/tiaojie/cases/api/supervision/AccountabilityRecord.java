package org.tiaojie.cases.api.supervision;

import java.time.Instant;

import javax.xml.bind.annotation.XmlType;

import io.swagger.v3.oas.annotations.media.Schema;

/** An accountability record — 问责记录: opened when a unit stalls or passes the ball, closed with its conclusion. */
@XmlType(name = "accountabilityRecord")
@Schema(description = "An accountability record (问责记录): opened by the platform when a unit stalls or passes the ball, closed by supervision with its conclusion.")
public class AccountabilityRecord extends SupervisionRecord {
    private AccountabilityTrigger trigger;
    private String unit;
    private String detail;
    private Instant openedAt;
    private boolean closed;
    private String conclusion;
    private String closedBy;
    private Instant closedAt;

    @Schema(description = "Why it was opened.")
    public AccountabilityTrigger getTrigger() {
        return trigger;
    }

    public void setTrigger(AccountabilityTrigger trigger) {
        this.trigger = trigger;
    }

    @Schema(description = "The unit it is about (department code).")
    public String getUnit() {
        return unit;
    }

    public void setUnit(String unit) {
        this.unit = unit;
    }

    @Schema(description = "What happened, as the platform saw it.")
    public String getDetail() {
        return detail;
    }

    public void setDetail(String detail) {
        this.detail = detail;
    }

    @Schema(description = "When it was opened.")
    public Instant getOpenedAt() {
        return openedAt;
    }

    public void setOpenedAt(Instant openedAt) {
        this.openedAt = openedAt;
    }

    @Schema(description = "Whether supervision has closed it.")
    public boolean isClosed() {
        return closed;
    }

    public void setClosed(boolean closed) {
        this.closed = closed;
    }

    @Schema(description = "The conclusion it was closed with.")
    public String getConclusion() {
        return conclusion;
    }

    public void setConclusion(String conclusion) {
        this.conclusion = conclusion;
    }

    @Schema(description = "Who closed it (login).")
    public String getClosedBy() {
        return closedBy;
    }

    public void setClosedBy(String closedBy) {
        this.closedBy = closedBy;
    }

    @Schema(description = "When.")
    public Instant getClosedAt() {
        return closedAt;
    }

    public void setClosedAt(Instant closedAt) {
        this.closedAt = closedAt;
    }
}
