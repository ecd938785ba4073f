package org.tiaojie.cases.api.mediation;

import javax.xml.bind.annotation.XmlType;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * Where a petition case's dispute stands in mediation, as the case shows it.
 */
@XmlType(name = "disputeSummary")
@Schema(description = "Where the case's dispute stands in mediation.")
public class DisputeSummary {
    private String disputeId;
    private String number;
    private String status;
    private String channel;
    private String recordNumber;
    private String recordStatus;

    @Schema(description = "The dispute at the grand-mediation centre")
    public String getDisputeId() {
        return disputeId;
    }

    public void setDisputeId(String disputeId) {
        this.disputeId = disputeId;
    }

    @Schema(description = "Its number")
    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }

    @Schema(description = "Its status (see Dispute.status)")
    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    @Schema(description = "The channel of the current attempt")
    public String getChannel() {
        return channel;
    }

    public void setChannel(String channel) {
        this.channel = channel;
    }

    @Schema(description = "The channel's record number")
    public String getRecordNumber() {
        return recordNumber;
    }

    public void setRecordNumber(String recordNumber) {
        this.recordNumber = recordNumber;
    }

    @Schema(description = "The record's status")
    public String getRecordStatus() {
        return recordStatus;
    }

    public void setRecordStatus(String recordStatus) {
        this.recordStatus = recordStatus;
    }
}
