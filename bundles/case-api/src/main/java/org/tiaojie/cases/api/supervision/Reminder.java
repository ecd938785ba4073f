package org.tiaojie.cases.api.supervision;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import javax.xml.bind.annotation.XmlType;

import io.swagger.v3.oas.annotations.media.Schema;

/** A reminder sent — 催办提醒: which limit, which stage, to whom, and how it went out. */
@XmlType(name = "reminder")
@Schema(description = "A reminder sent (催办提醒): which limit, which stage, to whom, and how it went out.")
public class Reminder {
    private String id;
    private ReminderStage stage;
    private Integer leadWorkingDays;
    private String source;
    private String subjectId;
    private String subjectNumber;
    private String caseId;
    private String caseNumber;
    private String limit;
    private String limitLabel;
    private LocalDate dueDate;
    private String township;
    private String unit;
    private String person;
    private String text;
    private Instant remindedAt;
    private List<String> deliveries = new ArrayList<>();

    @Schema(description = "The reminder's id.")
    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    @Schema(description = "Due soon or overdue.")
    public ReminderStage getStage() {
        return stage;
    }

    public void setStage(ReminderStage stage) {
        this.stage = stage;
    }

    @Schema(description = "For DUE_SOON: the lead time it answers, in working days; null for OVERDUE.")
    public Integer getLeadWorkingDays() {
        return leadWorkingDays;
    }

    public void setLeadWorkingDays(Integer leadWorkingDays) {
        this.leadWorkingDays = leadWorkingDays;
    }

    @Schema(description = "Which module keeps the limit (`case`, `legal-aid`, `mediation-PEOPLE`, …).")
    public String getSource() {
        return source;
    }

    public void setSource(String source) {
        this.source = source;
    }

    @Schema(description = "The record the limit belongs to.")
    public String getSubjectId() {
        return subjectId;
    }

    public void setSubjectId(String subjectId) {
        this.subjectId = subjectId;
    }

    @Schema(description = "That record's number as staff know it.")
    public String getSubjectNumber() {
        return subjectNumber;
    }

    public void setSubjectNumber(String subjectNumber) {
        this.subjectNumber = subjectNumber;
    }

    @Schema(description = "The petition case, when the record has one.")
    public String getCaseId() {
        return caseId;
    }

    public void setCaseId(String caseId) {
        this.caseId = caseId;
    }

    @Schema(description = "That case's number.")
    public String getCaseNumber() {
        return caseNumber;
    }

    public void setCaseNumber(String caseNumber) {
        this.caseNumber = caseNumber;
    }

    @Schema(description = "The limit's code, e.g. HANDLING.")
    public String getLimit() {
        return limit;
    }

    public void setLimit(String limit) {
        this.limit = limit;
    }

    @Schema(description = "The limit in words (zh-CN).")
    public String getLimitLabel() {
        return limitLabel;
    }

    public void setLimitLabel(String limitLabel) {
        this.limitLabel = limitLabel;
    }

    @Schema(description = "The due date the reminder was about.")
    public LocalDate getDueDate() {
        return dueDate;
    }

    public void setDueDate(LocalDate dueDate) {
        this.dueDate = dueDate;
    }

    @Schema(description = "The township code.")
    public String getTownship() {
        return township;
    }

    public void setTownship(String township) {
        this.township = township;
    }

    @Schema(description = "The responsible unit, when named.")
    public String getUnit() {
        return unit;
    }

    public void setUnit(String unit) {
        this.unit = unit;
    }

    @Schema(description = "The responsible person's login, when named.")
    public String getPerson() {
        return person;
    }

    public void setPerson(String person) {
        this.person = person;
    }

    @Schema(description = "What the reminder said (zh-CN).")
    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    @Schema(description = "When it was sent, on the platform's clock.")
    public Instant getRemindedAt() {
        return remindedAt;
    }

    public void setRemindedAt(Instant remindedAt) {
        this.remindedAt = remindedAt;
    }

    @Schema(description = "How it went out, one line per channel: `trail: DELIVERED`, `email: FAILED: …`.")
    public List<String> getDeliveries() {
        return deliveries;
    }

    public void setDeliveries(List<String> deliveries) {
        this.deliveries = deliveries;
    }
}
