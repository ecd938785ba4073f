package org.tiaojie.cases.core.internal.jpa;

import java.time.Instant;
import java.util.Date;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EntityListeners;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Lob;
import javax.persistence.PreRemove;
import javax.persistence.PreUpdate;
import javax.persistence.Table;
import javax.persistence.Temporal;
import javax.persistence.TemporalType;

/**
 * One line of the archive — 档案记录. Append-only: every column is insert-only and the entity refuses
 * updates and removals, so no code path can rewrite history.
 */
@Entity
@EntityListeners(AuditEntryEntity.AppendOnly.class)
@Table(name = "TJ_AUDIT")
public class AuditEntryEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "SEQ")
    private long sequence;

    @Column(name = "CASE_ID", length = 36, nullable = false, updatable = false)
    private String caseId;

    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "RECORDED_AT", nullable = false, updatable = false)
    private Date at;

    /** The real time, when the platform's clock was a training clock set away from it; null otherwise. */
    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "REAL_AT", updatable = false)
    private Date realAt;

    @Column(name = "ACTOR", length = 64, nullable = false, updatable = false)
    private String actor;

    @Column(name = "ACTION_NAME", length = 40, nullable = false, updatable = false)
    private String action;

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
        this.caseId = caseId;
        this.at = at == null ? null : Date.from(at);
        this.realAt = realAt == null ? null : Date.from(realAt);
        this.actor = actor;
        this.action = action;
        this.before = before;
        this.after = after;
    }

    public long getSequence() {
        return sequence;
    }

    public String getCaseId() {
        return caseId;
    }

    public Instant getAt() {
        return at == null ? null : at.toInstant();
    }

    public Instant getRealAt() {
        return realAt == null ? null : realAt.toInstant();
    }

    public String getActor() {
        return actor;
    }

    public String getAction() {
        return action;
    }

    public String getBefore() {
        return before;
    }

    public String getAfter() {
        return after;
    }

    /** Refuses any change to a written entry. */
    public static class AppendOnly {
        @PreUpdate
        @PreRemove
        void refuse(AuditEntryEntity entry) {
            throw new IllegalStateException("audit entries are append-only (entry " + entry.getSequence() + ")");
        }
    }
}
