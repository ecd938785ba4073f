package org.tiaojie.cases.api;

import java.time.Duration;
import java.time.Instant;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Setting the clock of a training installation — 培训时钟. Refused on any installation that is not declared a
 * training one ({@code tiaojie.installation = training} in {@code etc/system.properties}), so a production
 * clock can never be moved. The clock only moves forward: steps already recorded never lie in the future.
 * What is set is kept in {@code etc/org.tiaojie.clock.cfg} and survives a restart.
 */
@ProviderType
public interface ClockControl {
    /** The clock as it is now; anyone may ask. */
    ClockState state();

    /**
     * Sets the platform's "now" (operators only).
     *
     * @throws TiaojieException {@link ErrorCode#ACCESS_DENIED} for other roles or a production installation;
     *                          {@link ErrorCode#VALIDATION_FAILED} for a time before the platform's now
     */
    ClockState set(Actor actor, Instant now);

    /** Moves the clock forward by {@code by} (operators only); as {@link #set}. */
    ClockState advance(Actor actor, Duration by);

    /** Back to the real time (operators only): only for a training database that is then started afresh. */
    ClockState reset(Actor actor);
}
