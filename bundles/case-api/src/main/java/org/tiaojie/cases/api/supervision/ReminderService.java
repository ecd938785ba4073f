package org.tiaojie.cases.api.supervision;

import org.osgi.annotation.versioning.ProviderType;
import org.tiaojie.cases.api.Actor;
import org.tiaojie.cases.api.Page;
import org.tiaojie.cases.api.PageRequest;

/**
 * Reminders — 催办提醒: a scheduled run finds every open limit of every module that is near (the configured lead
 * times, in working days) or past, and reminds the responsible township, unit and person once per limit, due date
 * and lead time, through every live {@link org.tiaojie.cases.api.spi.Notifier}. The work is claimed in the
 * database, so a run started twice at once, or on two nodes, sends each reminder once.
 */
@ProviderType
public interface ReminderService {
    /**
     * Runs the reminders now, as the scheduled job does (operators and supervisors: after a training clock was moved,
     * or to catch up after a stop). Safe to call while another run is under way.
     */
    ReminderRun run(Actor actor);

    /**
     * The reminders sent, newest first, that the reader may see (their townships; the county's staff: all):
     * all of them, or those of one case ({@code caseId}), of one township, or of one stage.
     */
    Page<Reminder> list(Actor actor, String caseId, String township, ReminderStage stage, PageRequest page);
}
