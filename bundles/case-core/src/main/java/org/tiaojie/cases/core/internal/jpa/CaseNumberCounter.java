package org.tiaojie.cases.core.internal.jpa;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Version;

/**
 * The next case number of one township in one year. Concurrent registrations that read the same
 * version collide on commit and are retried, so numbers are never handed out twice.
 */
@Entity
@Table(name = "TJ_CASE_COUNTER")
public class CaseNumberCounter {

    @Id
    @Column(name = "ID", length = 40)
    private String id;

    @Version
    @Column(name = "VERSION")
    private long version;

    @Column(name = "NEXT_VALUE", nullable = false)
    private long nextValue;

    public CaseNumberCounter() {
    }

    public CaseNumberCounter(String id) {
        this.id = id;
        this.nextValue = 1;
    }

    public static String idOf(String township, int year) {
        return township + "/" + year;
    }

    /** Hands out the current value and advances the counter. */
    public long take() {
        return nextValue++;
    }
}
