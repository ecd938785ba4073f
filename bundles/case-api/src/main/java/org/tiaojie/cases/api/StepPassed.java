package org.tiaojie.cases.api;

import java.time.LocalDate;
import javax.xml.bind.annotation.XmlType;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * One step a case has passed — 办理环节 — with the date it happened.
 */
@XmlType(name = "stepPassed")
@Schema(description = "One step a case has passed — 办理环节 — with the date it happened.")
public class StepPassed {
    private CaseStatus status;
    private CaseAction action;
    private LocalDate on;
    private String by;

    @Schema(description = "the status the step led to")
    public CaseStatus getStatus() {
        return status;
    }

    public void setStatus(CaseStatus status) {
        this.status = status;
    }

    @Schema(description = "the step")
    public CaseAction getAction() {
        return action;
    }

    public void setAction(CaseAction action) {
        this.action = action;
    }

    @Schema(description = "when it happened (as recorded by the actor)")
    public LocalDate getOn() {
        return on;
    }

    public void setOn(LocalDate on) {
        this.on = on;
    }

    @Schema(description = "who recorded it")
    public String getBy() {
        return by;
    }

    public void setBy(String by) {
        this.by = by;
    }
}
