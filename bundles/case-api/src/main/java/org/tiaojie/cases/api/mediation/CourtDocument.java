package org.tiaojie.cases.api.mediation;

import java.time.LocalDate;

import javax.xml.bind.annotation.XmlType;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A court's document ending a judicial mediation — 民事调解书 (effective when both parties have signed for
 * it) or 确认调解协议裁定书 / 驳回申请裁定书 (the ruling on a judicial-confirmation request).
 */
@XmlType(name = "courtDocument")
@Schema(description = "A court's document: mediation document (调解书) or a ruling on judicial confirmation (裁定书).")
public class CourtDocument {
    private String kind;
    private String number;
    private LocalDate issuedOn;
    private LocalDate signedOn;

    @Schema(maxLength = 32, description = "MEDIATION_DOCUMENT (调解书) or CONFIRMATION_RULING (裁定书)")
    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    @Schema(maxLength = 64, description = "The court's number, e.g. (2026)皖1122民特12号")
    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }

    @Schema(description = "Date of the document")
    public LocalDate getIssuedOn() {
        return issuedOn;
    }

    public void setIssuedOn(LocalDate issuedOn) {
        this.issuedOn = issuedOn;
    }

    @Schema(description = "MEDIATION_DOCUMENT: when the last party signed for it (送达签收), which makes it effective")
    public LocalDate getSignedOn() {
        return signedOn;
    }

    public void setSignedOn(LocalDate signedOn) {
        this.signedOn = signedOn;
    }
}
