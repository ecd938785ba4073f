package org.tiaojie.legalaid.internal;

import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.persistence.EntityManagerFactory;
import javax.transaction.TransactionManager;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tiaojie.cases.api.Actor;
import org.tiaojie.cases.api.CaseQueryService;
import org.tiaojie.cases.api.CaseView;
import org.tiaojie.cases.api.ErrorCode;
import org.tiaojie.cases.api.FieldViolation;
import org.tiaojie.cases.api.PageRequest;
import org.tiaojie.cases.api.PlatformClock;
import org.tiaojie.cases.api.Roles;
import org.tiaojie.cases.api.TiaojieException;
import org.tiaojie.cases.api.ValidationException;
import org.tiaojie.cases.api.legalaid.Application;
import org.tiaojie.cases.api.legalaid.ApplicationRequest;
import org.tiaojie.cases.api.legalaid.ApplicationStatus;
import org.tiaojie.cases.api.legalaid.LegalAidAction;
import org.tiaojie.cases.api.legalaid.LegalAidStep;
import org.tiaojie.cases.api.legalaid.Lawyer;
import org.tiaojie.cases.api.legalaid.Matter;
import org.tiaojie.cases.api.spi.LegalAidReferral;
import org.tiaojie.cases.api.statistics.FigureQuery;
import org.tiaojie.cases.api.statistics.FigureSource;
import org.tiaojie.cases.api.statistics.RateCount;
import org.tiaojie.cases.api.statistics.RatePart;
import org.tiaojie.cases.core.internal.time.OfficialCalendar;
import org.tiaojie.records.internal.LocalJpa;
import org.tiaojie.records.internal.SchemaCheck;
import org.tiaojie.cases.api.spi.OpenDeadline;
import org.tiaojie.records.internal.SeriesStart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The legal-aid centre's service on its own tables on Derby, outside OSGi: an application from the counter to the
 * lawyer's outcome, a refusal and the objection the justice bureau decides, and a petition's offer completed.
 */
class LegalAidServiceTest {
    private static final String TOWNSHIP = "341122101";
    private static final Actor OFFICER = new Actor("aid1", Set.of(Roles.LEGAL_AID), Set.of(TOWNSHIP));
    private static final Actor BUREAU = new Actor("bureau1", Set.of(Roles.JUSTICE_BUREAU), Set.of(TOWNSHIP));
    private static final Actor CLERK = new Actor("clerk1", Set.of(Roles.CLERK), Set.of(TOWNSHIP));
    private static final Instant NOW = Instant.parse("2026-11-02T02:00:00Z");
    private static final LocalDate TODAY = LocalDate.parse("2026-11-02");

    private SchemaCheck db;
    private EntityManagerFactory emf;
    private LegalAidServiceImpl centre;
    private LegalAidDeadlines deadlines;
    private LegalAidRates rates;
    private final List<String> shared = new ArrayList<>();

