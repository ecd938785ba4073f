package org.tiaojie.cases.api;

import java.time.LocalDate;

import javax.xml.bind.annotation.XmlType;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A computed time limit — 时限 — and how it was computed, so that a clerk can read it out to a
 * petitioner: the start, the rule, the number of days, the rest-day shift if any, and the result.
 */
@XmlType(name = "deadline")
@Schema(description = "A computed time limit — 时限 — and how it was computed, so that a clerk can read it out to "
        + "a petitioner: the start, the rule, the number of days, the rest-day shift if any, and the "
        + "result.")
public class Deadline {
    private DeadlineKind kind;
    private LocalDate start;
    private DayCount count;
    private int days;
    private LocalDate dueDate;
    private LocalDate unshiftedDueDate;
    private Integer daysRemaining;
    private boolean overdue;
    private String explanation;
    private String calendarWarning;

    @Schema(description = "Which limit.")
    public DeadlineKind getKind() {
        return kind;
    }

    public void setKind(DeadlineKind kind) {
        this.kind = kind;
    }

    @Schema(description = "The day the period runs from; it is not itself counted.")
    public LocalDate getStart() {
        return start;
    }

    public void setStart(LocalDate start) {
        this.start = start;
    }

    @Schema(description = "Whether the period counts calendar days or working days (工作日).")
    public DayCount getCount() {
        return count;
    }

    public void setCount(DayCount count) {
        this.count = count;
    }

    @Schema(description = "Length of the period in days of `count`, extensions included.")
    public int getDays() {
        return days;
    }

    public void setDays(int days) {
        this.days = days;
    }

    @Schema(description = "The last day on which the step is still on time.")
    public LocalDate getDueDate() {
        return dueDate;
    }

    public void setDueDate(LocalDate dueDate) {
        this.dueDate = dueDate;
    }

    @Schema(description = "For calendar-day periods ending on a rest day: the day before the shift; otherwise null.")
    public LocalDate getUnshiftedDueDate() {
        return unshiftedDueDate;
    }

    public void setUnshiftedDueDate(LocalDate unshiftedDueDate) {
        this.unshiftedDueDate = unshiftedDueDate;
    }

    @Schema(description = "Calendar days from today to the due date; negative when overdue; null when the step is "
            + "done.")
    public Integer getDaysRemaining() {
        return daysRemaining;
    }

    public void setDaysRemaining(Integer daysRemaining) {
        this.daysRemaining = daysRemaining;
    }

    @Schema(description = "True when the due date has passed and the step is still outstanding.")
    public boolean isOverdue() {
        return overdue;
    }

    public void setOverdue(boolean overdue) {
        this.overdue = overdue;
    }

    @Schema(description = "The computation in words (zh-CN), e.g. \"自2026-09-30起算（当日不计）60日…\".")
    public String getExplanation() {
        return explanation;
    }

    public void setExplanation(String explanation) {
        this.explanation = explanation;
    }

    @Schema(description = "Set when the period reaches into a year whose official calendar (法定节假日安排) is not "
            + "loaded: the due date then knows only weekends and may move when the State Council's dates are "
            + "loaded. Null otherwise.")
    public String getCalendarWarning() {
        return calendarWarning;
    }

    public void setCalendarWarning(String calendarWarning) {
        this.calendarWarning = calendarWarning;
    }
}
