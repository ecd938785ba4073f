package org.tiaojie.legalaid.internal.jpa;

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

/** One step of an application's file — 案卷记录: who, when, what, the note. Insert-only. */
@Entity
@Table(name = "TJ_LA_HISTORY")
public class HistoryEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "SEQ")
    private long sequence;

    @Column(name = "APPLICATION_ID", length = 36, nullable = false, updatable = false)
    private String applicationId;

    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "RECORDED_AT", nullable = false, updatable = false)
    private Date at;

    @Column(name = "ACTOR", length = 64, nullable = false, updatable = false)
    private String actor;

    @Column(name = "ACTION_NAME", length = 32, nullable = false, updatable = false)
    private String action;

    @Column(name = "NOTE", length = 2000, updatable = false)
    private String note;

    public HistoryEntity() {
    }

    public HistoryEntity(String applicationId, Instant at, String actor, String action, String note) {
        this.applicationId = applicationId;
        this.at = Date.from(at);
        this.actor = actor;
        this.action = action;
        this.note = note;
    }

    public String getAction() {
        return action;
    }
}
