package org.tiaojie.cases.core.internal.jpa;

import java.time.Instant;
import java.util.Date;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Temporal;
import javax.persistence.TemporalType;

import org.tiaojie.cases.api.PetitionForm;
import org.tiaojie.cases.api.PriorLevel;
import org.tiaojie.cases.api.Source;

import org.tiaojie.records.internal.Times;

/**
 * A repeat submission (重信重访) kept with the case it repeats. Written once, never changed: it is part of
 * the case file and of the repeat statistics.
 */
@Entity
@Table(name = "TJ_REPEAT")
public class RepeatSubmissionEntity {

    @Id
    @Column(name = "ID", length = 36)
    private String id;

    @Column(name = "CASE_ID", length = 36, nullable = false, updatable = false)
    private String caseId;

    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "RECEIVED_AT", nullable = false, updatable = false)
    private Date receivedAt;

    @Column(name = "RECEIVED_BY", length = 64, nullable = false, updatable = false)
    private String receivedBy;

    @Enumerated(EnumType.STRING)
    @Column(name = "PETITION_FORM", length = 16, nullable = false, updatable = false)
    private PetitionForm petitionForm;

    @Enumerated(EnumType.STRING)
    @Column(name = "SOURCE", length = 40, nullable = false, updatable = false)
    private Source source;

    @Column(name = "HEAD_COUNT", nullable = false, updatable = false)
    private int headCount;

    @Enumerated(EnumType.STRING)
    @Column(name = "PRIOR_LEVEL", length = 16, updatable = false)
    private PriorLevel priorLevel;

    @Column(name = "CONTENT", length = 8000, nullable = false, updatable = false)
    private String content;

    @Column(name = "DEMANDS", length = 2000, updatable = false)
    private String demands;

    public RepeatSubmissionEntity() {
    }

    @SuppressWarnings("java:S107") // one column each; a builder would only hide that
    public RepeatSubmissionEntity(String id, String caseId, Instant receivedAt, String receivedBy, PetitionForm petitionForm,
                                  Source source, int headCount, PriorLevel priorLevel, String content, String demands) {
        this.id = id;
        this.caseId = caseId;
        this.receivedAt = Times.toDate(receivedAt);
        this.receivedBy = receivedBy;
        this.petitionForm = petitionForm;
        this.source = source;
        this.headCount = headCount;
        this.priorLevel = priorLevel;
        this.content = content;
        this.demands = demands;
    }

    public String getId() {
        return id;
    }

    public String getCaseId() {
        return caseId;
    }

    public Instant getReceivedAt() {
        return Times.toInstant(receivedAt);
    }

    public String getReceivedBy() {
        return receivedBy;
    }

    public PetitionForm getPetitionForm() {
        return petitionForm;
    }

    public Source getSource() {
        return source;
    }

    public int getHeadCount() {
        return headCount;
    }

    public PriorLevel getPriorLevel() {
        return priorLevel;
    }

    public String getContent() {
        return content;
    }

    public String getDemands() {
        return demands;
    }
}
