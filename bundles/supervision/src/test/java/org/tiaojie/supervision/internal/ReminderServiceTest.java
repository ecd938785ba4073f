package org.tiaojie.supervision.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tiaojie.cases.api.Actor;
import org.tiaojie.cases.api.Page;
import org.tiaojie.cases.api.PageRequest;
import org.tiaojie.cases.api.PlatformClock;
import org.tiaojie.cases.api.TiaojieException;
import org.tiaojie.cases.api.spi.DeadlineSource;
import org.tiaojie.cases.api.spi.Delivery;
import org.tiaojie.cases.api.spi.Notice;
import org.tiaojie.cases.api.spi.Notifier;
import org.tiaojie.cases.api.spi.OpenDeadline;
import org.tiaojie.cases.api.supervision.Reminder;
import org.tiaojie.cases.api.supervision.ReminderRun;
import org.tiaojie.cases.api.supervision.ReminderStage;
import org.tiaojie.cases.core.internal.time.OfficialCalendar;
import org.tiaojie.records.internal.SchemaCheck;

/** The reminder job on Derby with its own changelog, a source and notifiers standing in for the plug-ins. */
class ReminderServiceTest {
    private static final LocalDate DUE = LocalDate.of(2026, 10, 9);
    private static final Actor SUPERVISOR = Actor.fromRoleNames("sv", List.of("supervisor", "county"));
    private static final Actor CLERK = Actor.fromRoleNames("clerk", List.of("clerk", "township:341122101"));
    private static final Actor DISCIPLINE = Actor.fromRoleNames("jw", List.of("discipline", "county"));

    private final TestClock clock = new TestClock();
    private final Limits source = new Limits();
    private final List<Notice> trail = new CopyOnWriteArrayList<>();
    private final Channels channels = new Channels();
    private final Sources sources = new Sources();
    private ReminderServiceImpl service;
    private SchemaCheck db;

    @BeforeEach
    void start() throws Exception {
        db = new SchemaCheck().migrate("db/supervision.changelog.xml")
                .assertIndexes("TJ_SV_REMINDER", "IX_SV_REMINDER_PENDING", "IX_SV_REMINDER_CASE", "IX_SV_REMINDER_TOWNSHIP").assertIdempotent("db/supervision.changelog.xml");
        service = new ReminderServiceImpl(new ReminderStore(db.dataSource()), sources, channels, new SupervisionSettings(), clock,
                OfficialCalendar.service());
        sources.bind(source, Map.of(DeadlineSource.SOURCE, "case"));
        channels.bind(n -> {
            trail.add(n);
            return Delivery.delivered("trail");
        }, Map.of(Notifier.CHANNEL, "trail"));
        source.open.add(limit("c1", "HANDLING", DUE, false));
    }

    private static OpenDeadline limit(String id, String kind, LocalDate due, boolean restricted) {
        OpenDeadline d = new OpenDeadline();
        d.setSource("case");
        d.setSubjectId(id);
        d.setSubjectNumber("青信〔2026〕" + id);
        d.setCaseId(id);
        d.setCaseNumber("青信〔2026〕" + id);
        d.setLimit(kind);
        d.setLimitLabel("办理期限");
        d.setDueDate(due);
        d.setTownship("341122101");
        d.setUnit("land");
        d.setPerson("handler");
        d.setRestricted(restricted);
        return d;
    }

    private List<Reminder> reminders(Actor reader) {
        return service.list(reader, null, null, null, PageRequest.of(0, 200)).getItems();
    }

    @Test
    void eachLeadTimeAndTheOverdueDayAreSentOnceHoweverOftenTheJobRuns() {
        clock.today(LocalDate.of(2026, 9, 28));
        assertEquals(0, service.run(SUPERVISOR).getRemindersSent());

        clock.today(LocalDate.of(2026, 9, 29));
        ReminderRun first = service.run(SUPERVISOR);
        assertEquals(1, first.getRemindersSent());
        assertEquals(DUE, first.getHorizon());
        ReminderRun second = service.run(SUPERVISOR);
        assertEquals(0, second.getRemindersSent());
        assertEquals(1, second.getAlreadySent());

        clock.today(LocalDate.of(2026, 10, 8));
        service.run(SUPERVISOR);
        service.run(SUPERVISOR);
        clock.today(LocalDate.of(2026, 10, 9));
        service.run(SUPERVISOR);
        clock.today(LocalDate.of(2026, 10, 20));
        service.run(SUPERVISOR);
        service.run(SUPERVISOR);

        List<Reminder> sent = reminders(SUPERVISOR);
        assertEquals(3, sent.size(), sent.toString());
        assertEquals(ReminderStage.OVERDUE, sent.get(0).getStage());
        assertEquals(1, sent.get(1).getLeadWorkingDays());
        assertEquals(3, sent.get(2).getLeadWorkingDays());
        assertEquals(3, trail.size());
        assertTrue(trail.get(0).getBody().contains("2026年10月9日"), trail.get(0).getBody());
        assertTrue(trail.get(2).getSubject().startsWith("【超期督办】"), trail.get(2).getSubject());
        assertTrue(trail.stream().allMatch(n -> n.getShortText().length() <= 70));
        assertEquals(List.of("trail: DELIVERED: trail"), sent.get(0).getDeliveries());
    }

