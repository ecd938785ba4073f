package org.tiaojie.cases.api;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Loading the official calendar — 载入节假日安排. When the State Council publishes next year's holidays, an
 * operator loads them here (or from the console); they apply at once, without a restart, and are kept in
 * {@code etc/org.tiaojie.calendar.year-<year>.cfg} like any configuration.
 */
@ProviderType
public interface CalendarAdministration {
    /** The loaded years and what is missing as of the platform's today. */
    CalendarStatus status();

    /**
     * Loads (or replaces) one year. Validated whole before anything is written: every day inside that year,
     * no day both holiday and working day, working days only on weekends.
     *
     * @return the year as it is now in force
     * @throws ValidationException naming each bad entry
     * @throws TiaojieException    {@link ErrorCode#ACCESS_DENIED} for anyone but an operator
     */
    CalendarYear load(Actor actor, CalendarYear year);
}
