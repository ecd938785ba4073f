package org.tiaojie.mediation.internal.jpa;

import java.time.Instant;
import java.util.Date;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Temporal;
import javax.persistence.TemporalType;

/** One step of a mediation file: who, when, what. Insert-only; its table is named by the channel's orm.xml. */
@Entity
public class StepEntity {
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

    @Column(name = "ACTION_NAME", length = 32, nullable = false, updatable = false)
    private String action;

    /** Why, where the step needs a reason: the purpose of reading personal data. */
    @Column(name = "NOTE", length = 500, updatable = false)
    private String note;

    public StepEntity() {
    }

    public StepEntity(String recordId, Instant at, String actor, String action) {
        this(recordId, at, actor, action, null);
    }

    public StepEntity(String recordId, Instant at, String actor, String action, String note) {
        this.recordId = recordId;
        this.at = Date.from(at);
        this.actor = actor;
        this.action = action;
        this.note = note;
    }
}
