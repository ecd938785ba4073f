package org.tiaojie.cases.api.statistics;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import javax.xml.bind.annotation.XmlType;

import io.swagger.v3.oas.annotations.media.Schema;

/** A table of rates — 比率表: the period and the year before, one row per group and the total, each rate with its definition. */
@XmlType(name = "rateTable")
@Schema(description = "A table of rates: the period and the year before, the day events are counted up to, one row per group, the total, and each rate's definition.")
public class RateTable {
    private LocalDate from;
    private LocalDate to;
    private LocalDate asOf;
    private LocalDate previousFrom;
    private LocalDate previousTo;
    private List<Dimension> by = new ArrayList<>();
    private List<RateRow> rows = new ArrayList<>();
    private RateRow total;
    private List<String> sources = new ArrayList<>();
    private List<RateDefinition> definitions = new ArrayList<>();

    @Schema(description = "The first day.")
    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    @Schema(description = "The last day (included).")
    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    @Schema(description = "Events are counted up to this day: the last day, or today while the period runs.")
    public LocalDate getAsOf() {
        return asOf;
    }

    public void setAsOf(LocalDate asOf) {
        this.asOf = asOf;
    }

    @Schema(description = "The same period a year before: its first day.")
    public LocalDate getPreviousFrom() {
        return previousFrom;
    }

    public void setPreviousFrom(LocalDate previousFrom) {
        this.previousFrom = previousFrom;
    }

    @Schema(description = "Its last day.")
    public LocalDate getPreviousTo() {
        return previousTo;
    }

    public void setPreviousTo(LocalDate previousTo) {
        this.previousTo = previousTo;
    }

    @Schema(description = "The breakdown.")
    public List<Dimension> getBy() {
        return by;
    }

    public void setBy(List<Dimension> by) {
        this.by = by;
    }

    @Schema(description = "One row per group, by its first rate's denominator, largest first.")
    public List<RateRow> getRows() {
        return rows;
    }

    public void setRows(List<RateRow> rows) {
        this.rows = rows;
    }

    @Schema(description = "The whole period.")
    public RateRow getTotal() {
        return total;
    }

    public void setTotal(RateRow total) {
        this.total = total;
    }

    @Schema(description = "The modules whose rates are in it.")
    public List<String> getSources() {
        return sources;
    }

    public void setSources(List<String> sources) {
        this.sources = sources;
    }

    @Schema(description = "Each rate's definition, in the order of the rows' values.")
    public List<RateDefinition> getDefinitions() {
        return definitions;
    }

    public void setDefinitions(List<RateDefinition> definitions) {
        this.definitions = definitions;
    }
}
