package org.tiaojie.cases.api.mediation;

import java.time.LocalDate;

import javax.xml.bind.annotation.XmlType;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The outcome agreement — 调解协议: written (signed, sealed) or oral (recorded), its terms and how and by when it is performed.
 */
@XmlType(name = "mediationAgreement")
@Schema(description = "The outcome agreement (调解协议): written or oral, terms, performance.")
public class Agreement {
    private String form;
    private String terms;
    private LocalDate performBy;
    private LocalDate effectiveOn;

    @Schema(maxLength = 10, description = "WRITTEN (调解协议书, effective when signed and sealed) or ORAL (口头协议, effective when reached; recorded)")
    public String getForm() {
        return form;
    }

    public void setForm(String form) {
        this.form = form;
    }

    @Schema(maxLength = 2000, description = "Parties' rights and duties: who does what")
    public String getTerms() {
        return terms;
    }

    public void setTerms(String terms) {
        this.terms = terms;
    }

    @Schema(description = "By when it is to be performed")
    public LocalDate getPerformBy() {
        return performBy;
    }

    public void setPerformBy(LocalDate performBy) {
        this.performBy = performBy;
    }

    @Schema(description = "The day it took effect; set from the step's date")
    public LocalDate getEffectiveOn() {
        return effectiveOn;
    }

    public void setEffectiveOn(LocalDate effectiveOn) {
        this.effectiveOn = effectiveOn;
    }
}
