package org.tiaojie.cases.api.statistics;

import java.util.ArrayList;
import java.util.List;

import javax.xml.bind.annotation.XmlType;

import io.swagger.v3.oas.annotations.media.Schema;

/** One row of a table of figures: a group and its measures. */
@XmlType(name = "figureRow")
@Schema(description = "One row of a table of figures: a group and its measures.")
public class FigureRow {
    private List<String> key = new ArrayList<>();
    private List<String> labels = new ArrayList<>();
    private List<MeasureValue> values = new ArrayList<>();

    @Schema(description = "The group's value of each dimension, in the table's order (null: none).")
    public List<String> getKey() {
        return key;
    }

    public void setKey(List<String> key) {
        this.key = key;
    }

    @Schema(description = "The same, as printed (township and category names).")
    public List<String> getLabels() {
        return labels;
    }

    public void setLabels(List<String> labels) {
        this.labels = labels;
    }

    @Schema(description = "Each measure, with the year before.")
    public List<MeasureValue> getValues() {
        return values;
    }

    public void setValues(List<MeasureValue> values) {
        this.values = values;
    }
}
