package org.tiaojie.cases.api;

import java.time.Instant;

import javax.xml.bind.annotation.XmlType;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The receipt of a registration — 登记回执: the case number to quote and the query code with which the
 * petitioner follows progress without an account.
 */
@XmlType(name = "acknowledgement")
@Schema(description = "The receipt of a registration — 登记回执: the case number to quote and the query code with "
        + "which the petitioner follows progress without an account.")
public class Acknowledgement {
    private String caseId;
    private String caseNumber;
    private String queryCode;
    private Instant registeredAt;
    private String township;
    private RoutingState routingState;
    private String department;
    private boolean replayed;
    private RegistrationOutcome outcome;
    private int repeatCount;

    @Schema(description = "The case the submission is now part of: the new case, or the earlier one it repeats.")
    public String getCaseId() {
        return caseId;
    }

    public void setCaseId(String caseId) {
        this.caseId = caseId;
    }

    @Schema(description = "Human case number, unique per township and year, e.g. `341122101-2026-000017`.")
    public String getCaseNumber() {
        return caseNumber;
    }

    public void setCaseNumber(String caseNumber) {
        this.caseNumber = caseNumber;
    }

    @Schema(description = "查询码: unguessable; given only to the petitioner on this receipt. Absent when the "
            + "submission was linked as a repeat: the petitioner keeps the code of the first receipt.")
    public String getQueryCode() {
        return queryCode;
    }

    public void setQueryCode(String queryCode) {
        this.queryCode = queryCode;
    }

    @Schema(description = "When the case was registered (for a repeat: the earlier case).")
    public Instant getRegisteredAt() {
        return registeredAt;
    }

    public void setRegisteredAt(Instant registeredAt) {
        this.registeredAt = registeredAt;
    }

    @Schema(description = "Code of the township the case belongs to.")
    public String getTownship() {
        return township;
    }

    public void setTownship(String township) {
        this.township = township;
    }

    @Schema(description = "Whether a live department has the case.")
    public RoutingState getRoutingState() {
        return routingState;
    }

    public void setRoutingState(RoutingState routingState) {
        this.routingState = routingState;
    }

    @Schema(description = "Department code the case was routed to, or null when unrouted.")
    public String getDepartment() {
        return department;
    }

    public void setDepartment(String department) {
        this.department = department;
    }

    @Schema(description = "True when the idempotency key matched an earlier submission and no new case was created.")
    public boolean isReplayed() {
        return replayed;
    }

    public void setReplayed(boolean replayed) {
        this.replayed = replayed;
    }

    @Schema(description = "New case, or linked to an earlier one as a repeat petition (重信重访).")
    public RegistrationOutcome getOutcome() {
        return outcome;
    }

    public void setOutcome(RegistrationOutcome outcome) {
        this.outcome = outcome;
    }

    @Schema(description = "How many repeat submissions the case has now (0 for a new case).")
    public int getRepeatCount() {
        return repeatCount;
    }

    public void setRepeatCount(int repeatCount) {
        this.repeatCount = repeatCount;
    }
}
