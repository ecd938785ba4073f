package org.tiaojie.cases.api;

import java.time.LocalDate;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The county's official calendar — 法定节假日与调休 — as a service, so that every time limit, in the core or
 * in a plug-in, is counted the same way: the first day is not counted; a calendar-day period ending on a rest
 * day ends on the next working day; a working-day period skips rest days and counts swapped working days.
 */
@ProviderType
public interface WorkingCalendar {
    /**
     * A period of {@code days} from {@code start}: its due date and how it was computed, in words a clerk
     * can read out. The returned deadline has no {@link Deadline#getKind() kind}; the caller knows what it is.
     */
    Deadline period(LocalDate start, DayCount count, int days);
}
