package org.tiaojie.cases.api.statistics;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import javax.xml.bind.annotation.XmlType;

import io.swagger.v3.oas.annotations.media.Schema;

/** Which figures — 统计口径: a period (both days included), what to break them down by, and filters. */
@XmlType(name = "figureQuery")
@Schema(description = "Which figures: a period (both days included), what to break them down by, and filters (each null: all).")
public class FigureQuery {
    private LocalDate from;
    private LocalDate to;
    private List<Dimension> by = new ArrayList<>();
    private String township;
    private String category;
    private String petitionForm;
    private String source;
    private String nature;
    private String department;

    @Schema(description = "The first day of the period.")
    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    @Schema(description = "The last day of the period (included).")
    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    @Schema(description = "What to break the figures down by, in order (none: one total).")
    public List<Dimension> getBy() {
        return by;
    }

    public void setBy(List<Dimension> by) {
        this.by = by;
    }

    @Schema(description = "Only this township (code).")
    public String getTownship() {
        return township;
    }

    public void setTownship(String township) {
        this.township = township;
    }

    @Schema(description = "Only this category (code).")
    public String getCategory() {
        return category;
    }

    public void setCategory(String category) {
        this.category = category;
    }

    @Schema(description = "Only this petition form (LETTER, VISIT, PHONE, ONLINE).")
    public String getPetitionForm() {
        return petitionForm;
    }

    public void setPetitionForm(String petitionForm) {
        this.petitionForm = petitionForm;
    }

    @Schema(description = "Only this source.")
    public String getSource() {
        return source;
    }

    public void setSource(String source) {
        this.source = source;
    }

    @Schema(description = "Only this nature.")
    public String getNature() {
        return nature;
    }

    public void setNature(String nature) {
        this.nature = nature;
    }

    @Schema(description = "Only this department (code).")
    public String getDepartment() {
        return department;
    }

    public void setDepartment(String department) {
        this.department = department;
    }
}