    @Test
    void anExtensionMovesTheDueDateAndTheRemindersFollowIt() {
        clock.today(LocalDate.of(2026, 10, 8));
        service.run(SUPERVISOR);
        source.open.set(0, limit("c1", "HANDLING", LocalDate.of(2026, 10, 23), false));
        clock.today(LocalDate.of(2026, 10, 9));
        assertEquals(0, service.run(SUPERVISOR).getRemindersSent(), "the old due date is no longer open");
        clock.today(LocalDate.of(2026, 10, 20));
        assertEquals(1, service.run(SUPERVISOR).getRemindersSent());
        assertEquals(LocalDate.of(2026, 10, 23), reminders(SUPERVISOR).get(0).getDueDate());
    }

    @Test
    void aPlugInsLimitWithoutACaseOrAPersonIsRemindedToo() {
        Limits aid = new Limits();
        OpenDeadline decision = limit("a1", "DECISION", DUE, false);
        decision.setSource("legal-aid");
        decision.setCaseId(null);
        decision.setCaseNumber(null);
        decision.setPerson(null);
        decision.setUnit("legal-aid");
        aid.open.add(decision);
        sources.bind(aid, Map.of(DeadlineSource.SOURCE, "legal-aid"));
        clock.today(LocalDate.of(2026, 10, 8));
        assertEquals(2, service.run(SUPERVISOR).getRemindersSent(), "the case's and legal aid's");
        Reminder sent = reminders(SUPERVISOR).stream().filter(r -> "legal-aid".equals(r.getSource())).findFirst()
                .orElseThrow();
        assertEquals("a1", sent.getSubjectId());
        assertEquals(null, sent.getCaseId());
        assertEquals(null, sent.getPerson());
    }

    @Test
    void aCaseClosedBeforeItsReminderGetsNone() {
        source.open.clear();
        clock.today(LocalDate.of(2026, 10, 8));
        assertEquals(0, service.run(SUPERVISOR).getRemindersSent());
        assertEquals(0, trail.size());
    }

