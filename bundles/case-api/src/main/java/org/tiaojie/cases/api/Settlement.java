package org.tiaojie.cases.api;

import java.time.LocalDate;

import javax.xml.bind.annotation.XmlType;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * An agreement reached inside the petition process — 调解协议书 / 和解协议书 (《信访工作条例》 art. 33): with
 * both parties' consent, the handling body mediates, or the parties settle between themselves, and the
 * agreement ends the handling instead of a written opinion.
 */
@XmlType(name = "settlement")
@Schema(description = "An agreement reached inside the petition process — 调解协议书 / 和解协议书 (art. 33): with both "
        + "parties' consent; it ends the handling instead of a written opinion.")
public class Settlement {
    private Kind kind;
    private boolean partiesConsent;
    private String terms;
    private LocalDate agreedOn;

    /** How the agreement came about. */
    @Schema(description = "MEDIATION: 调解, by the handling body; RECONCILIATION: 和解, between the parties themselves")
    public enum Kind {
        /** 调解 */
        MEDIATION,
        /** 和解 */
        RECONCILIATION
    }

    @Schema(description = "Mediation by the handling body, or reconciliation between the parties.")
    public Kind getKind() {
        return kind;
    }

    public void setKind(Kind kind) {
        this.kind = kind;
    }

    @Schema(description = "Both parties consented; without their consent there is no mediation or settlement (art. 33).")
    public boolean isPartiesConsent() {
        return partiesConsent;
    }

    public void setPartiesConsent(boolean partiesConsent) {
        this.partiesConsent = partiesConsent;
    }

    @Schema(maxLength = 2000, description = "What the parties agreed: who does what, by when.")
    public String getTerms() {
        return terms;
    }

    public void setTerms(String terms) {
        this.terms = terms;
    }

    @Schema(description = "The day the agreement was reached; set from the step's date.")
    public LocalDate getAgreedOn() {
        return agreedOn;
    }

    public void setAgreedOn(LocalDate agreedOn) {
        this.agreedOn = agreedOn;
    }
}
