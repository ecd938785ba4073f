package org.tiaojie.supervision.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.osgi.service.blueprint.container.ServiceUnavailableException;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tiaojie.cases.api.Actor;
import org.tiaojie.cases.api.ErrorCode;
import org.tiaojie.cases.api.FieldViolation;
import org.tiaojie.cases.api.Page;
import org.tiaojie.cases.api.PageRequest;
import org.tiaojie.cases.api.PlatformClock;
import org.tiaojie.cases.api.ReferenceData;
import org.tiaojie.cases.api.Roles;
import org.tiaojie.cases.api.TiaojieException;
import org.tiaojie.cases.api.ValidationException;
import org.tiaojie.cases.api.WorkingCalendar;
import org.tiaojie.cases.api.event.CaseEvents;
import org.tiaojie.cases.api.event.DeadlineEvents;
import org.tiaojie.cases.api.spi.DeadlineSource;
import org.tiaojie.cases.api.spi.Delivery;
import org.tiaojie.cases.api.spi.Notice;
import org.tiaojie.cases.api.spi.Notifier;
import org.tiaojie.cases.api.spi.OpenDeadline;
import org.tiaojie.cases.api.supervision.Reminder;
import org.tiaojie.cases.api.supervision.ReminderRun;
import org.tiaojie.cases.api.supervision.ReminderService;
import org.tiaojie.cases.api.supervision.ReminderStage;

/**
 * The reminder job and its ledger. A run reads every {@link DeadlineSource} up to the horizon the longest lead time
 * reaches, works out the stage each limit has reached, and claims each reminder by inserting it (one insert wins,
 * on whichever node); the winner posts the event and hands the notice to every live {@link Notifier}. A run that
 * stops between the claim and the deliveries leaves the reminder pending, and a later run hands it over again: a
 * reminder is sent at least once and claimed exactly once.
 */
public class ReminderServiceImpl implements ReminderService, Runnable {
    private static final Logger LOG = LoggerFactory.getLogger(ReminderServiceImpl.class);
    private static final String[] RUNNERS = {Roles.OPERATOR, Roles.SUPERVISOR};
    /** Those who read the ordinary cases; the discipline body reads only the reminders of complaints. */
    private static final String[] ORDINARY_READERS = {Roles.CLERK, Roles.HANDLER, Roles.LEADER, Roles.MEDIATOR,
            Roles.LEGAL_AID, Roles.SUPERVISOR};

    private final ReminderStore store;
    private final SupervisionSettings settings;
    private final PlatformClock clock;
    private final WorkingCalendar calendar;
    private final Map<String, DeadlineSource> sources = new ConcurrentHashMap<>();
    private final List<EventAdmin> eventAdmins = new CopyOnWriteArrayList<>();
    private volatile ReferenceData referenceData;

    private final Channels channels;
    private volatile Accountability accountability;
    private volatile SupervisionServiceImpl supervision;

    public ReminderServiceImpl(ReminderStore store, Channels channels, SupervisionSettings settings, PlatformClock clock,
                               WorkingCalendar calendar) {
        this.store = store;
        this.channels = channels;
        this.settings = settings;
        this.clock = clock;
        this.calendar = calendar;
    }

    public void setReferenceData(ReferenceData referenceData) {
        this.referenceData = referenceData;
    }

    /** The notices' sweep, run after the reminders. */
    public void setSupervision(SupervisionServiceImpl supervision) {
        this.supervision = supervision;
    }

    /** Opens the accountability records of limits overdue beyond the configured working days. */
    public void setAccountability(Accountability accountability) {
        this.accountability = accountability;
    }

    // Whiteboard: sources are keyed by their service property; a later registration of a name wins.

    public void bindSource(DeadlineSource source, Map<String, ?> properties) {
        name(properties, DeadlineSource.SOURCE).ifPresent(n -> sources.put(n, source));
    }

    public void unbindSource(DeadlineSource source, Map<String, ?> properties) {
        name(properties, DeadlineSource.SOURCE).ifPresent(n -> sources.remove(n, source));
    }

    public void bindEventAdmin(EventAdmin eventAdmin) {
        eventAdmins.add(eventAdmin);
    }

    public void unbindEventAdmin(EventAdmin eventAdmin) {
        eventAdmins.remove(eventAdmin);
    }

    private static Optional<String> name(Map<String, ?> properties, String key) {
        Object v = properties == null ? null : properties.get(key);
        if (v == null || String.valueOf(v).isBlank()) {
            LOG.warn("a service without its '{}' property is ignored", key);
            return Optional.empty();
        }
        return Optional.of(String.valueOf(v).trim());
    }

    /** The scheduled run: its failures are logged, never thrown at the scheduler. */
    @Override
    public void run() {
        try {
            ReminderRun r = runNow();
            if (r.getRemindersSent() > 0 || r.getRedelivered() > 0 || !r.getSourcesFailed().isEmpty()) {
                LOG.info("reminders: {} sent, {} handed over again, {} already sent; sources failed: {}",
                        r.getRemindersSent(), r.getRedelivered(), r.getAlreadySent(), r.getSourcesFailed());
            }
        } catch (RuntimeException e) {
            LOG.warn("the reminder run failed; the next one tries again", e);
        }
    }

