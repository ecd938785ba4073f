package org.tiaojie.cases.api.statistics;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import javax.xml.bind.annotation.XmlType;

import io.swagger.v3.oas.annotations.media.Schema;

/** A table of figures — 统计表: the period, the same period a year before, one row per group and the total. */
@XmlType(name = "figureTable")
@Schema(description = "A table of figures: the period and the year before, one row per group, the total, and how each measure is counted.")
public class FigureTable {
    private LocalDate from;
    private LocalDate to;
    private LocalDate previousFrom;
    private LocalDate previousTo;
    private List<Dimension> by = new ArrayList<>();
    private List<FigureRow> rows = new ArrayList<>();
    private FigureRow total;
    private List<String> sources = new ArrayList<>();
    private List<String> definitions = new ArrayList<>();

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

    @Schema(description = "One row per group, largest first by matters then batches.")
    public List<FigureRow> getRows() {
        return rows;
    }

    public void setRows(List<FigureRow> rows) {
        this.rows = rows;
    }

    @Schema(description = "The whole period.")
    public FigureRow getTotal() {
        return total;
    }

    public void setTotal(FigureRow total) {
        this.total = total;
    }

    @Schema(description = "The modules whose figures are in it (source names).")
    public List<String> getSources() {
        return sources;
    }

    public void setSources(List<String> sources) {
        this.sources = sources;
    }

    @Schema(description = "How each measure is counted, as printed with the table.")
    public List<String> getDefinitions() {
        return definitions;
    }

    public void setDefinitions(List<String> definitions) {
        this.definitions = definitions;
    }
}
