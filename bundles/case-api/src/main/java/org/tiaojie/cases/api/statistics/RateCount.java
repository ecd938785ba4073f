package org.tiaojie.cases.api.statistics;

import java.util.ArrayList;
import java.util.List;

import javax.xml.bind.annotation.XmlType;

import io.swagger.v3.oas.annotations.media.Schema;

/** One group's numerator and denominator of one rate, from one source. */
@XmlType(name = "rateCount")
@Schema(description = "One group's numerator and denominator of one rate, from one source.")
public class RateCount {
    private List<String> key = new ArrayList<>();
    private String rate;
    private long numerator;
    private long denominator;

    @Schema(description = "The group's value of each dimension asked for, in order (null: none).")
    public List<String> getKey() {
        return key;
    }

    public void setKey(List<String> key) {
        this.key = key;
    }

    @Schema(description = "The rate's name.")
    public String getRate() {
        return rate;
    }

    public void setRate(String rate) {
        this.rate = rate;
    }

    @Schema(description = "分子")
    public long getNumerator() {
        return numerator;
    }

    public void setNumerator(long numerator) {
        this.numerator = numerator;
    }

    @Schema(description = "分母")
    public long getDenominator() {
        return denominator;
    }

    public void setDenominator(long denominator) {
        this.denominator = denominator;
    }
}