    @Override
    public ReminderRun run(Actor actor) {
        Roles.require(actor, RUNNERS);
        return runNow();
    }

    ReminderRun runNow() {
        SupervisionSettings.Reminders config = settings.reminders();
        LocalDate today = clock.today();
        LocalDate horizon = config.rules().horizon(today, calendar);
        ReminderRun run = new ReminderRun();
        run.setToday(today);
        run.setHorizon(horizon);
        for (Map.Entry<String, DeadlineSource> source : new TreeMap<>(sources).entrySet()) {
            try {
                scan(source.getKey(), source.getValue(), config, today, horizon, run);
                run.getSourcesRead().add(source.getKey());
            } catch (ServiceUnavailableException e) {
                // The plug-in left during the run: its limits are read on the next run after it is back.
                run.getSourcesFailed().add(source.getKey());
            } catch (RuntimeException e) {
                LOG.warn("the limits of source {} could not be read; the next run tries again", source.getKey(), e);
                run.getSourcesFailed().add(source.getKey());
            }
        }
        redeliver(config, run);
        SupervisionServiceImpl notices = supervision;
        if (notices != null) {
            run.setNoticesLapsed(notices.sweep(today));
        }
        return run;
    }

    private void scan(String sourceName, DeadlineSource source, SupervisionSettings.Reminders config, LocalDate today,
                      LocalDate horizon, ReminderRun run) {
        OpenDeadline after = null;
        while (true) {
            List<OpenDeadline> page = source.dueBy(horizon, after, config.batch());
            run.setDeadlinesRead(run.getDeadlinesRead() + page.size());
            Map<OpenDeadline, ReminderRules.Stage> due = new HashMap<>();
            Set<String> subjects = new LinkedHashSet<>();
            for (OpenDeadline d : page) {
                if (d.getDueDate() == null || d.getSubjectId() == null || d.getLimit() == null) {
                    continue;
                }
                config.rules().stage(d.getDueDate(), today, calendar).ifPresent(s -> {
                    due.put(d, s);
                    subjects.add(d.getSubjectId());
                });
            }
            Accountability overdue = accountability;
            if (overdue != null) {
                overdue.overdue(sourceName, page, today);
            }
            Set<ReminderStore.Key> claimed = store.claimed(sourceName, subjects);
            for (OpenDeadline d : page) {
                ReminderRules.Stage stage = due.get(d);
                if (stage == null) {
                    continue;
                }
                ReminderStore.Key key = new ReminderStore.Key(sourceName, d.getSubjectId(), d.getLimit(),
                        d.getDueDate(), stage.stage(), stage.leadWorkingDays());
                if (claimed.contains(key)) {
                    run.setAlreadySent(run.getAlreadySent() + 1);
                    continue;
                }
                Reminder reminder = reminder(sourceName, d, stage, today);
                if (!store.claim(reminder, d.isRestricted(), clock.realNow())) {
                    run.setAlreadySent(run.getAlreadySent() + 1);
                    continue;
                }
                run.setRemindersSent(run.getRemindersSent() + 1);
                post(reminder);
                deliver(reminder, d.isRestricted(), 1, config);
            }
            if (page.size() < config.batch()) {
                return;
            }
            after = page.get(page.size() - 1);
        }
    }

    /** Hands over again what is still pending past the retry time: a channel failed, or a node stopped mid-way. */
    private void redeliver(SupervisionSettings.Reminders config, ReminderRun run) {
        Instant leaseEnded = clock.realNow().minusSeconds(config.retrySeconds());
        for (ReminderStore.Row row : store.stale(leaseEnded, config.batch())) {
            String id = row.reminder().getId();
            if (row.attempts() >= config.maxAttempts()) {
                store.status(id, ReminderStore.FAILED);
                LOG.warn("reminder {} ({}) could not be delivered in {} attempts", id, row.reminder().getSubjectNumber(),
                        row.attempts());
            } else if (store.reclaim(id, row.attempts(), clock.realNow())) {
                deliver(row.reminder(), row.restricted(), row.attempts() + 1, config);
                run.setRedelivered(run.getRedelivered() + 1);
            }
        }
    }

    private void deliver(Reminder reminder, boolean restricted, int attempt, SupervisionSettings.Reminders config) {
        Notice notice = notice(reminder, restricted);
        Set<String> settled = attempt > 1 ? store.settledChannels(reminder.getId()) : Set.of();
        boolean failed = false;
        int tried = 0;
        for (Map.Entry<String, Notifier> channel : channels.live().entrySet()) {
            if (settled.contains(channel.getKey())) {
                continue;
            }
            Optional<Delivery> answer = Channels.deliver(channel.getKey(), channel.getValue(), notice);
            if (answer.isEmpty()) {
                continue; // the channel left: it is not used for this notice
            }
            Delivery delivery = answer.get();
            tried++;
            failed |= delivery.outcome() == Delivery.Outcome.FAILED;
            store.delivery(reminder.getId(), attempt, channel.getKey(), delivery, clock.realNow());
        }
        boolean done = !failed && (tried > 0 || !settled.isEmpty());
        store.status(reminder.getId(), done ? ReminderStore.SENT
                : attempt >= config.maxAttempts() ? ReminderStore.FAILED : ReminderStore.PENDING);
    }

