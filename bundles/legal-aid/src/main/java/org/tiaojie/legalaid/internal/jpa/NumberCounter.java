package org.tiaojie.legalaid.internal.jpa;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

/**
 * The next application number of a year, taken under its row lock ({@code Numbering}): gapless, never handed out
 * twice, no version.
 */
@Entity
@Table(name = "TJ_LA_COUNTER")
public class NumberCounter {
    @Id
    @Column(name = "YEAR_VALUE")
    private int year;

    @Column(name = "NEXT_VALUE", nullable = false)
    private long nextValue;

    public NumberCounter() {
    }

    public NumberCounter(int year) {
        this.year = year;
        this.nextValue = 1;
    }
}
