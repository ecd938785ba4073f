package org.tiaojie.cases.core.internal;

import java.time.Instant;
import java.time.LocalDate;

import org.tiaojie.cases.api.PlatformClock;

/**
 * When something is recorded: the platform's time, and the real time when a training clock is set away from it,
 * so that an audit entry made in a training installation keeps both.
 *
 * @param at     the platform's time
 * @param realAt the real time, or null when the platform's clock is the real one
 */
record Moment(Instant at, Instant realAt) {

    static Moment of(PlatformClock clock) {
        return clock.isShifted() ? new Moment(clock.now(), clock.realNow()) : new Moment(clock.now(), null);
    }

    LocalDate date() {
        return at.atZone(PlatformClock.ZONE).toLocalDate();
    }
}
