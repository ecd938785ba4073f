package org.tiaojie.cases.api;

import java.time.Instant;

import javax.xml.bind.annotation.XmlType;

/**
 * One line of a case's archive — 档案记录: who did what, when, and the values before and after.
 * Entries are append-only; no operation edits or deletes them.
 */
@XmlType(name = "auditEntry")
public class AuditEntry {
    private long sequence;
    private Instant at;
    private String actor;
    private String action;
    private String before;
    private String after;

    /** Position in the whole audit log; strictly increasing. */
    public long getSequence() {
        return sequence;
    }

    public void setSequence(long sequence) {
        this.sequence = sequence;
    }

    public Instant getAt() {
        return at;
    }

    public void setAt(Instant at) {
        this.at = at;
    }

    /** User id, or {@code system} for automatic changes. */
    public String getActor() {
        return actor;
    }

    public void setActor(String actor) {
        this.actor = actor;
    }

    /** What happened, e.g. {@code REGISTERED}, {@code ROUTED}, {@code PERSONAL_DATA_READ}. */
    public String getAction() {
        return action;
    }

    public void setAction(String action) {
        this.action = action;
    }

    /** JSON of the changed values before the change, or null. */
    public String getBefore() {
        return before;
    }

    public void setBefore(String before) {
        this.before = before;
    }

    /** JSON of the changed values after the change, or null. */
    public String getAfter() {
        return after;
    }

    public void setAfter(String after) {
        this.after = after;
    }
}
