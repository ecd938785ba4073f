package org.tiaojie.cases.api.statistics;

import javax.xml.bind.annotation.XmlType;

import io.swagger.v3.oas.annotations.media.Schema;

/** One measure of a row: this period, the same period a year before, and the change. */
@XmlType(name = "measureValue")
@Schema(description = "One measure of a row: this period, the same period a year before, and the change in per cent.")
public class MeasureValue {
    private Measure measure;
    private long value;
    private long previousYear;
    private Double changePercent;

    @Schema(description = "What it counts.")
    public Measure getMeasure() {
        return measure;
    }

    public void setMeasure(Measure measure) {
        this.measure = measure;
    }

    @Schema(description = "This period.")
    public long getValue() {
        return value;
    }

    public void setValue(long value) {
        this.value = value;
    }

    @Schema(description = "The same period a year before.")
    public long getPreviousYear() {
        return previousYear;
    }

    public void setPreviousYear(long previousYear) {
        this.previousYear = previousYear;
    }

    @Schema(description = "(value − previousYear) / previousYear × 100, one decimal; none when the year before had none.")
    public Double getChangePercent() {
        return changePercent;
    }

    public void setChangePercent(Double changePercent) {
        this.changePercent = changePercent;
    }
}
