package org.tiaojie.records.internal;

import java.time.Instant;
import java.util.Date;

import javax.persistence.Column;
import javax.persistence.EntityListeners;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.MappedSuperclass;
import javax.persistence.PreRemove;
import javax.persistence.PreUpdate;
import javax.persistence.Temporal;
import javax.persistence.TemporalType;

/**
 * One line of a record's history — 档案记录: who did what to which record, and when. Every bundle that owns records
 * keeps their history as lines of this shape (a case's audit trail, a mediation file's steps, a legal-aid
 * application's file), each in a table of its own; the subclass names the table, the column that holds the record's
 * id ({@code @AttributeOverride} of {@code recordId}) and what else a line carries (a note, the state before and
 * after).
 *
 * <p>Insert-only: every column is written once and the listener refuses updates and removals, so no code path can
 * rewrite history.
 */
@MappedSuperclass
@EntityListeners(HistoryLine.InsertOnly.class)
public abstract class HistoryLine {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "SEQ")
    private long sequence;

    @Column(name = "RECORD_ID", length = 36, nullable = false, updatable = false)
    private String recordId;

    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "RECORDED_AT", nullable = false, updatable = false)
    private Date at;

    @Column(name = "ACTOR", length = 64, nullable = false, updatable = false)
    private String actor;

    @Column(name = "ACTION_NAME", length = 40, nullable = false, updatable = false)
    private String action;

    protected HistoryLine() {
    }

    protected HistoryLine(String recordId, Instant at, String actor, String action) {
        this.recordId = recordId;
        this.at = Times.toDate(at);
        this.actor = actor;
        this.action = action;
    }

    /** The line's place in the table: later lines have higher numbers. */
    public long getSequence() {
        return sequence;
    }

    /** The record the line belongs to. */
    public String getRecordId() {
        return recordId;
    }

    public Instant getAt() {
        return Times.toInstant(at);
    }

    public String getActor() {
        return actor;
    }

    public String getAction() {
        return action;
    }

    /** Refuses any change to a written line. */
    public static class InsertOnly {
        @PreUpdate
        @PreRemove
        void refuse(HistoryLine line) {
            throw new IllegalStateException("history is insert-only (" + line.getClass().getSimpleName() + " "
                    + line.getSequence() + ")");
        }
    }
}
