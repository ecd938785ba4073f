package org.tiaojie.cases.api.legalaid;
import java.time.LocalDate;

import javax.xml.bind.annotation.XmlType;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A running time limit of an application and how it stands today.
 */
@XmlType(name = "legalAidDueDate")
@Schema(description = "A running time limit of an application and how it stands today.")
public class DueDate {
    private String kind;
    private LocalDate start;
    private int days;
    private LocalDate dueDate;
    private long daysRemaining;
    private boolean overdue;
    private String explanation;
    private String calendarWarning;

    @Schema(description = "DECISION (7 days from a complete application), ASSIGNMENT (3 days from the grant) or OBJECTION (5 days from the objection)")
    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    @Schema(description = "The day it runs from (not counted)")
    public LocalDate getStart() {
        return start;
    }

    public void setStart(LocalDate start) {
        this.start = start;
    }

    @Schema(description = "Length in days")
    public int getDays() {
        return days;
    }

    public void setDays(int days) {
        this.days = days;
    }

    @Schema(description = "Last day on time")
    public LocalDate getDueDate() {
        return dueDate;
    }

    public void setDueDate(LocalDate dueDate) {
        this.dueDate = dueDate;
    }

    @Schema(description = "Days left; negative when overdue")
    public long getDaysRemaining() {
        return daysRemaining;
    }

    public void setDaysRemaining(long daysRemaining) {
        this.daysRemaining = daysRemaining;
    }

    @Schema(description = "Past the due date")
    public boolean isOverdue() {
        return overdue;
    }

    public void setOverdue(boolean overdue) {
        this.overdue = overdue;
    }

    @Schema(description = "How the due date was computed, in words (zh-CN).")
    public String getExplanation() {
        return explanation;
    }

    public void setExplanation(String explanation) {
        this.explanation = explanation;
    }

    @Schema(description = "Set when a date shown reaches into a year whose official calendar is not loaded: it then "
            + "knows only weekends and may move when the year is loaded. Null otherwise.")
    public String getCalendarWarning() {
        return calendarWarning;
    }

    public void setCalendarWarning(String calendarWarning) {
        this.calendarWarning = calendarWarning;
    }
}
