package org.tiaojie.cases.api;

import java.time.Instant;

import javax.xml.bind.annotation.XmlType;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * One line of a case's archive — 档案记录: who did what, when, and the values before and after.
 * Entries are append-only; no operation edits or deletes them.
 */
@XmlType(name = "auditEntry")
@Schema(description = "One line of a case's archive — 档案记录: who did what, when, and the values before and after. "
        + "Entries are append-only; no operation edits or deletes them.")
public class AuditEntry {
    private long sequence;
    private Instant at;
    private Instant realAt;
    private String actor;
    private String action;
    private String before;
    private String after;

    @Schema(description = "Position in the whole audit log; strictly increasing.")
    public long getSequence() {
        return sequence;
    }

    public void setSequence(long sequence) {
        this.sequence = sequence;
    }

    @Schema(description = "When the change was recorded.")
    public Instant getAt() {
        return at;
    }

    public void setAt(Instant at) {
        this.at = at;
    }

    @Schema(description = "User id, or `system` for automatic changes.")
    public String getActor() {
        return actor;
    }

    public void setActor(String actor) {
        this.actor = actor;
    }

    @Schema(description = "What happened, e.g. `REGISTERED`, `ROUTED`, `PERSONAL_DATA_READ`.")
    public String getAction() {
        return action;
    }

    public void setAction(String action) {
        this.action = action;
    }

    @Schema(description = "JSON of the changed values before the change, or null.")
    public String getBefore() {
        return before;
    }

    public void setBefore(String before) {
        this.before = before;
    }

    @Schema(description = "JSON of the changed values after the change, or null.")
    public String getAfter() {
        return after;
    }

    public void setAfter(String after) {
        this.after = after;
    }

    @Schema(description = "The real time of the entry when the platform's clock was a training clock set away from it; "
            + "null when `at` is the real time.")
    public Instant getRealAt() {
        return realAt;
    }

    public void setRealAt(Instant realAt) {
        this.realAt = realAt;
    }
}
