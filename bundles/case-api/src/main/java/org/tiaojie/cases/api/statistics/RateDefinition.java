package org.tiaojie.cases.api.statistics;

import javax.xml.bind.annotation.XmlType;

import io.swagger.v3.oas.annotations.media.Schema;

/** How a rate — 比率 — is computed, printed with it: what its denominator counts, which of those its numerator counts, and the events that date them. */
@XmlType(name = "rateDefinition")
@Schema(description = "How a rate is computed: its denominator, its numerator and the events that date them, as printed with it.")
public class RateDefinition {
    private String rate;
    private String name;
    private String source;
    private String numerator;
    private String denominator;
    private String definition;

    /** A definition as a source states it. */
    public static RateDefinition of(String rate, String name, String source, String numerator, String denominator,
                                    String definition) {
        RateDefinition d = new RateDefinition();
        d.rate = rate;
        d.name = name;
        d.source = source;
        d.numerator = numerator;
        d.denominator = denominator;
        d.definition = definition;
        return d;
    }

    @Schema(description = "The rate's stable name, e.g. ON_TIME_COMPLETION.")
    public String getRate() {
        return rate;
    }

    public void setRate(String rate) {
        this.rate = rate;
    }

    @Schema(description = "Its printed name, e.g. 按期办结率.")
    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    @Schema(description = "The module that computes it.")
    public String getSource() {
        return source;
    }

    public void setSource(String source) {
        this.source = source;
    }

    @Schema(description = "What the numerator counts (分子).")
    public String getNumerator() {
        return numerator;
    }

    public void setNumerator(String numerator) {
        this.numerator = numerator;
    }

    @Schema(description = "What the denominator counts (分母).")
    public String getDenominator() {
        return denominator;
    }

    public void setDenominator(String denominator) {
        this.denominator = denominator;
    }

    @Schema(description = "Which event puts a record in the denominator and which in the numerator, in full.")
    public String getDefinition() {
        return definition;
    }

    public void setDefinition(String definition) {
        this.definition = definition;
    }
}
