package org.tiaojie.cases.api.supervision;

import javax.xml.bind.annotation.XmlTransient;

import io.swagger.v3.oas.annotations.media.Schema;

/** What every supervision record is: a record of its own, about one case of one township. */
@XmlTransient
public abstract class SupervisionRecord {
    private String id;
    private String caseId;
    private String caseNumber;
    private String township;

    @Schema(description = "The record's id.")
    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    @Schema(description = "The case it is about.")
    public String getCaseId() {
        return caseId;
    }

    public void setCaseId(String caseId) {
        this.caseId = caseId;
    }

    @Schema(description = "The case's number.")
    public String getCaseNumber() {
        return caseNumber;
    }

    public void setCaseNumber(String caseNumber) {
        this.caseNumber = caseNumber;
    }

    @Schema(description = "The case's township.")
    public String getTownship() {
        return township;
    }

    public void setTownship(String township) {
        this.township = township;
    }
}
