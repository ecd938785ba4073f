package org.tiaojie.legalaid.internal.jpa;

import java.time.Instant;

import javax.persistence.AttributeOverride;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Table;

import org.tiaojie.records.internal.HistoryLine;

/** One step of an application's file — 案卷记录: a history line with its note. Insert-only. */
@Entity
@Table(name = "TJ_LA_HISTORY")
@AttributeOverride(name = "recordId", column = @Column(name = "APPLICATION_ID", length = 36, nullable = false,
        updatable = false))
public class HistoryEntity extends HistoryLine {
    @Column(name = "NOTE", length = 2000, updatable = false)
    private String note;

    public HistoryEntity() {
    }

    public HistoryEntity(String applicationId, Instant at, String actor, String action, String note) {
        super(applicationId, at, actor, action);
        this.note = note;
    }

    public String getNote() {
        return note;
    }
}
