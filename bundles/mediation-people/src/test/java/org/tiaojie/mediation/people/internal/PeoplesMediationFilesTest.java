package org.tiaojie.mediation.people.internal;

import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Hashtable;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import javax.persistence.EntityManagerFactory;
import javax.transaction.TransactionManager;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tiaojie.cases.api.Actor;
import org.tiaojie.cases.api.ErrorCode;
import org.tiaojie.cases.api.FieldViolation;
import org.tiaojie.cases.api.Page;
import org.tiaojie.cases.api.PageRequest;
import org.tiaojie.cases.api.PlatformClock;
import org.tiaojie.cases.api.Roles;
import org.tiaojie.cases.api.TiaojieException;
import org.tiaojie.cases.api.ValidationException;
import org.tiaojie.cases.api.mediation.Agreement;
import org.tiaojie.cases.api.mediation.MediationRecord;
import org.tiaojie.cases.api.mediation.MediationRequest;
import org.tiaojie.cases.api.mediation.MediationStep;
import org.tiaojie.cases.api.mediation.Party;
import org.tiaojie.cases.api.mediation.Session;
import org.tiaojie.cases.api.spi.OpenDeadline;
import org.tiaojie.cases.api.statistics.Dimension;
import org.tiaojie.cases.api.statistics.FigureQuery;
import org.tiaojie.cases.api.statistics.FigureSource.Readers;
import org.tiaojie.cases.api.statistics.FigureSubject;
import org.tiaojie.cases.api.statistics.RateCount;
import org.tiaojie.cases.api.statistics.RateDefinition;
import org.tiaojie.cases.api.statistics.RatePart;
import org.tiaojie.cases.core.internal.time.OfficialCalendar;
import org.tiaojie.mediation.internal.ChannelDeadlines;
import org.tiaojie.mediation.internal.ChannelRates;
import org.tiaojie.mediation.internal.FileStore;
import org.tiaojie.mediation.internal.MediationFiles;
import org.tiaojie.records.internal.LocalJpa;
import org.tiaojie.records.internal.SchemaCheck;
import org.tiaojie.records.internal.SeriesStart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The mediation engine every channel shares (MediationFiles over its FileStore), driven by people's mediation on the
 * channel's own tables on Derby, outside OSGi: what a mediator sees of a file from opening to agreement, and what is
 * stored when a step is refused or two are taken at once.
 */
class PeoplesMediationFilesTest {
    private static final String TOWNSHIP = "341122101";
    private static final Actor MEDIATOR = new Actor("mediator1", Set.of(Roles.MEDIATOR), Set.of(TOWNSHIP));
    private static final Actor CLERK = new Actor("clerk1", Set.of(Roles.CLERK), Set.of(TOWNSHIP));
    private static final Actor ELSEWHERE = new Actor("mediator2", Set.of(Roles.MEDIATOR), Set.of("341122102"));
    private static final Instant NOW = Instant.parse("2026-11-02T02:00:00Z");
    private static final LocalDate TODAY = LocalDate.parse("2026-11-02");

    private SchemaCheck db;
    private EntityManagerFactory emf;
    private MediationFiles files;
    private ChannelSettings settings;
    private FileStore store;

    @BeforeEach
    void start() throws Exception {
        db = SchemaCheck.assertNewDatabase("db/mediation-people.changelog.xml", "tiaojie-mediation-people",
                "TJ_PM_RECORD");
        emf = db.open("tiaojie-mediation-people");
        ChannelSettings settings = new ChannelSettings();
        Hashtable<String, Object> cfg = new Hashtable<>();
        cfg.put("committee.341122101000", "青山镇人民调解委员会 | " + TOWNSHIP);
        cfg.put("mediator.M02", "赵调解员 | 341122101000");
        settings.updated(cfg);
        this.settings = settings;
        store = new FileStore(new LocalJpa(emf));
        files = engine(NOW);
    }

