package org.tiaojie.cases.api.statistics;

import java.util.ArrayList;
import java.util.List;

import javax.xml.bind.annotation.XmlType;

import io.swagger.v3.oas.annotations.media.Schema;

/** One row of a table of rates: a group and each rate. */
@XmlType(name = "rateRow")
@Schema(description = "One row of a table of rates: a group and each rate.")
public class RateRow {
    private List<String> key = new ArrayList<>();
    private List<String> labels = new ArrayList<>();
    private List<RateValue> values = new ArrayList<>();

    @Schema(description = "The group's value of each dimension, in the table's order (null: none).")
    public List<String> getKey() {
        return key;
    }

    public void setKey(List<String> key) {
        this.key = key;
    }

    @Schema(description = "The same, as printed.")
    public List<String> getLabels() {
        return labels;
    }

    public void setLabels(List<String> labels) {
        this.labels = labels;
    }

    @Schema(description = "Each rate, in the order of the table's definitions.")
    public List<RateValue> getValues() {
        return values;
    }

    public void setValues(List<RateValue> values) {
        this.values = values;
    }
}
