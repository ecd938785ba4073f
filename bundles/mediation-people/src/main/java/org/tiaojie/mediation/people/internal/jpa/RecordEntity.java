package org.tiaojie.mediation.people.internal.jpa;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Index;
import javax.persistence.Lob;
import javax.persistence.Table;
import javax.persistence.Temporal;
import javax.persistence.TemporalType;
import javax.persistence.UniqueConstraint;
import javax.persistence.Version;

/**
 * A people's mediation file as the channel stores it, in its own table, which outlives the plug-in's
 * uninstall. Parties, sessions and the agreement are one JSON document; what lists filter on are columns.
 */
@Entity
@Table(name = "TJ_PM_RECORD", uniqueConstraints = @UniqueConstraint(name = "UQ_PM_NUMBER", columnNames = "NUMBER"),
        indexes = @Index(name = "IX_PM_STATUS", columnList = "STATUS"))
public class RecordEntity {
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

    @Column(name = "CASE_ID", length = 36)
    private String caseId;

    @Column(name = "TOWNSHIP", length = 20, nullable = false)
    private String township;

    @Column(name = "CATEGORY", length = 64, nullable = false)
    private String category;

    @Column(name = "COMMITTEE", length = 20, nullable = false)
    private String committee;

    @Column(name = "MEDIATOR", length = 20, nullable = false)
    private String mediator;

    @Column(name = "NON_PUBLIC")
    private boolean nonPublic;

    @Lob
    @Column(name = "BODY")
    private String body;

    @Temporal(TemporalType.DATE)
    @Column(name = "EFFECTIVE_ON")
    private Date effectiveOn;

    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "CREATED_AT", nullable = false, updatable = false)
    private Date createdAt;

    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public long getVersion() { return version; }
    public String getNumber() { return number; }
    public void setNumber(String number) { this.number = number; }
    public String getStatus() { return status; }
    public void setStatus(String status) { this.status = status; }
    public String getCaseId() { return caseId; }
    public void setCaseId(String caseId) { this.caseId = caseId; }
    public String getTownship() { return township; }
    public void setTownship(String township) { this.township = township; }
    public String getCategory() { return category; }
    public void setCategory(String category) { this.category = category; }
    public String getCommittee() { return committee; }
    public void setCommittee(String committee) { this.committee = committee; }
    public String getMediator() { return mediator; }
    public void setMediator(String mediator) { this.mediator = mediator; }
    public boolean isNonPublic() { return nonPublic; }
    public void setNonPublic(boolean nonPublic) { this.nonPublic = nonPublic; }
    public String getBody() { return body; }
    public void setBody(String body) { this.body = body; }
    public LocalDate getEffectiveOn() { return effectiveOn == null ? null : new java.sql.Date(effectiveOn.getTime()).toLocalDate(); }
    public void setEffectiveOn(LocalDate d) { this.effectiveOn = d == null ? null : java.sql.Date.valueOf(d); }
    public Instant getCreatedAt() { return createdAt == null ? null : createdAt.toInstant(); }
    public void setCreatedAt(Instant at) { this.createdAt = Date.from(at); }
}