    private Reminder reminder(String source, OpenDeadline d, ReminderRules.Stage stage, LocalDate today) {
        Reminder m = new Reminder();
        m.setId(UUID.randomUUID().toString());
        m.setStage(stage.stage());
        m.setLeadWorkingDays(stage.stage() == ReminderStage.DUE_SOON ? stage.leadWorkingDays() : null);
        m.setSource(source);
        m.setSubjectId(d.getSubjectId());
        m.setSubjectNumber(d.getSubjectNumber() == null ? d.getCaseNumber() : d.getSubjectNumber());
        m.setCaseId(d.getCaseId());
        m.setCaseNumber(d.getCaseNumber());
        m.setLimit(d.getLimit());
        m.setLimitLabel(d.getLimitLabel() == null ? d.getLimit() : d.getLimitLabel());
        m.setDueDate(d.getDueDate());
        m.setTownship(d.getTownship());
        m.setUnit(d.getUnit());
        m.setPerson(d.getPerson());
        m.setRemindedAt(clock.now());
        m.setText(ReminderTexts.body(m, townshipName(d.getTownship()), today));
        return m;
    }

    private String townshipName(String code) {
        ReferenceData master = referenceData;
        if (code == null || master == null) {
            return code;
        }
        try {
            return master.township(code).map(t -> t.name()).orElse(code);
        } catch (RuntimeException e) {
            return code; // the core is away for a moment: the code says the same
        }
    }

    private static Notice notice(Reminder m, boolean restricted) {
        Notice n = new Notice();
        n.setId(m.getId());
        n.setKind(m.getStage().name());
        n.setCaseId(m.getCaseId());
        n.setCaseNumber(m.getCaseNumber());
        n.setTownship(m.getTownship());
        n.setUnit(m.getUnit());
        n.setPerson(m.getPerson());
        n.setDueDate(m.getDueDate());
        n.setSubject(ReminderTexts.subject(m));
        n.setBody(m.getText());
        n.setShortText(ReminderTexts.shortText(m));
        n.setIssuedAt(m.getRemindedAt());
        n.setRestricted(restricted);
        return n;
    }

    private void post(Reminder m) {
        Map<String, Object> p = new HashMap<>();
        p.put(DeadlineEvents.REMINDER_ID, m.getId());
        p.put(DeadlineEvents.SOURCE, m.getSource());
        p.put(DeadlineEvents.SUBJECT_ID, m.getSubjectId());
        p.put(DeadlineEvents.LIMIT, m.getLimit());
        p.put(DeadlineEvents.DUE_DATE, m.getDueDate().toString());
        if (m.getLeadWorkingDays() != null) {
            p.put(DeadlineEvents.LEAD_WORKING_DAYS, m.getLeadWorkingDays());
        }
        putIf(p, DeadlineEvents.UNIT, m.getUnit());
        putIf(p, CaseEvents.CASE_ID, m.getCaseId());
        putIf(p, CaseEvents.CASE_NUMBER, m.getCaseNumber());
        putIf(p, CaseEvents.TOWNSHIP, m.getTownship());
        Event event = new Event(m.getStage() == ReminderStage.OVERDUE ? DeadlineEvents.OVERDUE : DeadlineEvents.DUE_SOON, p);
        for (EventAdmin admin : eventAdmins) {
            try {
                admin.postEvent(event);
                return;
            } catch (RuntimeException e) {
                LOG.debug("event admin went away; trying another", e);
            }
        }
    }

    private static void putIf(Map<String, Object> p, String key, String value) {
        if (value != null) {
            p.put(key, value);
        }
    }

    @Override
    public Page<Reminder> list(Actor actor, String caseId, String township, ReminderStage stage, PageRequest page) {
        Roles.require(actor, Roles.CASE_READERS);
        if (township != null) {
            ReferenceData master = referenceData;
            if (master != null && master.township(township).isEmpty()) {
                throw ValidationException.of("township", FieldViolation.UNKNOWN_VALUE, "a township of the county");
            }
            if (!actor.canSeeTownship(township)) {
                throw new TiaojieException(ErrorCode.ACCESS_DENIED, actor.userId() + " is not assigned to township " + township);
            }
        }
        boolean restricted = actor.hasRole(Roles.DISCIPLINE) || actor.hasRole(Roles.CLERK) && actor.isCountyWide();
        ReminderStore.Readers readers = new ReminderStore.Readers(actor.isCountyWide() ? null
                : List.copyOf(actor.townships()), actor.hasAnyRole(ORDINARY_READERS), restricted, actor.userId());
        ReminderStore.PageOf found = store.list(readers, caseId, township, stage, page.offset(), page.size());
        return new Page<>(found.items(), page.page(), page.size(), found.total());
    }
}
