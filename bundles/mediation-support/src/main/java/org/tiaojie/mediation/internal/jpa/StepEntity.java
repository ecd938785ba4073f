package org.tiaojie.mediation.internal.jpa;

import java.time.Instant;
import java.time.LocalDate;

import javax.persistence.Column;
import javax.persistence.Entity;

import org.tiaojie.cases.api.PlatformClock;
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

    /**
     * The day the step happened, which the rates count by: the day the user names for a step of the file's path, the
     * county's day of recording for any other line.
     */
    @Column(name = "OCCURRED_ON", updatable = false)
    private LocalDate occurredOn;

    public StepEntity() {
    }

    public StepEntity(String recordId, Instant at, String actor, String action) {
        this(recordId, at, actor, action, null);
    }

    public StepEntity(String recordId, Instant at, String actor, String action, String note) {
        super(recordId, at, actor, action);
        this.note = note;
        this.occurredOn = at == null ? null : LocalDate.ofInstant(at, PlatformClock.ZONE);
    }

    public String getNote() {
        return note;
    }

    public LocalDate getOccurredOn() {
        return occurredOn;
    }

    /** A step of the file's path, dated the day it happened. */
    public static StepEntity on(String recordId, Instant at, String actor, String action, LocalDate occurredOn) {
        StepEntity s = new StepEntity(recordId, at, actor, action);
        if (occurredOn != null) {
            s.occurredOn = occurredOn;
        }
        return s;
    }
}
