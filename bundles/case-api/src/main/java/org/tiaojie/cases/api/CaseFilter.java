package org.tiaojie.cases.api;

import java.time.Instant;

/** Criteria for listing cases; every criterion is optional and they combine with AND. */
public class CaseFilter {
    private String township;
    private CaseStatus status;
    private String category;
    private Channel channel;
    private String department;
    private RoutingState routingState;
    private Instant registeredFrom;
    private Instant registeredTo;

    public String getTownship() {
        return township;
    }

    public CaseFilter setTownship(String township) {
        this.township = township;
        return this;
    }

    public CaseStatus getStatus() {
        return status;
    }

    public CaseFilter setStatus(CaseStatus status) {
        this.status = status;
        return this;
    }

    public String getCategory() {
        return category;
    }

    public CaseFilter setCategory(String category) {
        this.category = category;
        return this;
    }

    public Channel getChannel() {
        return channel;
    }

    public CaseFilter setChannel(Channel channel) {
        this.channel = channel;
        return this;
    }

    public String getDepartment() {
        return department;
    }

    public CaseFilter setDepartment(String department) {
        this.department = department;
        return this;
    }

    public RoutingState getRoutingState() {
        return routingState;
    }

    public CaseFilter setRoutingState(RoutingState routingState) {
        this.routingState = routingState;
        return this;
    }

    /** Inclusive lower bound of the registration time. */
    public Instant getRegisteredFrom() {
        return registeredFrom;
    }

    public CaseFilter setRegisteredFrom(Instant registeredFrom) {
        this.registeredFrom = registeredFrom;
        return this;
    }

    /** Exclusive upper bound of the registration time. */
    public Instant getRegisteredTo() {
        return registeredTo;
    }

    public CaseFilter setRegisteredTo(Instant registeredTo) {
        this.registeredTo = registeredTo;
        return this;
    }
}
