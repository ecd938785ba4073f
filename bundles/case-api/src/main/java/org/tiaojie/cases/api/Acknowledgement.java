package org.tiaojie.cases.api;

import java.time.Instant;

import javax.xml.bind.annotation.XmlType;

/**
 * The receipt of a registration — 登记回执: the case number to quote and the query code with which the
 * petitioner follows progress without an account.
 */
@XmlType(name = "acknowledgement")
public class Acknowledgement {
    private String caseId;
    private String caseNumber;
    private String queryCode;
    private Instant registeredAt;
    private String township;
    private RoutingState routingState;
    private String department;
    private boolean replayed;

    public String getCaseId() {
        return caseId;
    }

    public void setCaseId(String caseId) {
        this.caseId = caseId;
    }

    /** Human case number, unique per township and year, e.g. {@code 341122101-2026-000017}. */
    public String getCaseNumber() {
        return caseNumber;
    }

    public void setCaseNumber(String caseNumber) {
        this.caseNumber = caseNumber;
    }

    /** 查询码: unguessable; given only to the petitioner on this receipt. */
    public String getQueryCode() {
        return queryCode;
    }

    public void setQueryCode(String queryCode) {
        this.queryCode = queryCode;
    }

    public Instant getRegisteredAt() {
        return registeredAt;
    }

    public void setRegisteredAt(Instant registeredAt) {
        this.registeredAt = registeredAt;
    }

    public String getTownship() {
        return township;
    }

    public void setTownship(String township) {
        this.township = township;
    }

    public RoutingState getRoutingState() {
        return routingState;
    }

    public void setRoutingState(RoutingState routingState) {
        this.routingState = routingState;
    }

    /** Department code the case was routed to, or null when unrouted. */
    public String getDepartment() {
        return department;
    }

    public void setDepartment(String department) {
        this.department = department;
    }

    /** True when the idempotency key matched an earlier submission and no new case was created. */
    public boolean isReplayed() {
        return replayed;
    }

    public void setReplayed(boolean replayed) {
        this.replayed = replayed;
    }
}
