package org.tiaojie.cases.api;

import java.time.LocalDate;

import javax.xml.bind.annotation.XmlType;

import io.swagger.v3.oas.annotations.media.Schema;

/** The working days between two dates — 工作日天数 — and how they were counted. */
@XmlType(name = "workingDays")
@Schema(description = "The working days between two dates — 工作日天数 — and how they were counted.")
public class WorkingDays {
    private LocalDate from;
    private LocalDate to;
    private int workingDays;
    private int calendarDays;
    private String explanation;
    private String calendarWarning;

    @Schema(description = "The first date; not itself counted.")
    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    @Schema(description = "The last date, counted.")
    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    @Schema(description = "Working days after `from` up to and including `to` (节假日与周末不计，调休上班日计入).")
    public int getWorkingDays() {
        return workingDays;
    }

    public void setWorkingDays(int workingDays) {
        this.workingDays = workingDays;
    }

    @Schema(description = "Calendar days after `from` up to and including `to`.")
    public int getCalendarDays() {
        return calendarDays;
    }

    public void setCalendarDays(int calendarDays) {
        this.calendarDays = calendarDays;
    }

    @Schema(description = "The count in words (zh-CN).")
    public String getExplanation() {
        return explanation;
    }

    public void setExplanation(String explanation) {
        this.explanation = explanation;
    }

    @Schema(description = "Set when a year between the dates has no official calendar loaded: the count then knows "
            + "only weekends and may change when the year is loaded.")
    public String getCalendarWarning() {
        return calendarWarning;
    }

    public void setCalendarWarning(String calendarWarning) {
        this.calendarWarning = calendarWarning;
    }
}
