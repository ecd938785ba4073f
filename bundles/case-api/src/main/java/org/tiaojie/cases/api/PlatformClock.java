package org.tiaojie.cases.api;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The platform's one clock — 平台时钟. Every bundle asks it for "now" and "today" instead of the system
 * clock, so every time limit, overdue mark, reminder and monthly figure follows one time. In production it
 * is the real time. A training installation (培训环境) may set and advance it, so that staff walk a case
 * through its 60 days in an afternoon and tests make a month pass without waiting.
 */
@ProviderType
public interface PlatformClock {
    /** The county's time zone: case numbers, years and "today" follow local time. */
    ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    /** Now, as the platform counts time. */
    Instant now();

    /** Today in the county, as the platform counts time. */
    default LocalDate today() {
        return now().atZone(ZONE).toLocalDate();
    }

    /** The real time, whatever the platform's clock says; for audit entries made under a training clock. */
    Instant realNow();

    /** True while this clock is not the real time (a training installation's clock was set or advanced). */
    boolean isShifted();

    /** A clock that follows {@code clock}: the real one for the system clock, a fixed one in unit tests. */
    static PlatformClock of(Clock clock) {
        return new PlatformClock() {
            @Override
            public Instant now() {
                return clock.instant();
            }

            @Override
            public Instant realNow() {
                return clock.instant();
            }

            @Override
            public boolean isShifted() {
                return false;
            }
        };
    }
}
