package org.tiaojie.cases.api.spi;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A notice to the people who answer for a matter — 提醒/通知: a reminder that a limit is near or past, later a
 * supervision notice. Written once by supervision, the same for every {@link Notifier}: a subject and a body for a
 * letter or an e-mail, and a {@link #getShortText() short text} that fits one SMS. It names the case by its number
 * and never carries a petitioner's personal data.
 */
public class Notice {
    private String id;
    private String kind;
    private String caseId;
    private String caseNumber;
    private String township;
    private String unit;
    private String person;
    private LocalDate dueDate;
    private String subject;
    private String body;
    private String shortText;
    private Instant issuedAt;
    private boolean restricted;

    /** Stable id: the same notice handed over again carries the same id. */
    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    /** What kind of notice, e.g. {@code DUE_SOON}, {@code OVERDUE}. */
    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    /** The case it is about, when there is one. */
    public String getCaseId() {
        return caseId;
    }

    public void setCaseId(String caseId) {
        this.caseId = caseId;
    }

    /** That case's number. */
    public String getCaseNumber() {
        return caseNumber;
    }

    public void setCaseNumber(String caseNumber) {
        this.caseNumber = caseNumber;
    }

    /** The township it goes to. */
    public String getTownship() {
        return township;
    }

    public void setTownship(String township) {
        this.township = township;
    }

    /** The responsible unit, when one is named. */
    public String getUnit() {
        return unit;
    }

    public void setUnit(String unit) {
        this.unit = unit;
    }

    /** The responsible person's login, when one is named. */
    public String getPerson() {
        return person;
    }

    public void setPerson(String person) {
        this.person = person;
    }

    /** The date the notice is about (a limit's due date), when it has one. */
    public LocalDate getDueDate() {
        return dueDate;
    }

    public void setDueDate(LocalDate dueDate) {
        this.dueDate = dueDate;
    }

    /** One line (zh-CN): a letter's title, an e-mail's subject. */
    public String getSubject() {
        return subject;
    }

    public void setSubject(String subject) {
        this.subject = subject;
    }

    /** The full text (zh-CN). */
    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    /** At most 70 characters (zh-CN): one SMS. */
    public String getShortText() {
        return shortText;
    }

    public void setShortText(String shortText) {
        this.shortText = shortText;
    }

    /** When it was issued, on the platform's clock. */
    public Instant getIssuedAt() {
        return issuedAt;
    }

    public void setIssuedAt(Instant issuedAt) {
        this.issuedAt = issuedAt;
    }

    /**
     * About a complaint against an official: deliver it only to the {@link #getPerson() person} named (and the
     * case's trail), never to the shared addresses of the unit or the township, which may be the unit complained
     * about.
     */
    public boolean isRestricted() {
        return restricted;
    }

    public void setRestricted(boolean restricted) {
        this.restricted = restricted;
    }
}
