package org.tiaojie.records.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;

import org.tiaojie.cases.api.PlatformClock;

/**
 * Time in records. Dates ({@link LocalDate}) are mapped as they are (OpenJPA 3.2 binds them as SQL DATE). Instants
 * are not: OpenJPA 3.2 would store them serialized and cannot apply an attribute converter, so an instant is kept
 * in a {@code TIMESTAMP} field of type {@link Date} and crosses the entity's accessors through these two methods.
 * The platform's time zone is {@link PlatformClock#ZONE}; a record's day is the day there.
 */
public final class Times {
    private Times() {
    }

    public static Date toDate(Instant instant) {
        return instant == null ? null : Date.from(instant);
    }

    public static Instant toInstant(Date date) {
        return date == null ? null : date.toInstant();
    }

    /** The day an instant falls on in the platform's time zone. */
    public static LocalDate day(Instant instant) {
        return instant == null ? null : instant.atZone(PlatformClock.ZONE).toLocalDate();
    }
}
