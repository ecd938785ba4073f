package org.tiaojie.cases.api;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import javax.xml.bind.annotation.XmlType;

import io.swagger.v3.oas.annotations.media.Schema;

/** Which years of the official calendar are loaded, and what is missing — 节假日安排载入情况. */
@XmlType(name = "calendarStatus")
@Schema(description = "Which years of the official calendar are loaded, and what is missing — 节假日安排载入情况.")
public class CalendarStatus {
    private LocalDate today;
    private List<Integer> years = new ArrayList<>();
    private String warning;

    @Schema(description = "Today, as the platform's clock says.")
    public LocalDate getToday() {
        return today;
    }

    public void setToday(LocalDate today) {
        this.today = today;
    }

    @Schema(description = "The loaded years, ascending.")
    public List<Integer> getYears() {
        return years;
    }

    public void setYears(List<Integer> years) {
        this.years = years == null ? new ArrayList<>() : years;
    }

    @Schema(description = "Set when this year is not loaded, or from 1 November when next year is not: limits that "
            + "reach into such a year know only weekends. Null when nothing is missing.")
    public String getWarning() {
        return warning;
    }

    public void setWarning(String warning) {
        this.warning = warning;
    }
}
