package org.tiaojie.mediation.internal.jpa;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Version;

/** The next record number of a year; concurrent takers collide on the version. Table named by orm.xml. */
@Entity
public class NumberCounter {
    @Id
    @Column(name = "YEAR_VALUE")
    private int year;

    @Version
    @Column(name = "VERSION")
    private long version;

    @Column(name = "NEXT_VALUE", nullable = false)
    private long nextValue;

    public NumberCounter() {
    }

    public NumberCounter(int year) {
        this.year = year;
        this.nextValue = 1;
    }

    public long take() {
        return nextValue++;
    }
}
