package org.tiaojie.mediation.centre.internal.jpa;

import java.time.Instant;
import java.util.Date;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Lob;
import javax.persistence.Table;
import javax.persistence.Temporal;
import javax.persistence.TemporalType;
import javax.persistence.UniqueConstraint;
import javax.persistence.Version;

import org.tiaojie.records.internal.Times;

/**
 * A dispute the centre took in. Parties, description and the attempts in the channels are one JSON document;
 * what lists and the case's lookup filter on are columns.
 */
@Entity
@Table(name = "TJ_MC_DISPUTE", uniqueConstraints = @UniqueConstraint(name = "UQ_MC_NUMBER", columnNames = "NUMBER"))
public class DisputeEntity {
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

    @Column(name = "SOURCE", length = 16, nullable = false, updatable = false)
    private String source;

    @Column(name = "CASE_ID", length = 36, updatable = false)
    private String caseId;

    @Column(name = "TOWNSHIP", length = 20, nullable = false, updatable = false)
    private String township;

    @Column(name = "CATEGORY", length = 64, nullable = false, updatable = false)
    private String category;

    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "TAKEN_IN_AT", nullable = false, updatable = false)
    private Date takenInAt;

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

    public String getSource() {
        return source;
    }

    public void setSource(String source) {
        this.source = source;
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

    public Instant getTakenInAt() {
        return Times.toInstant(takenInAt);
    }

    public void setTakenInAt(Instant takenInAt) {
        this.takenInAt = Times.toDate(takenInAt);
    }

    public String getContent() {
        return content;
    }

    public void setContent(String content) {
        this.content = content;
    }
}
