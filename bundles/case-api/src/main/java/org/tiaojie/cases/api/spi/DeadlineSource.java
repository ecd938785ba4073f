package org.tiaojie.cases.api.spi;

import java.time.LocalDate;
import java.util.List;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * The open time limits a module keeps — 在办时限 — offered to whoever reminds people of them (supervision). The core
 * publishes one for its cases; every plug-in with limits of its own (a mediation channel, legal aid) publishes one
 * for its records. A limit that is met, or whose record is closed, is no longer listed: that is how a reminder
 * knows not to go out. Registered with the service property {@link #SOURCE}.
 */
@ConsumerType
public interface DeadlineSource {
    /** Service property: the source's stable name, e.g. {@code case}, {@code legal-aid}, {@code mediation-PEOPLE}. */
    String SOURCE = "source";

    /**
     * The open limits due on or before {@code dueBy}, earliest first, then by {@link OpenDeadline#getSubjectId()}:
     * at most {@code limit}, starting after the position {@code after} (null: from the start). Read in the
     * database through an index on the due date, so a scan costs what is due, not what is stored. A page shorter
     * than {@code limit} is the last one.
     */
    List<OpenDeadline> dueBy(LocalDate dueBy, OpenDeadline after, int limit);
}