    @Test
    void runsAtTheSameMomentSendEachReminderOnce() throws Exception {
        for (int i = 0; i < 200; i++) {
            source.open.add(limit(String.format("k%03d", i), "HANDLING", DUE.minusDays(i % 20), false));
        }
        clock.today(LocalDate.of(2026, 10, 8));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        CyclicBarrier together = new CyclicBarrier(4);
        List<Future<ReminderRun>> runs = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            runs.add(pool.submit(() -> {
                together.await();
                return service.run(SUPERVISOR);
            }));
        }
        int sent = 0;
        for (Future<ReminderRun> run : runs) {
            sent += run.get(60, TimeUnit.SECONDS).getRemindersSent();
        }
        pool.shutdown();
        assertEquals(201, sent);
        assertEquals(201, trail.size());
        assertEquals(201, trail.stream().map(Notice::getId).distinct().count());
        assertEquals(201, service.list(SUPERVISOR, null, null, null, PageRequest.of(0, 20)).getTotal());
    }

    @Test
    void aFailedChannelIsTriedAgainAloneUntilItsAttemptsAreUsedUp() {
        List<String> smsTries = new CopyOnWriteArrayList<>();
        channels.bind(n -> {
            smsTries.add(n.getId());
            throw new IllegalStateException("gateway down");
        }, Map.of(Notifier.CHANNEL, "sms"));
        clock.today(LocalDate.of(2026, 10, 8));
        service.run(SUPERVISOR);
        assertEquals(1, trail.size());
        assertEquals(1, smsTries.size());

        // Before the retry time nothing is handed over again; after it only the failed channel.
        assertEquals(0, service.run(SUPERVISOR).getRedelivered());
        for (int attempt = 2; attempt <= 5; attempt++) {
            clock.later(601);
            assertEquals(1, service.run(SUPERVISOR).getRedelivered());
        }
        clock.later(601);
        assertEquals(0, service.run(SUPERVISOR).getRedelivered(), "five attempts in all");
        assertEquals(1, trail.size(), "the trail had it the first time");
        assertEquals(5, smsTries.size());
        List<String> deliveries = reminders(SUPERVISOR).get(0).getDeliveries();
        assertEquals(6, deliveries.size(), deliveries.toString());
        assertTrue(deliveries.get(0).startsWith("sms: FAILED: IllegalStateException: gateway down"), deliveries.toString());
        assertEquals("trail: DELIVERED: trail", deliveries.get(1));
    }

    @Test
    void aSourceThatFailsIsReportedAndTheOthersStillRun() {
        sources.bind((dueBy, after, limit) -> {
            throw new IllegalStateException("table missing");
        }, Map.of(DeadlineSource.SOURCE, "legal-aid"));
        clock.today(LocalDate.of(2026, 10, 8));
        ReminderRun run = service.run(SUPERVISOR);
        assertEquals(List.of("legal-aid"), run.getSourcesFailed());
        assertEquals(List.of("case"), run.getSourcesRead());
        assertEquals(1, run.getRemindersSent());
    }

    @Test
    void aComplaintsRemindersShowOnlyToThoseWhoMayReadIt() {
        source.open.add(limit("c2", "HANDLING", DUE, true));
        clock.today(LocalDate.of(2026, 10, 8));
        service.run(SUPERVISOR);
        assertTrue(trail.stream().anyMatch(Notice::isRestricted));
        assertEquals(Set.of("c1"), ids(reminders(CLERK)), "a township clerk");
        assertEquals(Set.of("c1"), ids(reminders(SUPERVISOR)), "a supervisor");
        assertEquals(Set.of("c2"), ids(reminders(DISCIPLINE)), "the discipline body: complaints only");
        Actor bureau = Actor.fromRoleNames("bureau", List.of("clerk", "county"));
        assertEquals(Set.of("c1", "c2"), ids(reminders(bureau)));
        Actor other = Actor.fromRoleNames("clerk2", List.of("clerk", "township:341122102"));
        assertEquals(Set.of(), ids(reminders(other)), "another township's clerk");
    }

    @Test
    void onlySupervisorsAndOperatorsRunItAndOnlyCaseReadersListIt() {
        assertThrows(TiaojieException.class, () -> service.run(CLERK));
        Actor operator = Actor.fromRoleNames("op", List.of("operator", "county"));
        service.run(operator);
        assertThrows(TiaojieException.class, () -> reminders(operator));
        Page<Reminder> none = service.list(CLERK, "nope", null, ReminderStage.OVERDUE, PageRequest.of(0, 5));
        assertEquals(0, none.getTotal());
    }

    private static Set<String> ids(List<Reminder> reminders) {
        return reminders.stream().map(Reminder::getSubjectId).collect(java.util.stream.Collectors.toSet());
    }

    /** The open limits of a module, read in the order the contract asks. */
    private static final class Limits implements DeadlineSource {
        final List<OpenDeadline> open = new CopyOnWriteArrayList<>();

        @Override
        public List<OpenDeadline> dueBy(LocalDate dueBy, OpenDeadline after, int limit) {
            Comparator<OpenDeadline> order = Comparator.comparing(OpenDeadline::getDueDate)
                    .thenComparing(OpenDeadline::getSubjectId);
            return open.stream().filter(d -> !d.getDueDate().isAfter(dueBy))
                    .filter(d -> after == null || order.compare(d, after) > 0).sorted(order).limit(limit).toList();
        }
    }

    /** A training clock: the platform's day set by the test, the real time moved on by it. */
    private static final class TestClock implements PlatformClock {
        private volatile Instant now = Instant.parse("2026-01-01T01:00:00Z");
        private volatile Instant real = Instant.parse("2026-01-01T01:00:00Z");

        void today(LocalDate day) {
            now = day.atTime(LocalTime.of(9, 0)).atZone(ZONE).toInstant();
        }

        void later(long seconds) {
            real = real.plusSeconds(seconds);
        }

        @Override
        public Instant now() {
            return now;
        }

        @Override
        public Instant realNow() {
            return real;
        }

        @Override
        public boolean isShifted() {
            return true;
        }
    }
}
