package org.tiaojie.cases.api.mediation;

import java.time.Instant;
import java.time.LocalDate;

import javax.xml.bind.annotation.XmlType;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * One attempt at resolving a dispute in one channel: the channel's record and where it stands.
 */
@XmlType(name = "mediationAttempt")
@Schema(description = "One attempt in one channel and where it stands.")
public class MediationAttempt {
    private String channel;
    private String stage;
    private String sector;
    private String recordId;
    private String recordNumber;
    private String status;
    private boolean live;
    private LocalDate dueOn;
    private boolean overdue;
    private String calendarWarning;
    private Instant sentAt;

    @Schema(description = "PEOPLE, ADMINISTRATIVE or JUDICIAL")
    public String getChannel() {
        return channel;
    }

    public void setChannel(String channel) {
        this.channel = channel;
    }

    @Schema(description = "Administrative mediation: the sector whose department mediates")
    public String getSector() {
        return sector;
    }

    public void setSector(String sector) {
        this.sector = sector;
    }

    @Schema(description = "Judicial mediation only: the stage, e.g. CONFIRMATION for a judicial-confirmation request")
    public String getStage() {
        return stage;
    }

    public void setStage(String stage) {
        this.stage = stage;
    }

    @Schema(description = "The channel's record id")
    public String getRecordId() {
        return recordId;
    }

    public void setRecordId(String recordId) {
        this.recordId = recordId;
    }

    @Schema(description = "The channel's record number")
    public String getRecordNumber() {
        return recordNumber;
    }

    public void setRecordNumber(String recordNumber) {
        this.recordNumber = recordNumber;
    }

    @Schema(description = "The record's status, as last seen")
    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    @Schema(description = "The channel is installed now, so status is current; otherwise the last status seen")
    public boolean isLive() {
        return live;
    }

    public void setLive(boolean live) {
        this.live = live;
    }

    @Schema(description = "The channel's current time limit, if any")
    public LocalDate getDueOn() {
        return dueOn;
    }

    public void setDueOn(LocalDate dueOn) {
        this.dueOn = dueOn;
    }

    @Schema(description = "The time limit has passed")
    public boolean isOverdue() {
        return overdue;
    }

    public void setOverdue(boolean overdue) {
        this.overdue = overdue;
    }

    @Schema(description = "When the centre sent the dispute there")
    public Instant getSentAt() {
        return sentAt;
    }

    public void setSentAt(Instant sentAt) {
        this.sentAt = sentAt;
    }

    @Schema(description = "Set when a date shown reaches into a year whose official calendar is not loaded: it then "
            + "knows only weekends and may move when the year is loaded. Null otherwise.")
    public String getCalendarWarning() {
        return calendarWarning;
    }

    public void setCalendarWarning(String calendarWarning) {
        this.calendarWarning = calendarWarning;
    }
}
