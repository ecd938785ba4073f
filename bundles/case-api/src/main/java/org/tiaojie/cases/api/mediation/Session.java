package org.tiaojie.cases.api.mediation;

import java.time.LocalDate;

import javax.xml.bind.annotation.XmlType;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * One mediation session — 调解记录: when, where, who, what was said.
 */
@XmlType(name = "mediationSession")
@Schema(description = "One mediation session (调解记录).")
public class Session {
    private LocalDate on;
    private String place;
    private String participants;
    private String notes;

    @Schema(description = "Date of the session; not in the future")
    public LocalDate getOn() {
        return on;
    }

    public void setOn(LocalDate on) {
        this.on = on;
    }

    @Schema(maxLength = 200, description = "Where")
    public String getPlace() {
        return place;
    }

    public void setPlace(String place) {
        this.place = place;
    }

    @Schema(maxLength = 500, description = "Who took part")
    public String getParticipants() {
        return participants;
    }

    public void setParticipants(String participants) {
        this.participants = participants;
    }

    @Schema(maxLength = 2000, description = "What was discussed and proposed")
    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }
}