    @BeforeEach
    void start() throws Exception {
        db = SchemaCheck.assertNewDatabase("db/legal-aid.changelog.xml", "tiaojie-legalaid", "TJ_LA_APPLICATION");
        emf = db.open("tiaojie-legalaid");
        TransactionManager none = (TransactionManager) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[]{TransactionManager.class}, (p, m, a) -> null);
        LocalRepository repository = new LocalRepository(new LocalJpa(emf));
        repository.setSeries(new SeriesStart(none, db.dataSource(), "TJ_LA_COUNTER", "YEAR_VALUE"));
        LegalAidSettings settings = new LegalAidSettings();
        Hashtable<String, Object> cfg = new Hashtable<>();
        cfg.put("means.monthlyIncomePerCapita", "1200");
        cfg.put("lawyer.L001", "陈律师 | 示范县法律援助中心 | LAWYER");
        settings.updated(cfg);
        DueDateRule rule = new DueDateRule(settings, OfficialCalendar.service());
        repository.setDueDates(rule);
        deadlines = new LegalAidDeadlines(repository, rule);
        rates = new LegalAidRates(repository);
        centre = new LegalAidServiceImpl(repository, settings, PlatformClock.of(Clock.fixed(NOW, PlatformClock.ZONE)),
                OfficialCalendar.service());
    }

    @AfterEach
    void stop() {
        emf.close();
    }

    @Test
    void anEligibleApplicationIsNumberedAndItsSevenDaysToDecideRun() throws Exception {
        Application a = centre.apply(OFFICER, wages(new BigDecimal("900")));
        assertEquals("FY-2026-0001", a.getNumber());
        assertEquals(ApplicationStatus.RECEIVED, a.getStatus());
        assertTrue(a.isEligible(), a.getMeansTest());
        assertEquals("DECISION", a.getNextDeadline().getKind());
        assertEquals(LocalDate.parse("2026-11-09"), a.getNextDeadline().getDueDate());
        assertEquals(List.of(LegalAidAction.REQUEST_MATERIALS, LegalAidAction.GRANT, LegalAidAction.REFUSE),
                a.getAllowedActions(), "no assignment before the decision unless the aid is urgent");
        assertEquals(1, db.count("SELECT COUNT(*) FROM TJ_LA_HISTORY WHERE ACTION_NAME = 'APPLIED'"));
        assertEquals("FY-2026-0002", centre.apply(OFFICER, wages(new BigDecimal("900"))).getNumber());
    }

    @Test
    void anInvalidApplicationNamesEveryFieldAndStoresNothing() throws Exception {
        ApplicationRequest r = wages(new BigDecimal("-1"));
        r.setApplicantName(" ");
        r.setApplicantIdNumber("341122199001011234");
        r.setApplicantPhone("123");
        ValidationException refused = assertThrows(ValidationException.class, () -> centre.apply(OFFICER, r));
        assertEquals(Set.of("applicantName", "applicantIdNumber", "applicantPhone", "monthlyIncomePerCapita"),
                Set.copyOf(refused.violations().stream().map(FieldViolation::getField).toList()));
        assertEquals(0, db.count("SELECT COUNT(*) FROM TJ_LA_APPLICATION"));
        assertEquals(ErrorCode.ACCESS_DENIED,
                assertThrows(TiaojieException.class, () -> centre.apply(CLERK, wages(BigDecimal.ONE))).code());
        assertEquals(0, db.count("SELECT COUNT(*) FROM TJ_LA_HISTORY"));
    }

    @Test
    void fromMissingMaterialsToTheLawyersOutcome() {
        Application a = centre.apply(OFFICER, wages(new BigDecimal("900")));
        ValidationException noNote = assertThrows(ValidationException.class,
                () -> centre.perform(OFFICER, a.getId(), step(LegalAidAction.REQUEST_MATERIALS, null)));
        assertEquals("note", noNote.violations().get(0).getField());
        Application asked = centre.perform(OFFICER, a.getId(), step(LegalAidAction.REQUEST_MATERIALS, "缺少劳动合同复印件"));
        assertEquals(ApplicationStatus.MATERIALS_REQUESTED, asked.getStatus());
        assertNull(asked.getNextDeadline(), "the seven days stop while materials are missing");

        Application complete = centre.perform(OFFICER, a.getId(), step(LegalAidAction.COMPLETE_MATERIALS, null));
        assertFalse(complete.getAllowedActions().contains(LegalAidAction.REQUEST_MATERIALS), "materials are asked for once");
        Application granted = centre.perform(OFFICER, a.getId(), step(LegalAidAction.GRANT, null));
        assertEquals(ApplicationStatus.GRANTED, granted.getStatus());
        assertEquals("ASSIGNMENT", granted.getNextDeadline().getKind());

        LegalAidStep unknown = step(LegalAidAction.ASSIGN, null);
        unknown.setLawyerId("L999");
        assertEquals("lawyerId", assertThrows(ValidationException.class,
                () -> centre.perform(OFFICER, a.getId(), unknown)).violations().get(0).getField());
        LegalAidStep assign = step(LegalAidAction.ASSIGN, null);
        assign.setLawyerId("L001");
        Application assigned = centre.perform(OFFICER, a.getId(), assign);
        assertEquals("陈律师", assigned.getLawyerName());
        assertEquals(1, centre.lawyers(OFFICER).stream().filter(l -> l.getId().equals("L001"))
                .mapToInt(Lawyer::getOpenCases).sum(), "the lawyer's load counts the open matter");

        Application concluded = centre.perform(OFFICER, a.getId(), step(LegalAidAction.CONCLUDE, "调解结案，追回工资8000元"));
        assertEquals(ApplicationStatus.CONCLUDED, concluded.getStatus());
        assertTrue(concluded.getAllowedActions().isEmpty());
        assertEquals(0, centre.lawyers(OFFICER).get(0).getOpenCases());
    }

    @Test
    void aRefusalIsObjectedToAndOnlyTheJusticeBureauDecidesTheObjection() {
        Application a = centre.apply(OFFICER, wages(new BigDecimal("5000")));
        assertFalse(a.isEligible(), a.getMeansTest());
        TiaojieException notEligible = assertThrows(TiaojieException.class,
                () -> centre.perform(OFFICER, a.getId(), step(LegalAidAction.GRANT, null)));
        assertEquals(ErrorCode.ILLEGAL_TRANSITION, notEligible.code());
        assertTrue(notEligible.getMessage().contains("FAILED"), "the refusal gives the means test: " + notEligible.getMessage());

        centre.perform(OFFICER, a.getId(), step(LegalAidAction.REFUSE, "家庭人均月收入高于本地标准"));
        Application objected = centre.perform(OFFICER, a.getId(), step(LegalAidAction.OBJECT, "收入证明未计入赡养人口"));
        assertEquals(ApplicationStatus.OBJECTION_PENDING, objected.getStatus());
        assertEquals("OBJECTION", objected.getNextDeadline().getKind());
        assertTrue(objected.getAllowedActions().isEmpty(), "the officer sees no step the bureau's alone");

        LegalAidStep decide = step(LegalAidAction.DECIDE_OBJECTION, "异议成立");
        decide.setUpheld(true);
        assertEquals(ErrorCode.ACCESS_DENIED,
                assertThrows(TiaojieException.class, () -> centre.perform(OFFICER, a.getId(), decide)).code());
        Application upheld = centre.perform(BUREAU, a.getId(), decide);
        assertEquals(ApplicationStatus.GRANTED, upheld.getStatus());
        assertTrue(upheld.isEligible());
    }

    @Test
    void aStepOnAStaleVersionOrDatedBeforeTheApplicationChangesNothing() throws Exception {
        Application a = centre.apply(OFFICER, wages(new BigDecimal("900")));
        LegalAidStep stale = step(LegalAidAction.GRANT, null);
        stale.setExpectedVersion(a.getVersion() + 1);
        assertEquals(ErrorCode.CONFLICT,
                assertThrows(TiaojieException.class, () -> centre.perform(OFFICER, a.getId(), stale)).code());
        LegalAidStep backdated = step(LegalAidAction.GRANT, null);
        backdated.setOccurredOn(TODAY.minusDays(1));
        assertEquals("occurredOn", assertThrows(ValidationException.class,
                () -> centre.perform(OFFICER, a.getId(), backdated)).violations().get(0).getField());
        assertEquals(ApplicationStatus.RECEIVED, centre.get(OFFICER, a.getId()).getStatus());
        assertEquals(1, db.count("SELECT COUNT(*) FROM TJ_LA_HISTORY"));
        Actor elsewhere = new Actor("aid2", Set.of(Roles.LEGAL_AID), Set.of("341122102"));
        assertEquals(ErrorCode.NOT_FOUND,
                assertThrows(TiaojieException.class, () -> centre.get(elsewhere, a.getId())).code());
        assertEquals(0, centre.list(elsewhere, null, null, PageRequest.of(0, 20)).getTotal());
    }

    @Test
    void aPetitionsOfferIsMadeOnceAndCompletedByTheApplicationThatNamesIt() throws Exception {
        LegalAidReferral.Offer offer = new LegalAidReferral.Offer("case-1", "XF-2026-0007", TOWNSHIP, "WAGES", null,
                "追讨拖欠工资");
        String number = centre.offer(offer);
        assertEquals(number, centre.offer(offer), "an offer made twice is one application");
        assertEquals(1, db.count("SELECT COUNT(*) FROM TJ_LA_APPLICATION"));

        ApplicationRequest r = wages(new BigDecimal("900"));
        r.setCaseId("case-1");
        assertEquals(ErrorCode.SERVICE_UNAVAILABLE,
                assertThrows(TiaojieException.class, () -> centre.apply(OFFICER, r)).code(), "the core is away");
        assertEquals(ApplicationStatus.OFFERED, centre.list(OFFICER, null, null, PageRequest.of(0, 20)).getItems()
                .get(0).getStatus(), "and nothing was written");

        centre.setCases(petitions());
        Application completed = centre.apply(OFFICER, r);
        assertEquals(number, completed.getNumber());
        assertEquals(ApplicationStatus.RECEIVED, completed.getStatus());
        assertEquals(List.of("case-1"), shared, "the petition was shared with legal aid through the core");
        assertEquals("caseId", assertThrows(ValidationException.class, () -> centre.apply(OFFICER, r))
                .violations().get(0).getField(), "a petition has one application");
        ApplicationRequest unknown = wages(new BigDecimal("900"));
        unknown.setCaseId("case-404");
        assertEquals("caseId", assertThrows(ValidationException.class, () -> centre.apply(OFFICER, unknown))
                .violations().get(0).getField());
        assertEquals(1, db.count("SELECT COUNT(*) FROM TJ_LA_APPLICATION"));
    }

    private CaseQueryService petitions() {
        return (CaseQueryService) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[]{CaseQueryService.class}, (p, m, args) -> {
                    if (!m.getName().equals("share")) {
                        throw new UnsupportedOperationException(m.getName());
                    }
                    if (!"case-1".equals(args[1])) {
                        throw new TiaojieException(ErrorCode.CASE_NOT_FOUND, "no such case");
                    }
                    shared.add((String) args[1]);
                    CaseView v = new CaseView();
                    v.setId("case-1");
                    v.setCaseNumber("XF-2026-0007");
                    v.setTownship(TOWNSHIP);
                    return v;
                });
    }

    @Test
    void theRunningLimitIsOfferedToTheRemindersUntilItIsMetAndMovesWithEachStep() throws Exception {
        Application a = centre.apply(OFFICER, wages(new BigDecimal("900")));
        LocalDate far = TODAY.plusDays(60);
        List<OpenDeadline> due = deadlines.dueBy(far, null, 10);
        assertEquals(1, due.size());
        OpenDeadline decision = due.get(0);
        assertEquals("legal-aid", decision.getSource());
        assertEquals(a.getNumber(), decision.getSubjectNumber());
        assertEquals("DECISION", decision.getLimit());
        assertEquals(LocalDate.parse("2026-11-09"), decision.getDueDate());
        assertEquals(TOWNSHIP, decision.getTownship());
        assertEquals("legal-aid", decision.getUnit());
        assertTrue(deadlines.dueBy(LocalDate.parse("2026-11-08"), null, 10).isEmpty(), "not due by then");

        centre.perform(OFFICER, a.getId(), step(LegalAidAction.REQUEST_MATERIALS, "缺少劳动合同复印件"));
        assertTrue(deadlines.dueBy(far, null, 10).isEmpty(), "no limit runs while materials are missing");
        centre.perform(OFFICER, a.getId(), step(LegalAidAction.COMPLETE_MATERIALS, null));
        centre.perform(OFFICER, a.getId(), step(LegalAidAction.GRANT, null));
        assertEquals("ASSIGNMENT", deadlines.dueBy(far, null, 10).get(0).getLimit());
        LegalAidStep assign = step(LegalAidAction.ASSIGN, null);
        assign.setLawyerId("L001");
        assertEquals(ApplicationStatus.ASSIGNED, centre.perform(OFFICER, a.getId(), assign).getStatus());
        assertTrue(deadlines.dueBy(far, null, 10).isEmpty(), "met: no reminder goes out");

        // Pages: by due date then id, each page after the last one's position, the short page the last.
        for (int i = 0; i < 5; i++) {
            centre.apply(OFFICER, wages(new BigDecimal("900")));
        }
        List<OpenDeadline> first = deadlines.dueBy(far, null, 3);
        List<OpenDeadline> rest = deadlines.dueBy(far, first.get(2), 3);
        assertEquals(3, first.size());
        assertEquals(2, rest.size());
        Set<String> all = new java.util.HashSet<>();
        first.forEach(d -> all.add(d.getSubjectId()));
        rest.forEach(d -> all.add(d.getSubjectId()));
        assertEquals(5, all.size());

        // Applications stored before the column was kept get their due date at start.
        try (var c = db.dataSource().getConnection(); var s = c.createStatement()) {
            s.executeUpdate("UPDATE TJ_LA_APPLICATION SET DUE_DATE = NULL");
        }
        assertTrue(deadlines.dueBy(far, null, 10).isEmpty());
        deadlines.backfill();
        assertEquals(5, deadlines.dueBy(far, null, 10).size());
    }

    @Test
    void theRatesCountDecisionsAndAssignmentsWithinTheirLimitsAndDrillThroughToTheApplications() throws Exception {
        // a granted and assigned at once; b granted, never assigned; c never decided; d waiting for materials.
        Application a = centre.apply(OFFICER, wages(new BigDecimal("900")));
        centre.perform(OFFICER, a.getId(), step(LegalAidAction.GRANT, null));
        LegalAidStep assign = step(LegalAidAction.ASSIGN, null);
        assign.setLawyerId("L001");
        centre.perform(OFFICER, a.getId(), assign);
        Application b = centre.apply(OFFICER, wages(new BigDecimal("900")));
        centre.perform(OFFICER, b.getId(), step(LegalAidAction.GRANT, null));
        Application c = centre.apply(OFFICER, wages(new BigDecimal("900")));
        Application d = centre.apply(OFFICER, wages(new BigDecimal("900")));
        centre.perform(OFFICER, d.getId(), step(LegalAidAction.REQUEST_MATERIALS, "缺少劳动合同复印件"));

        FigureQuery november = new FigureQuery();
        november.setFrom(LocalDate.parse("2026-11-01"));
        november.setTo(LocalDate.parse("2026-11-30"));
        FigureSource.Readers all = new FigureSource.Readers(null, true);
        LocalDate end = LocalDate.parse("2026-11-30");
        assertEquals(Map.of("LEGAL_AID_DECIDED_IN_TIME", "2/3", "LEGAL_AID_ASSIGNED_IN_TIME", "1/2"),
                fractions(rates.count(november, end, all)));
        assertTrue(rates.count(november, LocalDate.parse("2026-11-04"), all).isEmpty(),
                "counted on the 4th, no limit had ended yet: an application counts once its limit ends");
        assertTrue(rates.count(november, end, new FigureSource.Readers(List.of("341122102"), false)).isEmpty());
        FigureQuery byCategory = new FigureQuery();
        byCategory.setFrom(november.getFrom());
        byCategory.setTo(november.getTo());
        byCategory.setCategory("LAND_ACQUISITION");
        assertTrue(rates.count(byCategory, end, all).isEmpty(), "applications have no category");

        List<String> undecided = new ArrayList<>();
        rates.subjects("LEGAL_AID_DECIDED_IN_TIME", RatePart.DENOMINATOR, november, end, all, PageRequest.of(0, 20))
                .getItems().forEach(sub -> undecided.add(sub.getReference()));
        assertEquals(Set.of(a.getNumber(), b.getNumber(), c.getNumber()), Set.copyOf(undecided));
        assertEquals(1, rates.subjects("LEGAL_AID_ASSIGNED_IN_TIME", RatePart.NUMERATOR, november, end, all,
                PageRequest.of(0, 20)).getTotal());

        // Applications stored before the limits were kept get them at start, and count the same.
        try (var conn = db.dataSource().getConnection(); var s = conn.createStatement()) {
            s.executeUpdate("UPDATE TJ_LA_APPLICATION SET DECISION_DUE = NULL, FIRST_DECIDED_ON = NULL, ASSIGNMENT_DUE = NULL");
        }
        assertTrue(rates.count(november, end, all).isEmpty());
        rates.backfill();
        assertEquals(Map.of("LEGAL_AID_DECIDED_IN_TIME", "2/3", "LEGAL_AID_ASSIGNED_IN_TIME", "1/2"),
                fractions(rates.count(november, end, all)));
    }

    private static Map<String, String> fractions(List<RateCount> counts) {
        Map<String, String> out = new java.util.HashMap<>();
        counts.forEach(c -> out.put(c.getRate(), c.getNumerator() + "/" + c.getDenominator()));
        return out;
    }

    private static LegalAidStep step(LegalAidAction action, String note) {
        LegalAidStep s = new LegalAidStep();
        s.setAction(action);
        s.setNote(note);
        return s;
    }

    private static ApplicationRequest wages(BigDecimal income) {
        ApplicationRequest r = new ApplicationRequest();
        r.setTownship(TOWNSHIP);
        r.setApplicantName("王五");
        r.setApplicantPhone("13800138000");
        r.setMatter(Matter.WAGES_AND_EMPLOYMENT);
        r.setMonthlyIncomePerCapita(income);
        r.setDescription("工地拖欠工资八个月");
        return r;
    }
}
