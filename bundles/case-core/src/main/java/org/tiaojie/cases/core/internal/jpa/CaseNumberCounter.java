package org.tiaojie.cases.core.internal.jpa;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

/**
 * The next case number of one township in one year. Taken under its row lock ({@code Numbering}), so numbers are
 * gapless and never handed out twice; no version, since the lock keeps takers apart.
 */
@Entity
@Table(name = "TJ_CASE_COUNTER")
public class CaseNumberCounter {

    @Id
    @Column(name = "ID", length = 40)
    private String id;

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
}
