package org.tiaojie.cases.api.spi;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One open time limit of one record — 在办时限 — as a {@link DeadlineSource} offers it: what it is, when it falls
 * due, and who answers for it. Carries ids and codes, never a petitioner's personal data, so that a reminder built
 * from it can go out by any channel.
 */
public class OpenDeadline {
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
    private boolean restricted;

    /** The source that offers it ({@link DeadlineSource#SOURCE}). */
    public String getSource() {
        return source;
    }

    public void setSource(String source) {
        this.source = source;
    }

    /** The record the limit belongs to: a case's id, a mediation file's, a legal-aid application's. */
    public String getSubjectId() {
        return subjectId;
    }

    public void setSubjectId(String subjectId) {
        this.subjectId = subjectId;
    }

    /** The record's number as staff know it (案件编号, 调解编号, 申请编号). */
    public String getSubjectNumber() {
        return subjectNumber;
    }

    public void setSubjectNumber(String subjectNumber) {
        this.subjectNumber = subjectNumber;
    }

    /** The petition case the record belongs to, when it has one; null otherwise. */
    public String getCaseId() {
        return caseId;
    }

    public void setCaseId(String caseId) {
        this.caseId = caseId;
    }

    /** That case's number; null without a case. */
    public String getCaseNumber() {
        return caseNumber;
    }

    public void setCaseNumber(String caseNumber) {
        this.caseNumber = caseNumber;
    }

    /** Which limit, in the source's own stable code, e.g. {@code HANDLING}, {@code CONFIRMATION_WINDOW}. */
    public String getLimit() {
        return limit;
    }

    public void setLimit(String limit) {
        this.limit = limit;
    }

    /** The limit in words (zh-CN), e.g. "办理期限". */
    public String getLimitLabel() {
        return limitLabel;
    }

    public void setLimitLabel(String limitLabel) {
        this.limitLabel = limitLabel;
    }

    /** The last day on which the step is still on time (extensions included). */
    public LocalDate getDueDate() {
        return dueDate;
    }

    public void setDueDate(LocalDate dueDate) {
        this.dueDate = dueDate;
    }

    /** The township code. */
    public String getTownship() {
        return township;
    }

    public void setTownship(String township) {
        this.township = township;
    }

    /** The responsible unit (a department code, a mediation committee, the legal-aid centre); null when none yet. */
    public String getUnit() {
        return unit;
    }

    public void setUnit(String unit) {
        this.unit = unit;
    }

    /** The responsible person's login, when one is named; null otherwise. */
    public String getPerson() {
        return person;
    }

    public void setPerson(String person) {
        this.person = person;
    }

    /**
     * A complaint about an official (withheld from the unit complained about): its reminders are shown only to
     * those who may read the case, and a notifier must not send them to the unit's shared addresses.
     */
    public boolean isRestricted() {
        return restricted;
    }

    public void setRestricted(boolean restricted) {
        this.restricted = restricted;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof OpenDeadline d && Objects.equals(source, d.source) && Objects.equals(subjectId, d.subjectId)
                && Objects.equals(limit, d.limit) && Objects.equals(dueDate, d.dueDate);
    }

    @Override
    public int hashCode() {
        return Objects.hash(source, subjectId, limit, dueDate);
    }

    @Override
    public String toString() {
        return source + ":" + subjectNumber + ":" + limit + "@" + dueDate;
    }
}
