package org.tiaojie.cases.core.internal;

import java.time.LocalDate;
import java.util.List;

import javax.persistence.EntityManager;
import javax.persistence.EntityManagerFactory;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tiaojie.cases.api.DueBucket;
import org.tiaojie.cases.api.PageRequest;
import org.tiaojie.records.internal.SchemaCheck;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Worklists in SQL on Derby, outside OSGi: the three buckets counted and listed by due date, for me (handler,
 * responsible leader, my registration not yet dispatched), my unit and my township, within what the reader may see.
 */
class WorklistTest {
    private static final String QINGSHAN = "341122101";
    private static final String BAISHUI = "341122102";
    /** A Wednesday: the week ends on Sunday the 8th. */
    private static final LocalDate TODAY = LocalDate.parse("2026-11-04");
    private static final LocalDate SUNDAY = LocalDate.parse("2026-11-08");
    private static final List<DepartmentRegistry.Live> LIVE = List.of(new DepartmentRegistry.Live(QINGSHAN, "land", null));
    private static final CaseRepository.Work TOWNSHIP = new CaseRepository.Work(null, null);

    private SchemaCheck db;
    private EntityManagerFactory emf;
    private EntityManager em;
    private CaseRepository repository;

    @BeforeEach
    void start() throws Exception {
        db = new SchemaCheck().migrate("db/case-core.changelog.xml");
        insert("w1", 1, QINGSHAN, "ROUTED", "land", "2026-11-02", "clerk1", "handler1", "leader1");
        insert("w2", 2, QINGSHAN, "ROUTED", "land", "2026-11-04", "clerk1", null, "leader1");
        insert("w3", 3, QINGSHAN, "UNROUTED", null, "2026-11-06", "clerk1", null, null);
        insert("w4", 4, QINGSHAN, "ROUTED", "land", "2026-11-09", "clerk1", "handler1", null);
        insert("w5", 5, QINGSHAN, "ROUTED", "land", null, "clerk1", "handler1", null);
        insert("w6", 6, BAISHUI, "ROUTED", "land", "2026-11-03", "clerk3", "handler1", null);
        insert("w7", 7, QINGSHAN, "WITHHELD", null, "2026-11-03", "clerk2", null, null);
        insert("w8", 8, QINGSHAN, "ROUTED", "water", "2026-11-01", "clerk1", "handler2", null);
        emf = db.open("tiaojie");
        em = emf.createEntityManager();
        repository = new CaseRepository();
        repository.setEntityManager(em);
    }

    @AfterEach
    void stop() {
        em.close();
        emf.close();
    }

    @Test
    void theTownshipsWorklistCountsEachBucketAndListsByDueDate() {
        CaseRepository.WorkPage all = repository.worklist(TOWNSHIP, handler(), null, SUNDAY, PageRequest.of(0, 50));
        assertEquals(List.of(2L, 1L, 1L), counts(all));
        assertEquals(List.of("w8", "w1", "w2", "w3"), ids(all), "earliest due first; next week, a closed case, "
                + "another township and a complaint about an official are on none of the handler's lists");
        assertEquals(List.of("w8", "w1"), ids(repository.worklist(TOWNSHIP, handler(), DueBucket.OVERDUE, SUNDAY,
                PageRequest.of(0, 50))));
        assertEquals(List.of("w2"), ids(repository.worklist(TOWNSHIP, handler(), DueBucket.TODAY, SUNDAY,
                PageRequest.of(0, 50))));
        assertEquals(List.of("w3"), ids(repository.worklist(TOWNSHIP, handler(), DueBucket.THIS_WEEK, SUNDAY,
                PageRequest.of(0, 50))));
        assertEquals(List.of("w1"), ids(repository.worklist(TOWNSHIP, handler(), null, SUNDAY, PageRequest.of(1, 1))),
                "paged");
    }

    @Test
    void mineIsWhatNamesMeAndMyRegistrationsBeforeTheyAreDispatched() {
        assertEquals(List.of("w1"), ids(repository.worklist(new CaseRepository.Work("handler1", null), handler(), null,
                SUNDAY, PageRequest.of(0, 50))), "w4 is next week's, w5 closed, w6 in a township not mine");
        assertEquals(List.of("w1", "w2"), ids(repository.worklist(new CaseRepository.Work("leader1", null), handler(),
                null, SUNDAY, PageRequest.of(0, 50))), "the responsible leader's");
        CaseRepository.WorkPage clerk = repository.worklist(new CaseRepository.Work("clerk1", null), handler(), null,
                SUNDAY, PageRequest.of(0, 50));
        assertEquals(List.of("w3"), ids(clerk), "a dispatched case is no longer its clerk's work");
        assertEquals(List.of(0L, 0L, 1L), counts(clerk));
    }

