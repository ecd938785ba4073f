package org.tiaojie.mediation.internal.jpa;

import java.time.Instant;

import javax.persistence.Column;
import javax.persistence.Entity;

import org.tiaojie.records.internal.HistoryLine;

/**
 * One step of a mediation file — 卷宗记录: a history line with its note; its table is named by the channel's
 * orm.xml, its record column is {@code RECORD_ID}. Insert-only.
 */
@Entity
public class StepEntity extends HistoryLine {
    /** Why, where the step needs a reason: the purpose of reading personal data. */
    @Column(name = "NOTE", length = 500, updatable = false)
    private String note;

    public StepEntity() {
    }

    public StepEntity(String recordId, Instant at, String actor, String action) {
        this(recordId, at, actor, action, null);
    }

    public StepEntity(String recordId, Instant at, String actor, String action, String note) {
        super(recordId, at, actor, action);
        this.note = note;
    }

    public String getNote() {
        return note;
    }
}
