package org.tiaojie.cases.api.statistics;

import javax.xml.bind.annotation.XmlType;

import io.swagger.v3.oas.annotations.media.Schema;

/** One rate of a row: this period's and the year before's numerator, denominator and per cent, and the change. */
@XmlType(name = "rateValue")
@Schema(description = "One rate of a row: numerator, denominator and per cent for this period and the same period a year before, and the change in percentage points.")
public class RateValue {
    private String rate;
    private long numerator;
    private long denominator;
    private Double percent;
    private long previousNumerator;
    private long previousDenominator;
    private Double previousPercent;
    private Double changePoints;

    @Schema(description = "Which rate.")
    public String getRate() {
        return rate;
    }

    public void setRate(String rate) {
        this.rate = rate;
    }

    @Schema(description = "This period's numerator (分子).")
    public long getNumerator() {
        return numerator;
    }

    public void setNumerator(long numerator) {
        this.numerator = numerator;
    }

    @Schema(description = "This period's denominator (分母).")
    public long getDenominator() {
        return denominator;
    }

    public void setDenominator(long denominator) {
        this.denominator = denominator;
    }

    @Schema(description = "numerator / denominator × 100, one decimal; none when the denominator is 0.")
    public Double getPercent() {
        return percent;
    }

    public void setPercent(Double percent) {
        this.percent = percent;
    }

    @Schema(description = "The same period a year before: its numerator.")
    public long getPreviousNumerator() {
        return previousNumerator;
    }

    public void setPreviousNumerator(long previousNumerator) {
        this.previousNumerator = previousNumerator;
    }

    @Schema(description = "Its denominator.")
    public long getPreviousDenominator() {
        return previousDenominator;
    }

    public void setPreviousDenominator(long previousDenominator) {
        this.previousDenominator = previousDenominator;
    }

    @Schema(description = "Its per cent; none when its denominator is 0.")
    public Double getPreviousPercent() {
        return previousPercent;
    }

    public void setPreviousPercent(Double previousPercent) {
        this.previousPercent = previousPercent;
    }

    @Schema(description = "percent − previousPercent in percentage points, one decimal; none when either is none.")
    public Double getChangePoints() {
        return changePoints;
    }

    public void setChangePoints(Double changePoints) {
        this.changePoints = changePoints;
    }
}
