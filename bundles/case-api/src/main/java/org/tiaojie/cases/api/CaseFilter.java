package org.tiaojie.cases.api;

import java.time.Instant;

import io.swagger.v3.oas.annotations.media.Schema;

/** Criteria for listing cases; every criterion is optional and they combine with AND. */
@Schema(description = "Criteria for listing cases; every criterion is optional and they combine with AND.")
public class CaseFilter {
    private String township;
    private CaseStatus status;
    private String category;
    private PetitionForm petitionForm;
    private String department;
    private RoutingState routingState;
    private Instant registeredFrom;
    private Instant registeredTo;
    private Boolean petitionOfficeQueue;
    private Boolean overdue;

    @Schema(description = "Only cases of this township (code).")
    public String getTownship() {
        return township;
    }

    public CaseFilter setTownship(String township) {
        this.township = township;
        return this;
    }

    @Schema(description = "Only cases in this status.")
    public CaseStatus getStatus() {
        return status;
    }

    public CaseFilter setStatus(CaseStatus status) {
        this.status = status;
        return this;
    }

    @Schema(description = "Only cases of this category code.")
    public String getCategory() {
        return category;
    }

    public CaseFilter setCategory(String category) {
        this.category = category;
        return this;
    }

    @Schema(description = "Only cases of this petition form (信访形式).")
    public PetitionForm getPetitionForm() {
        return petitionForm;
    }

    public CaseFilter setPetitionForm(PetitionForm petitionForm) {
        this.petitionForm = petitionForm;
        return this;
    }

    @Schema(description = "Only cases with this department (code).")
    public String getDepartment() {
        return department;
    }

    public CaseFilter setDepartment(String department) {
        this.department = department;
        return this;
    }

    @Schema(description = "Only cases in this routing state, e.g. UNROUTED for the petition office queue.")
    public RoutingState getRoutingState() {
        return routingState;
    }

    public CaseFilter setRoutingState(RoutingState routingState) {
        this.routingState = routingState;
        return this;
    }

    @Schema(description = "Inclusive lower bound of the registration time.")
    public Instant getRegisteredFrom() {
        return registeredFrom;
    }

    public CaseFilter setRegisteredFrom(Instant registeredFrom) {
        this.registeredFrom = registeredFrom;
        return this;
    }

    @Schema(description = "Exclusive upper bound of the registration time.")
    public Instant getRegisteredTo() {
        return registeredTo;
    }

    public CaseFilter setRegisteredTo(Instant registeredTo) {
        this.registeredTo = registeredTo;
        return this;
    }

    @Schema(description = "true: only the petition office queue — cases without a live department (UNROUTED or "
            + "DEPARTMENT_OFFLINE) that wait for routing or reassignment.")
    public Boolean getPetitionOfficeQueue() {
        return petitionOfficeQueue;
    }

    public CaseFilter setPetitionOfficeQueue(Boolean petitionOfficeQueue) {
        this.petitionOfficeQueue = petitionOfficeQueue;
        return this;
    }

    @Schema(description = "true: only cases whose running time limit (triage, handling, decision) has passed; "
            + "false: only those on time or without a running limit.")
    public Boolean getOverdue() {
        return overdue;
    }

    public CaseFilter setOverdue(Boolean overdue) {
        this.overdue = overdue;
        return this;
    }
}