    @Test
    void myUnitIsTheCasesOfMyDepartmentsInMyTownships() {
        assertEquals(List.of("w1", "w2"), ids(repository.worklist(new CaseRepository.Work(null, List.of("land")),
                handler(), null, SUNDAY, PageRequest.of(0, 50))));
        assertEquals(List.of("w8", "w1", "w2"), ids(repository.worklist(new CaseRepository.Work(null,
                List.of("land", "water")), handler(), null, SUNDAY, PageRequest.of(0, 50))));
    }

    @Test
    void theCountySeesEveryTownshipAndTheDisciplineBodyOnlyComplaints() {
        CaseRepository.Scope county = new CaseRepository.Scope(null, true, Access.Withheld.NONE, "bureau", LIVE, TODAY);
        assertEquals(List.of("w8", "w1", "w6", "w2", "w3"), ids(repository.worklist(TOWNSHIP, county, null, SUNDAY,
                PageRequest.of(0, 50))));
        CaseRepository.Scope discipline = new CaseRepository.Scope(null, false, Access.Withheld.ALL, "d1", LIVE, TODAY);
        assertEquals(List.of("w7"), ids(repository.worklist(TOWNSHIP, discipline, null, SUNDAY, PageRequest.of(0, 50))));
    }

    @Test
    void onSundayNothingIsLeftOfTheWeekAndOnMondayANewWeekBegins() {
        CaseRepository.Scope sunday = new CaseRepository.Scope(List.of(QINGSHAN), true, Access.Withheld.NONE, "h",
                LIVE, SUNDAY);
        assertEquals(List.of(4L, 0L, 0L), counts(repository.worklist(TOWNSHIP, sunday, null, SUNDAY,
                PageRequest.of(0, 50))));
        assertEquals(List.of(), ids(repository.worklist(TOWNSHIP, sunday, DueBucket.THIS_WEEK, SUNDAY,
                PageRequest.of(0, 50))));
        CaseRepository.Scope monday = new CaseRepository.Scope(List.of(QINGSHAN), true, Access.Withheld.NONE, "h",
                LIVE, SUNDAY.plusDays(1));
        assertEquals(List.of(4L, 1L, 0L), counts(repository.worklist(TOWNSHIP, monday, null, SUNDAY.plusDays(7),
                PageRequest.of(0, 50))), "w4, due on Monday the 9th, is today's");
    }

    private static CaseRepository.Scope handler() {
        return new CaseRepository.Scope(List.of(QINGSHAN), true, Access.Withheld.NONE, "handler1", LIVE, TODAY);
    }

    private static List<Long> counts(CaseRepository.WorkPage page) {
        return List.of(page.overdue(), page.dueToday(), page.dueThisWeek());
    }

    private static List<String> ids(CaseRepository.WorkPage page) {
        return page.items().stream().map(CaseSnapshot::id).toList();
    }

    private void insert(String id, int n, String township, String routing, String department, String due,
                        String clerk, String handlerUser, String leaderUser) throws Exception {
        db.execute("INSERT INTO TJ_CASE (ID, VERSION, CASE_NUMBER, QUERY_CODE, TOWNSHIP, PETITION_FORM, SOURCE, CATEGORY, "
                + "STATUS, ROUTING_STATE, DEPARTMENT, CONTENT, REGISTERED_AT, REGISTERED_BY, UPDATED_AT, DUE_DATE, "
                + "HEAD_COUNT, REPEAT_COUNT, HANDLER_USER, LEADER_USER) VALUES ('" + id + "', 1, '" + township + "-2026-"
                + String.format("%04d", n) + "', 'q" + id + "', '" + township + "', 'VISIT', 'DIRECT', 'LAND_ACQUISITION', "
                + "'DISPATCHED', '" + routing + "', " + text(department) + ", '征地补偿', CURRENT_TIMESTAMP, '" + clerk
                + "', CURRENT_TIMESTAMP, " + (due == null ? "NULL" : "DATE('" + due + "')") + ", 1, 0, "
                + text(handlerUser) + ", " + text(leaderUser) + ")");
    }

    private static String text(String value) {
        return value == null ? "NULL" : "'" + value + "'";
    }
}
