package org.tiaojie.cases.core.internal;

import java.time.LocalDate;
import java.util.List;

import javax.persistence.EntityManager;
import javax.persistence.EntityManagerFactory;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tiaojie.cases.api.CaseFilter;
import org.tiaojie.cases.api.Page;
import org.tiaojie.cases.api.PageRequest;
import org.tiaojie.cases.api.RoutingState;
import org.tiaojie.records.internal.SchemaCheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The core's case list in SQL on Derby, outside OSGi: who sees which case (townships, complaints about officials),
 * what overdue and the petition office queue mean against the live departments, newest first, counted to a bound.
 */
class CaseListTest {
    private static final String QINGSHAN = "341122101";
    private static final String BAISHUI = "341122102";
    private static final LocalDate TODAY = LocalDate.parse("2026-11-02");
    private static final List<DepartmentRegistry.Live> LAND_LIVE = List.of(new DepartmentRegistry.Live(QINGSHAN, "land", null));

    private SchemaCheck db;
    private EntityManagerFactory emf;
    private EntityManager em;
    private CaseRepository repository;

    @BeforeEach
    void start() throws Exception {
        db = new SchemaCheck().migrate("db/case-core.changelog.xml");
        // Registered one minute apart, in this order: c1 is the oldest.
        insert("c1", 1, QINGSHAN, "ROUTED", "land", "2026-11-01", "clerk1");
        insert("c2", 2, QINGSHAN, "ROUTED", "land", "2026-11-07", "clerk1");
        insert("c3", 3, QINGSHAN, "UNROUTED", null, "2026-11-02", "clerk1");
        insert("c4", 4, QINGSHAN, "WITHHELD", null, "2026-11-10", "clerk2");
        insert("c5", 5, BAISHUI, "ROUTED", "land", "2026-10-01", "clerk3");
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
    void aTownshipsReaderSeesItsOrdinaryCasesNewestFirst() {
        assertEquals(List.of("c3", "c2", "c1"), ids(new CaseFilter(), handler(LAND_LIVE)));
        assertEquals(List.of("c5", "c3", "c2", "c1"), ids(new CaseFilter(), new CaseRepository.Scope(null, true,
                Access.Withheld.NONE, "bureau", LAND_LIVE, TODAY)), "county-wide: every township");
    }

    @Test
    void aComplaintAboutAnOfficialIsSeenByItsClerkAndTheDisciplineBodyOnly() {
        assertEquals(List.of("c4"), ids(new CaseFilter(), new CaseRepository.Scope(List.of(QINGSHAN), false,
                Access.Withheld.OWN, "clerk2", LAND_LIVE, TODAY)));
        assertEquals(List.of(), ids(new CaseFilter(), new CaseRepository.Scope(List.of(QINGSHAN), false,
                Access.Withheld.OWN, "clerk1", LAND_LIVE, TODAY)), "another clerk's complaint stays hidden");
        assertEquals(List.of("c4", "c3", "c2", "c1"), ids(new CaseFilter(), new CaseRepository.Scope(List.of(QINGSHAN),
                true, Access.Withheld.ALL, "discipline1", LAND_LIVE, TODAY)));
    }

    @Test
    void overdueMeansPastTheDueDateOfTheRunningLimitAsOfTheCountysToday() {
        assertEquals(List.of("c1"), ids(new CaseFilter().setOverdue(true), handler(LAND_LIVE)));
        assertEquals(List.of("c3", "c2"), ids(new CaseFilter().setOverdue(false), handler(LAND_LIVE)),
                "due today is not overdue yet");
        assertEquals(List.of("c3", "c1"), ids(new CaseFilter().setOverdue(true),
                new CaseRepository.Scope(List.of(QINGSHAN), true, Access.Withheld.NONE, "handler1", LAND_LIVE,
                        TODAY.plusDays(1))), "a day later, the case due today is overdue too");
    }

    @Test
    void thePetitionOfficeQueueHoldsUnroutedCasesAndThoseOfAnOfflineDepartment() {
        assertEquals(List.of("c3"), ids(new CaseFilter().setPetitionOfficeQueue(true), handler(LAND_LIVE)));
        assertEquals(List.of("c3", "c2", "c1"), ids(new CaseFilter().setPetitionOfficeQueue(true), handler(List.of())),
                "the land office gone: its cases wait for reassignment");
        assertEquals(List.of("c2", "c1"), ids(new CaseFilter().setRoutingState(RoutingState.DEPARTMENT_OFFLINE),
                handler(List.of())));
        assertEquals(List.of(), ids(new CaseFilter().setRoutingState(RoutingState.DEPARTMENT_OFFLINE), handler(LAND_LIVE)));
        assertEquals(List.of("c2", "c1"), ids(new CaseFilter().setRoutingState(RoutingState.ROUTED), handler(LAND_LIVE)));
    }

    @Test
    void aLongListIsCountedUpToItsBoundAndSaysSo() throws Exception {
        try (var c = db.dataSource().getConnection();
             var s = c.prepareStatement("INSERT INTO TJ_CASE (ID, VERSION, CASE_NUMBER, QUERY_CODE, TOWNSHIP, "
                     + "PETITION_FORM, SOURCE, CATEGORY, STATUS, ROUTING_STATE, DEPARTMENT, CONTENT, REGISTERED_AT, "
                     + "REGISTERED_BY, UPDATED_AT, HEAD_COUNT, REPEAT_COUNT) VALUES (?, 1, ?, ?, '" + BAISHUI + "', "
                     + "'VISIT', 'DIRECT', 'LAND_ACQUISITION', 'REGISTERED', 'ROUTED', 'land', '征地补偿', ?, 'clerk3', "
                     + "CURRENT_TIMESTAMP, 1, 0)")) {
            c.setAutoCommit(false);
            for (int i = 6; i < Page.COUNTED_UP_TO + 10; i++) {
                s.setString(1, "c" + i);
                s.setString(2, BAISHUI + "-2026-" + String.format("%04d", i));
                s.setString(3, "qc" + i);
                s.setTimestamp(4, java.sql.Timestamp.valueOf(java.time.LocalDateTime.parse("2026-10-01T08:00").plusMinutes(i)));
                s.addBatch();
            }
            s.executeBatch();
            c.commit();
        }
        CaseRepository.Scope baishui = new CaseRepository.Scope(List.of(BAISHUI), true, Access.Withheld.NONE, "h",
                LAND_LIVE, TODAY);
        CaseRepository.PageOf first = repository.find(new CaseFilter(), baishui, PageRequest.of(0, 20));
        assertEquals(Page.COUNTED_UP_TO, first.total());
        assertFalse(first.exact());
        assertEquals("c" + (Page.COUNTED_UP_TO + 9), first.items().get(0).id(), "newest first");
        CaseRepository.PageOf last = repository.find(new CaseFilter(), baishui, PageRequest.of(50, 20));
        assertTrue(last.exact(), "a page at the end is counted to the end");
        assertEquals(Page.COUNTED_UP_TO + 5, last.total());
    }

    private static CaseRepository.Scope handler(List<DepartmentRegistry.Live> live) {
        return new CaseRepository.Scope(List.of(QINGSHAN), true, Access.Withheld.NONE, "handler1", live, TODAY);
    }

    private List<String> ids(CaseFilter filter, CaseRepository.Scope scope) {
        return repository.find(filter, scope, PageRequest.of(0, 50)).items().stream().map(CaseSnapshot::id).toList();
    }

    private void insert(String id, int minute, String township, String routing, String department, String due,
                        String clerk) throws Exception {
        db.execute("INSERT INTO TJ_CASE (ID, VERSION, CASE_NUMBER, QUERY_CODE, TOWNSHIP, PETITION_FORM, SOURCE, CATEGORY, "
                + "STATUS, ROUTING_STATE, DEPARTMENT, CONTENT, REGISTERED_AT, REGISTERED_BY, UPDATED_AT, DUE_DATE, "
                + "HEAD_COUNT, REPEAT_COUNT) VALUES ('" + id + "', 1, '" + township + "-2026-" + String.format("%04d", minute)
                + "', 'q" + id + "', '" + township + "', 'VISIT', 'DIRECT', 'LAND_ACQUISITION', 'REGISTERED', '" + routing
                + "', " + (department == null ? "NULL" : "'" + department + "'") + ", '征地补偿', "
                + "{fn TIMESTAMPADD(SQL_TSI_MINUTE, " + minute + ", TIMESTAMP('2026-10-01 08:00:00'))}, '" + clerk
                + "', CURRENT_TIMESTAMP, " + (due == null ? "NULL" : "DATE('" + due + "')") + ", 1, 0)");
    }
}
