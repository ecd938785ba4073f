package org.tiaojie.cases.core.internal.jpa;

import java.time.Instant;
import java.util.Date;

import javax.persistence.AttributeOverride;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Lob;
import javax.persistence.Table;
import javax.persistence.Temporal;
import javax.persistence.TemporalType;

import org.tiaojie.records.internal.HistoryLine;
import org.tiaojie.records.internal.Times;

/**
 * One line of a case's audit trail — 档案记录: a history line with the case's state before and after the step, and
 * the real time when a training clock was set away from it. Insert-only, as every history line.
 */
@Entity
@Table(name = "TJ_AUDIT")
@AttributeOverride(name = "recordId", column = @Column(name = "CASE_ID", length = 36, nullable = false, updatable = false))
public class AuditEntryEntity extends HistoryLine {

    /** The real time, when the platform's clock was a training clock set away from it; null otherwise. */
    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "REAL_AT", updatable = false)
    private Date realAt;

    // Large objects: the audit holds whatever a valid step carries (several fields of up to 2,000 characters each).
    @Lob
    @Column(name = "BEFORE_STATE", updatable = false)
    private String before;

    @Lob
    @Column(name = "AFTER_STATE", updatable = false)
    private String after;

    public AuditEntryEntity() {
    }

    public AuditEntryEntity(String caseId, Instant at, Instant realAt, String actor, String action, String before,
                            String after) {
        super(caseId, at, actor, action);
        this.realAt = Times.toDate(realAt);
        this.before = before;
        this.after = after;
    }

    public String getCaseId() {
        return getRecordId();
    }

    public Instant getRealAt() {
        return Times.toInstant(realAt);
    }

    public String getBefore() {
        return before;
    }

    public String getAfter() {
        return after;
    }
}
