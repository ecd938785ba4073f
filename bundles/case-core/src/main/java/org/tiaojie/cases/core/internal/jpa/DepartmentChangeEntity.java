package org.tiaojie.cases.core.internal.jpa;

import java.time.Instant;
import java.util.Date;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Temporal;
import javax.persistence.TemporalType;

import org.tiaojie.records.internal.Times;

/**
 * An operator's enabling or disabling of a department for a township (REST or console), kept in the database so
 * that every node of a cluster follows it; insert-only, so it is also the record of who brought which department
 * online when.
 */
@Entity
@Table(name = "TJ_DEPARTMENT_CHANGE")
public class DepartmentChangeEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "SEQ")
    private long sequence;

    @Column(name = "TOWNSHIP", length = 20, nullable = false, updatable = false)
    private String township;

    @Column(name = "DEPARTMENT", length = 32, nullable = false, updatable = false)
    private String department;

    @Column(name = "ENABLED", nullable = false, updatable = false)
    private boolean enabled;

    @Column(name = "HANDLING_DAYS", updatable = false)
    private Integer handlingDays;

    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "CHANGED_AT", nullable = false, updatable = false)
    private Date changedAt;

    @Column(name = "CHANGED_BY", length = 64, nullable = false, updatable = false)
    private String changedBy;

    public DepartmentChangeEntity() {
    }

    public DepartmentChangeEntity(String township, String department, boolean enabled, Integer handlingDays,
                                  Instant changedAt, String changedBy) {
        this.township = township;
        this.department = department;
        this.enabled = enabled;
        this.handlingDays = handlingDays;
        this.changedAt = Times.toDate(changedAt);
        this.changedBy = changedBy;
    }

    public long getSequence() {
        return sequence;
    }

    public String getTownship() {
        return township;
    }

    public String getDepartment() {
        return department;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public Integer getHandlingDays() {
        return handlingDays;
    }

    public Instant getChangedAt() {
        return Times.toInstant(changedAt);
    }

    public String getChangedBy() {
        return changedBy;
    }
}
