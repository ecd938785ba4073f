package org.tiaojie.cases.core.internal.jpa;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

/**
 * A client's idempotency key and the case its first submission created. A table of its own because
 * most intakes carry no key (unique columns must be NOT NULL on Derby), and because the primary key
 * makes two racing submissions with the same key collide, so the loser's retry finds the winner's case.
 */
@Entity
@Table(name = "TJ_IDEMPOTENCY_KEY")
public class IdempotencyKeyEntity {

    @Id
    @Column(name = "KEY_VALUE", length = 64)
    private String key;

    @Column(name = "CASE_ID", length = 36, nullable = false, updatable = false)
    private String caseId;

    /** Set when the submission was linked to the case as a repeat rather than creating it. */
    @Column(name = "REPEAT_ID", length = 36, updatable = false)
    private String repeatId;

    /** SHA-256 of the submission and who made it: the same key with another submission is refused, not replayed. */
    @Column(name = "REQUEST_HASH", length = 64, updatable = false)
    private String requestHash;

    public IdempotencyKeyEntity() {
    }

    public IdempotencyKeyEntity(String key, String caseId, String repeatId, String requestHash) {
        this.key = key;
        this.caseId = caseId;
        this.repeatId = repeatId;
        this.requestHash = requestHash;
    }

    /** Null for keys stored before hashes were. */
    public String getRequestHash() {
        return requestHash;
    }

    public String getRepeatId() {
        return repeatId;
    }

    public String getCaseId() {
        return caseId;
    }
}