    /** The engine over the same tables, its clock at the given instant. */
    private MediationFiles engine(Instant now) {
        TransactionManager none = (TransactionManager) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[]{TransactionManager.class}, (p, m, a) -> null);
        MediationFiles engine = new MediationFiles(new PeoplesMediationPolicy(settings, OfficialCalendar.service()),
                store, new String[]{Roles.MEDIATOR, Roles.CLERK}, PlatformClock.of(Clock.fixed(now, PlatformClock.ZONE)),
                null);
        engine.setSeriesStart(new SeriesStart(none, db.dataSource(), "TJ_PM_COUNTER", "YEAR_VALUE"));
        engine.setRecordTable("TJ_PM_RECORD");
        return engine;
    }

    @AfterEach
    void stop() {
        emf.close();
    }

    @Test
    void aFileIsNumberedPerYearItsFirstStepRecordedAndItsPartiesPhonesMaskedInEveryView() throws Exception {
        MediationRecord opened = files.open(CLERK, request());
        assertEquals("RT-2026-0001", opened.getNumber());
        assertEquals("OPEN", opened.getStatus());
        assertEquals("赵调解员", opened.getMediator());
        assertEquals("青山镇人民调解委员会", opened.getCommittee());
        assertEquals(List.of("RECORD_SESSION", "WITHDRAW", "FAIL"), opened.getAllowedActions(),
                "no agreement before the parties have met");
        assertFalse(opened.getParties().get(0).getPhone().contains("13800138000"));
        assertFalse(files.get(MEDIATOR, opened.getId()).getParties().get(0).getPhone().contains("13800138000"));
        assertEquals(1, db.count("SELECT COUNT(*) FROM TJ_PM_HISTORY WHERE ACTION_NAME = 'OPENED'"));
        assertEquals("RT-2026-0002", files.open(CLERK, request()).getNumber());
    }

    @Test
    void anInvalidFormIsRefusedWithEveryFieldNamedAndNothingIsStored() throws Exception {
        MediationRequest r = request();
        r.setPartiesConsent(false);
        r.setMediator("M99");
        r.getParties().get(1).setPhone("12345");
        ValidationException refused = assertThrows(ValidationException.class, () -> files.open(CLERK, r));
        List<String> fields = refused.violations().stream().map(FieldViolation::getField).toList();
        assertTrue(fields.containsAll(List.of("partiesConsent", "mediator", "parties[1].phone")), fields.toString());
        assertEquals(0, db.count("SELECT COUNT(*) FROM TJ_PM_RECORD"));
        assertEquals(0, db.count("SELECT COUNT(*) FROM TJ_PM_HISTORY"));
        assertEquals("RT-2026-0001", files.open(CLERK, request()).getNumber(), "a refused form takes no number");
    }

    @Test
    void aSessionThenAnAgreementOpensTheThirtyDayConfirmationWindow() throws Exception {
        MediationRecord opened = files.open(CLERK, request());
        MediationRecord met = files.perform(MEDIATOR, opened.getId(), session(TODAY));
        assertEquals(1, met.getSessions().size());
        assertTrue(met.getAllowedActions().contains("AGREE"), met.getAllowedActions().toString());

        MediationStep agree = new MediationStep();
        agree.setAction("AGREE");
        agree.setExpectedVersion(met.getVersion());
        Agreement a = new Agreement();
        a.setForm("WRITTEN");
        a.setTerms("乙方于十日内赔偿甲方损失2000元");
        agree.setAgreement(a);
        MediationRecord agreed = files.perform(MEDIATOR, opened.getId(), agree);
        assertEquals("AGREED", agreed.getStatus());
        assertEquals(TODAY, agreed.getAgreement().getEffectiveOn());
        assertEquals(LocalDate.parse("2026-12-02"), agreed.getConfirmationDue());
        assertEquals(List.of("OPENED", "RECORD_SESSION", "AGREE"), actions(opened.getId()));

        // The window is the reminders' to follow until it closes, then let go: the parties' right, not a unit's duty.
        ChannelDeadlines deadlines = new ChannelDeadlines(files, PlatformClock.of(Clock.fixed(NOW, PlatformClock.ZONE)));
        assertEquals("mediation-PEOPLE", deadlines.sourceName());
        assertTrue(deadlines.dueBy(LocalDate.parse("2026-12-01"), null, 10).isEmpty(), "not due by then");
        List<OpenDeadline> due = deadlines.dueBy(LocalDate.parse("2026-12-02"), null, 10);
        assertEquals(1, due.size());
        assertEquals("CONFIRMATION_WINDOW", due.get(0).getLimit());
        assertEquals("申请司法确认期限（人民调解法第三十三条）", due.get(0).getLimitLabel());
        assertEquals(agreed.getNumber(), due.get(0).getSubjectNumber());
        assertEquals("341122101000", due.get(0).getUnit());
        ChannelDeadlines later = new ChannelDeadlines(files, PlatformClock.of(Clock.fixed(
                Instant.parse("2026-12-03T02:00:00Z"), PlatformClock.ZONE)));
        assertTrue(later.dueBy(LocalDate.parse("2026-12-08"), null, 10).isEmpty(), "closed: never overdue");
        assertTrue(deadlines.dueBy(LocalDate.parse("2026-12-02"), null, 10).isEmpty(), "and gone for good");
    }

    @Test
    void filesStoredBeforeTheirDueDatesWereKeptGetThemAtStart() throws Exception {
        MediationRecord opened = files.open(CLERK, request());
        files.perform(MEDIATOR, opened.getId(), session(TODAY));
        MediationStep agree = new MediationStep();
        agree.setAction("AGREE");
        Agreement a = new Agreement();
        a.setForm("WRITTEN");
        a.setTerms("乙方于十日内赔偿甲方损失2000元");
        agree.setAgreement(a);
        files.perform(MEDIATOR, opened.getId(), agree);
        try (var c = db.dataSource().getConnection(); var st = c.createStatement()) {
            st.executeUpdate("UPDATE TJ_PM_RECORD SET DUE_DATE = NULL");
        }
        ChannelDeadlines deadlines = new ChannelDeadlines(files, PlatformClock.of(Clock.fixed(NOW, PlatformClock.ZONE)));
        assertTrue(deadlines.dueBy(LocalDate.parse("2026-12-31"), null, 10).isEmpty());
        deadlines.backfill();
        assertEquals(LocalDate.parse("2026-12-02"), deadlines.dueBy(LocalDate.parse("2026-12-31"), null, 10).get(0).getDueDate());
    }

    @Test
    void aStepTheRulesRefuseOrOnAStaleVersionChangesNothing() throws Exception {
        MediationRecord opened = files.open(CLERK, request());
        MediationStep early = new MediationStep();
        early.setAction("AGREE");
        Agreement a = new Agreement();
        a.setForm("ORAL");
        a.setTerms("和解");
        early.setAgreement(a);
        TiaojieException refused = assertThrows(TiaojieException.class, () -> files.perform(MEDIATOR, opened.getId(), early));
        assertEquals(ErrorCode.ILLEGAL_TRANSITION, refused.code());
        assertTrue(refused.getMessage().contains("RECORD_SESSION"), "the refusal says what is possible: " + refused.getMessage());

        MediationStep stale = session(TODAY);
        stale.setExpectedVersion(opened.getVersion() + 1);
        assertEquals(ErrorCode.CONFLICT,
                assertThrows(TiaojieException.class, () -> files.perform(MEDIATOR, opened.getId(), stale)).code());

        ValidationException future = assertThrows(ValidationException.class,
                () -> files.perform(MEDIATOR, opened.getId(), session(TODAY.plusDays(1))));
        assertEquals("session.on", future.violations().get(0).getField());

        MediationRecord after = files.get(MEDIATOR, opened.getId());
        assertEquals(opened.getVersion(), after.getVersion());
        assertTrue(after.getSessions().isEmpty());
        assertEquals(List.of("OPENED"), actions(opened.getId()));
    }

    @Test
    void onlyAMediatorMediatesAndAFileOfAnotherTownshipIsAsIfItDidNotExist() throws Exception {
        MediationRecord opened = files.open(CLERK, request());
        assertEquals(ErrorCode.ACCESS_DENIED,
                assertThrows(TiaojieException.class, () -> files.perform(CLERK, opened.getId(), session(TODAY))).code());
        assertEquals(ErrorCode.NOT_FOUND,
                assertThrows(TiaojieException.class, () -> files.get(ELSEWHERE, opened.getId())).code());
        assertEquals(ErrorCode.NOT_FOUND,
                assertThrows(TiaojieException.class, () -> files.perform(ELSEWHERE, opened.getId(), session(TODAY))).code());
        assertEquals(0, files.list(ELSEWHERE, null, null, PageRequest.of(0, 20)).getTotal());
        assertEquals(1, files.list(MEDIATOR, "OPEN", null, PageRequest.of(0, 20)).getTotal());
        assertEquals(0, files.list(MEDIATOR, "AGREED", null, PageRequest.of(0, 20)).getTotal());
        assertEquals(List.of("OPENED"), actions(opened.getId()));
    }

    @Test
    void thePartiesContactDataIsRevealedOnlyWithAPurposeThatTheFileKeeps() throws Exception {
        MediationRecord opened = files.open(CLERK, request());
        assertEquals("purpose", assertThrows(ValidationException.class,
                () -> files.revealParties(MEDIATOR, opened.getId(), " ")).violations().get(0).getField());
        assertEquals(0, db.count("SELECT COUNT(*) FROM TJ_PM_HISTORY WHERE ACTION_NAME = 'PERSONAL_DATA_READ'"));

        List<Party> parties = files.revealParties(MEDIATOR, opened.getId(), "通知双方到场调解");
        assertEquals("13800138000", parties.get(0).getPhone());
        assertEquals(1, db.count("SELECT COUNT(*) FROM TJ_PM_HISTORY WHERE ACTION_NAME = 'PERSONAL_DATA_READ'"
                + " AND NOTE = '通知双方到场调解' AND ACTOR = 'mediator1'"));
        assertNull(files.get(MEDIATOR, opened.getId()).getAgreement());
    }

    @Test
    void twoMediatorsRecordingSessionsOnOneFileAtOnceBothSucceed() throws Exception {
        MediationRecord opened = files.open(CLERK, request());
        int writers = 4;
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<MediationRecord>> done = new ArrayList<>();
            for (int i = 0; i < writers; i++) {
                Callable<MediationRecord> step = () -> {
                    go.await();
                    return files.perform(MEDIATOR, opened.getId(), session(TODAY));
                };
                done.add(pool.submit(step));
            }
            go.countDown();
            for (Future<MediationRecord> f : done) {
                f.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        MediationRecord after = files.get(MEDIATOR, opened.getId());
        assertEquals(writers, after.getSessions().size(), "no session was lost to another written at the same moment");
        assertEquals(writers, db.count("SELECT COUNT(*) FROM TJ_PM_HISTORY WHERE ACTION_NAME = 'RECORD_SESSION'"));
    }

    @Test
    void theRatesCountEachFileByTheDayItsMediationEndedAndWhetherTheAgreementWentToCourtByTheEndOfThePeriod()
            throws Exception {
        MediationFiles earlier = engine(Instant.parse("2026-09-28T02:00:00Z"));
        String agreedAndApplied = agreed(earlier, "2026-10-10");
        apply(agreedAndApplied, "2026-10-20");
        String agreedAppliedLater = agreed(earlier, "2026-10-12");
        apply(agreedAppliedLater, "2026-11-01");
        String failed = earlier.open(CLERK, request()).getId();
        end(failed, "FAIL", "2026-10-15");
        String withdrawnBefore = earlier.open(CLERK, request()).getId();
        end(withdrawnBefore, "WITHDRAW", "2026-09-30");
        files.open(CLERK, request());

        ChannelRates rates = new ChannelRates(files);
        assertEquals("mediation-PEOPLE", rates.sourceName());
        assertEquals(List.of("MEDIATION_SUCCESS_PEOPLE", "CONFIRMATION_APPLIED_PEOPLE"),
                rates.definitions().stream().map(RateDefinition::getRate).toList());
        FigureQuery october = new FigureQuery();
        october.setFrom(LocalDate.parse("2026-10-01"));
        october.setTo(LocalDate.parse("2026-10-31"));
        october.setBy(List.of(Dimension.TOWNSHIP, Dimension.PETITION_FORM));
        LocalDate asOf = LocalDate.parse("2026-10-31");
        Readers all = new Readers(null, true);
        List<RateCount> counted = rates.count(october, asOf, all);
        assertEquals(2, counted.size(), counted.toString());
        RateCount success = counted.get(0);
        assertEquals("MEDIATION_SUCCESS_PEOPLE", success.getRate());
        assertEquals(Arrays.asList(TOWNSHIP, null), success.getKey(), "a file has no petition form: one group");
        assertEquals(3, success.getDenominator(), "two agreements and a failure ended in October; the withdrawal did not");
        assertEquals(2, success.getNumerator());
        RateCount applied = counted.get(1);
        assertEquals(2, applied.getDenominator());
        assertEquals(1, applied.getNumerator(), "the application of 1 November is after the end of the period");
        assertEquals(2, rates.count(october, LocalDate.parse("2026-11-02"), all).get(1).getNumerator(),
                "counted to today, both agreements went to court");

        Page<FigureSubject> notAgreed = rates.subjects("MEDIATION_SUCCESS_PEOPLE", RatePart.DENOMINATOR, october, asOf,
                all, PageRequest.of(0, 10));
        assertEquals(3, notAgreed.getTotal());
        assertEquals(List.of(agreedAndApplied, agreedAppliedLater, failed), notAgreed.getItems().stream()
                .map(sub -> idOf(sub.getReference())).toList(), "by the day the mediation ended");
        assertEquals(LocalDate.parse("2026-10-10").atStartOfDay(PlatformClock.ZONE).toInstant(),
                notAgreed.getItems().get(0).getAt());
        assertEquals(1, rates.subjects("CONFIRMATION_APPLIED_PEOPLE", RatePart.NUMERATOR, october, asOf, all,
                PageRequest.of(0, 10)).getTotal());
        assertNull(rates.subjects("LEGAL_AID_DECIDED_IN_TIME", RatePart.NUMERATOR, october, asOf, all,
                PageRequest.of(0, 10)), "not this source's rate");

        assertTrue(rates.count(october, asOf, new Readers(List.of("341122102"), true)).isEmpty(),
                "a reader of another township counts none of these files");
        FigureQuery otherCategory = new FigureQuery();
        otherCategory.setFrom(october.getFrom());
        otherCategory.setTo(october.getTo());
        otherCategory.setCategory("LABOUR");
        assertTrue(rates.count(otherCategory, asOf, all).isEmpty());
        FigureQuery byForm = new FigureQuery();
        byForm.setFrom(october.getFrom());
        byForm.setTo(october.getTo());
        byForm.setPetitionForm("VISIT");
        assertTrue(rates.count(byForm, asOf, all).isEmpty(), "no file has a petition form");
        assertEquals(0, rates.subjects("MEDIATION_SUCCESS_PEOPLE", RatePart.DENOMINATOR, byForm, asOf, all,
                PageRequest.of(0, 10)).getTotal());
    }

    /** A file opened by the engine given, met on 5 October and agreed on the day given; its id. */
    private String agreed(MediationFiles engine, String on) throws Exception {
        String id = engine.open(CLERK, request()).getId();
        files.perform(MEDIATOR, id, session(LocalDate.parse("2026-10-05")));
        MediationStep agree = new MediationStep();
        agree.setAction("AGREE");
        agree.setOccurredOn(LocalDate.parse(on));
        Agreement a = new Agreement();
        a.setForm("WRITTEN");
        a.setTerms("乙方于十日内赔偿甲方损失2000元");
        agree.setAgreement(a);
        files.perform(MEDIATOR, id, agree);
        return id;
    }

    private void apply(String id, String on) {
        end(id, "APPLY_CONFIRMATION", on);
    }

    private void end(String id, String action, String on) {
        MediationStep step = new MediationStep();
        step.setAction(action);
        step.setOccurredOn(LocalDate.parse(on));
        step.setNote("当事人意愿");
        files.perform(MEDIATOR, id, step);
    }

    private String idOf(String fileNumber) {
        return files.list(MEDIATOR, null, null, PageRequest.of(0, 50)).getItems().stream()
                .filter(r -> r.getNumber().equals(fileNumber)).findFirst().orElseThrow().getId();
    }

    private List<String> actions(String id) throws Exception {
        List<String> result = new ArrayList<>();
        try (var c = db.dataSource().getConnection();
             var s = c.prepareStatement("SELECT ACTION_NAME FROM TJ_PM_HISTORY WHERE RECORD_ID = ? ORDER BY SEQ")) {
            s.setString(1, id);
            try (var rs = s.executeQuery()) {
                while (rs.next()) {
                    result.add(rs.getString(1));
                }
            }
        }
        return result;
    }

    private static MediationStep session(LocalDate on) {
        MediationStep step = new MediationStep();
        step.setAction("RECORD_SESSION");
        Session s = new Session();
        s.setOn(on);
        s.setPlace("青山镇调解室");
        s.setParticipants("双方当事人");
        s.setNotes("双方陈述，调解员释法");
        step.setSession(s);
        return step;
    }

    private static MediationRequest request() {
        MediationRequest r = new MediationRequest();
        r.setTownship(TOWNSHIP);
        r.setCategory("NEIGHBOUR");
        r.setPartiesConsent(true);
        r.setCommittee("341122101000");
        r.setMediator("M02");
        r.setDescription("宅基地边界纠纷");
        r.setParties(new ArrayList<>(List.of(party("张三", "APPLICANT", "13800138000"),
                party("李四", "RESPONDENT", "13900139000"))));
        return r;
    }

    private static Party party(String name, String role, String phone) {
        Party p = new Party();
        p.setName(name);
        p.setRole(role);
        p.setPhone(phone);
        return p;
    }
}
