package org.tiaojie.mediation.internal.jpa;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Lob;
import javax.persistence.Temporal;
import javax.persistence.TemporalType;
import javax.persistence.Version;

import org.tiaojie.records.internal.Times;

/**
 * A mediation file — 调解卷宗 — as a channel stores it. Each channel maps it to its own table in its
 * orm.xml, so the records outlive the channel's uninstall and no two channels share a table. Parties,
 * sessions, agreement and court document are one JSON document; what lists filter on are columns.
 */
@Entity
public class FileEntity {
    @Id
    @Column(name = "ID", length = 36)
    private String id;

    @Version
    @Column(name = "VERSION")
    private long version;

    @Column(name = "NUMBER", length = 20, nullable = false, updatable = false)
    private String number;

    @Column(name = "STATUS", length = 24, nullable = false)
    private String status;

    @Column(name = "DIVISION", length = 24)
    private String division;

    @Column(name = "CASE_ID", length = 36)
    private String caseId;

    @Column(name = "TOWNSHIP", length = 20, nullable = false)
    private String township;

    @Column(name = "CATEGORY", length = 64, nullable = false)
    private String category;

    /** The mediating body: committee, department or court code. */
    @Column(name = "BODY_CODE", length = 20, nullable = false)
    private String bodyCode;

    @Column(name = "MEDIATOR", length = 64, nullable = false)
    private String mediator;

    @Column(name = "NON_PUBLIC")
    private boolean nonPublic;

    @Column(name = "OPENED_ON", nullable = false)
    private LocalDate openedOn;

    /** When the step that starts the channel's next limit happened (acceptance, agreement). */
    @Column(name = "MARK_ON")
    private LocalDate markOn;

    @Column(name = "EFFECTIVE_ON")
    private LocalDate effectiveOn;

    /** The limit the reminders follow now, none while nothing runs (kept by the engine at every step). */
    @Column(name = "DUE_DATE")
    private LocalDate dueDate;

    @Column(name = "EXTENSION_DAYS")
    private int extensionDays;

    @Column(name = "ESCALATED_FROM", length = 64)
    private String escalatedFrom;

    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "CREATED_AT", nullable = false, updatable = false)
    private Date createdAt;

    @Lob
    @Column(name = "CONTENT")
    private String content;

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public long getVersion() {
        return version;
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public String getDivision() {
        return division;
    }

    public void setDivision(String division) {
        this.division = division;
    }

    public String getCaseId() {
        return caseId;
    }

    public void setCaseId(String caseId) {
        this.caseId = caseId;
    }

    public String getTownship() {
        return township;
    }

    public void setTownship(String township) {
        this.township = township;
    }

    public String getCategory() {
        return category;
    }

    public void setCategory(String category) {
        this.category = category;
    }

    public String getBodyCode() {
        return bodyCode;
    }

    public void setBodyCode(String bodyCode) {
        this.bodyCode = bodyCode;
    }

    public String getMediator() {
        return mediator;
    }

    public void setMediator(String mediator) {
        this.mediator = mediator;
    }

    public boolean isNonPublic() {
        return nonPublic;
    }

    public void setNonPublic(boolean nonPublic) {
        this.nonPublic = nonPublic;
    }

    public LocalDate getOpenedOn() {
        return openedOn;
    }

    public void setOpenedOn(LocalDate openedOn) {
        this.openedOn = openedOn;
    }

    public LocalDate getMarkOn() {
        return markOn;
    }

    public void setMarkOn(LocalDate markOn) {
        this.markOn = markOn;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public void setDueDate(LocalDate dueDate) {
        this.dueDate = dueDate;
    }

    public LocalDate getEffectiveOn() {
        return effectiveOn;
    }

    public void setEffectiveOn(LocalDate effectiveOn) {
        this.effectiveOn = effectiveOn;
    }

    public int getExtensionDays() {
        return extensionDays;
    }

    public void setExtensionDays(int extensionDays) {
        this.extensionDays = extensionDays;
    }

    public String getEscalatedFrom() {
        return escalatedFrom;
    }

    public void setEscalatedFrom(String escalatedFrom) {
        this.escalatedFrom = escalatedFrom;
    }

    public Instant getCreatedAt() {
        return Times.toInstant(createdAt);
    }

    public void setCreatedAt(Instant createdAt) {
        this.createdAt = Times.toDate(createdAt);
    }

    public String getContent() {
        return content;
    }

    public void setContent(String content) {
        this.content = content;
    }
}
