package org.tiaojie.cases.api.mediation;

import java.time.LocalDate;

import javax.xml.bind.annotation.XmlType;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A step of the centre on a dispute that sends it nowhere new: to a legal route, or closing its petition case by the agreement.
 */
@XmlType(name = "disputeStep")
@Schema(description = "Referring a dispute to a legal route, or closing its petition case by the agreement.")
public class DisputeStep {
    private String route;
    private String note;
    private LocalDate occurredOn;
    private Long expectedVersion;

    @Schema(maxLength = 40, description = "REFER_TO_LEGAL_ROUTE: LITIGATION, ARBITRATION, ADMINISTRATIVE_RECONSIDERATION, LABOUR_ARBITRATION or OTHER")
    public String getRoute() {
        return route;
    }

    public void setRoute(String route) {
        this.route = route;
    }

    @Schema(maxLength = 2000, description = "What the parties were told (the route's own time limits) or why the case closes")
    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    @Schema(description = "The dispute version the user saw; a stale one is refused (CONFLICT)")
    public Long getExpectedVersion() {
        return expectedVersion;
    }

    public void setExpectedVersion(Long expectedVersion) {
        this.expectedVersion = expectedVersion;
    }

    @Schema(description = "When it happened; default today. Not in the future, and not before the record's last dated "
            + "step.")
    public LocalDate getOccurredOn() {
        return occurredOn;
    }

    public void setOccurredOn(LocalDate occurredOn) {
        this.occurredOn = occurredOn;
    }
}
