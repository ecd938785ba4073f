package org.tiaojie.cases.api.statistics;

import java.time.Instant;

import javax.xml.bind.annotation.XmlType;

import io.swagger.v3.oas.annotations.media.Schema;

/** One record a figure counts — what a drill-through lists. */
@XmlType(name = "figureSubject")
@Schema(description = "One record a figure counts: a new matter or a repeat petition, with when and how many people.")
public class FigureSubject {
    private String source;
    private String caseId;
    private String caseNumber;
    private String township;
    private Instant at;
    private int persons;
    private boolean repeat;
    private String reference;

    @Schema(description = "The module that counted it.")
    public String getSource() {
        return source;
    }

    public void setSource(String source) {
        this.source = source;
    }

    @Schema(description = "The case (none when the reader may not open it: a complaint about an official).")
    public String getCaseId() {
        return caseId;
    }

    public void setCaseId(String caseId) {
        this.caseId = caseId;
    }

    @Schema(description = "Its number.")
    public String getCaseNumber() {
        return caseNumber;
    }

    public void setCaseNumber(String caseNumber) {
        this.caseNumber = caseNumber;
    }

    @Schema(description = "Its township.")
    public String getTownship() {
        return township;
    }

    public void setTownship(String township) {
        this.township = township;
    }

    @Schema(description = "When it was counted (registered, or received as a repeat).")
    public Instant getAt() {
        return at;
    }

    public void setAt(Instant at) {
        this.at = at;
    }

    @Schema(description = "Its people (人次).")
    public int getPersons() {
        return persons;
    }

    public void setPersons(int persons) {
        this.persons = persons;
    }

    @Schema(description = "A repeat petition, not a new matter.")
    public boolean isRepeat() {
        return repeat;
    }

    public void setRepeat(boolean repeat) {
        this.repeat = repeat;
    }

    @Schema(description = "The module's own number of the record when it is not a case (a mediation file, a legal-aid "
            + "application); the case's number stands in caseNumber.")
    public String getReference() {
        return reference;
    }

    public void setReference(String reference) {
        this.reference = reference;
    }
}
