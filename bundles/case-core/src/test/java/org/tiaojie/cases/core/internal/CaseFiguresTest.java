package org.tiaojie.cases.core.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.persistence.EntityManager;
import javax.persistence.EntityManagerFactory;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.tiaojie.cases.api.Page;
import org.tiaojie.cases.api.PageRequest;
import org.tiaojie.cases.api.PlatformClock;
import org.tiaojie.cases.api.statistics.Count;
import org.tiaojie.cases.api.statistics.Dimension;
import org.tiaojie.cases.api.statistics.FigureQuery;
import org.tiaojie.cases.api.statistics.FigureSource;
import org.tiaojie.cases.api.statistics.FigureSubject;
import org.tiaojie.cases.api.statistics.Measure;
import org.tiaojie.records.internal.SchemaCheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The cases' figures in SQL on Derby, on hand-checked data: a collective petition of 30 is 1 matter, 1 batch and 30
 * person-visits; a repeat petition is a batch and a repeat, not a new matter; a matter counts in the period of its
 * registration (the county's days) whatever happened to it later; a complaint about an official is counted but not
 * opened by whoever may not open it.
 */
class CaseFiguresTest {
    private static final String QINGSHAN = "341122101";
    private static final String BAISHUI = "341122102";
    private static final FigureSource.Readers ALL = new FigureSource.Readers(null, true);

    private SchemaCheck db;
    private EntityManagerFactory emf;
    private EntityManager em;
    private CaseFigures figures;

    @BeforeEach
    void start() throws Exception {
        db = new SchemaCheck().migrate("db/case-core.changelog.xml");
        // March 2031 in 青山镇: a single visit, a collective visit of 30, a letter closed since; 白水乡: a complaint.
        insert("c1", QINGSHAN, "VISIT", "LAND_ACQUISITION", "REQUEST", "ROUTED", 1, "2031-03-01T09:00", "CLOSED");
        insert("c2", QINGSHAN, "VISIT", "LAND_ACQUISITION", "REQUEST", "ROUTED", 30, "2031-03-15T10:00", "DISPATCHED");
        insert("c3", QINGSHAN, "LETTER", "LABOUR_WAGES", "REQUEST", "UNROUTED", 2, "2031-03-31T23:30", "TERMINATED");
        insert("c4", BAISHUI, "LETTER", "LAND_ACQUISITION", "COMPLAINT_ABOUT_OFFICIAL", "WITHHELD", 1, "2031-03-20T09:00",
                "REFERRED_TO_DISCIPLINE");
        // The county's April begins at midnight in Beijing time, not UTC.
        insert("c5", QINGSHAN, "PHONE", "LAND_ACQUISITION", "REQUEST", "ROUTED", 1, "2031-04-01T00:10", "REGISTERED");
        // c2's petitioners come back in March with 12 people by letter, and c1's in April.
        repeat("r1", "c2", "LETTER", 12, "2031-03-28T09:00");
        repeat("r2", "c1", "VISIT", 1, "2031-04-02T09:00");
        emf = db.open("tiaojie");
        em = emf.createEntityManager();
        CaseRepository repository = new CaseRepository();
        repository.setEntityManager(em);
        figures = new CaseFigures(repository);
    }

    @AfterEach
    void stop() {
        em.close();
        emf.close();
    }

    private static FigureQuery march(Dimension... by) {
        FigureQuery q = new FigureQuery();
        q.setFrom(LocalDate.parse("2031-03-01"));
        q.setTo(LocalDate.parse("2031-03-31"));
        q.setBy(List.of(by));
        return q;
    }

    @Test
    void aCollectivePetitionIsOneMatterOneBatchAndItsPeopleAndARepeatIsNoNewMatter() {
        List<Count> total = figures.count(march(), ALL);
        assertEquals(1, total.size());
        Count march = total.get(0);
        assertEquals(4, march.getMatters(), "c1–c4; c5 was registered on 1 April, county time");
        assertEquals(5, march.getBatches(), "the four matters and r1");
        assertEquals(1 + 30 + 2 + 1 + 12, march.getPersonVisits());
        assertEquals(1, march.getRepeats());
    }

    @Test
    void byTownshipAndPetitionFormARepeatCountsWithItsOwnFormAndItsMattersTownship() {
        Map<List<String>, Count> by = figures.count(march(Dimension.TOWNSHIP, Dimension.PETITION_FORM), ALL).stream()
                .collect(Collectors.toMap(Count::getKey, c -> c));
        assertEquals(2, by.get(List.of(QINGSHAN, "VISIT")).getMatters());
        assertEquals(31, by.get(List.of(QINGSHAN, "VISIT")).getPersonVisits());
        Count letters = by.get(List.of(QINGSHAN, "LETTER"));
        assertEquals(1, letters.getMatters());
        assertEquals(2, letters.getBatches(), "c3 and the repeat r1, which came by letter");
        assertEquals(14, letters.getPersonVisits());
        assertEquals(1, letters.getRepeats());
        assertEquals(1, by.get(List.of(BAISHUI, "LETTER")).getMatters());
        assertEquals(3, by.size());
    }

    @Test
    void filtersAndTheReadersTownshipsNarrowTheCount() {
        FigureQuery land = march(Dimension.CATEGORY);
        land.setCategory("LAND_ACQUISITION");
        List<Count> rows = figures.count(land, new FigureSource.Readers(List.of(QINGSHAN), false));
        assertEquals(1, rows.size());
        assertEquals(2, rows.get(0).getMatters(), "c1, c2: 白水乡 is not the reader's");
        assertEquals(1, rows.get(0).getRepeats());
        assertTrue(figures.count(march(), new FigureSource.Readers(List.of(), false)).isEmpty());
    }

    @Test
    void aFigureDrillsThroughToTheRecordsItCountsOldestFirst() {
        Page<FigureSubject> batches = figures.subjects(Measure.BATCHES, march(), ALL, PageRequest.of(0, 20));
        assertEquals(5, batches.getTotal());
        assertEquals(List.of("c1", "c2", "c4", "c2", "c3"), batches.getItems().stream().map(FigureSubject::getCaseId).toList());
        FigureSubject repeat = batches.getItems().get(3);
        assertTrue(repeat.isRepeat());
        assertEquals(12, repeat.getPersons());
        Page<FigureSubject> matters = figures.subjects(Measure.MATTERS, march(), new FigureSource.Readers(null, false),
                PageRequest.of(0, 2));
        assertEquals(4, matters.getTotal());
        assertEquals(2, matters.getItems().size());
        Page<FigureSubject> second = figures.subjects(Measure.MATTERS, march(), new FigureSource.Readers(null, false),
                PageRequest.of(1, 2));
        FigureSubject complaint = second.getItems().get(0);
        assertEquals(BAISHUI + "-2031-c4", complaint.getCaseNumber());
        assertNull(complaint.getCaseId(), "counted, numbered, not opened by a reader of ordinary cases");
        assertEquals(1, figures.subjects(Measure.REPEATS, march(), ALL, PageRequest.of(0, 20)).getTotal());
    }

    private void insert(String id, String township, String form, String category, String nature, String routing,
                        int heads, String registered, String status) throws Exception {
        try (Connection c = db.dataSource().getConnection(); PreparedStatement s = c.prepareStatement(
                "INSERT INTO TJ_CASE (ID, VERSION, CASE_NUMBER, QUERY_CODE, TOWNSHIP, PETITION_FORM, SOURCE, CATEGORY, "
                        + "NATURE, STATUS, ROUTING_STATE, CONTENT, REGISTERED_AT, REGISTERED_BY, UPDATED_AT, HEAD_COUNT, "
                        + "REPEAT_COUNT) VALUES (?, 1, ?, ?, ?, ?, 'DIRECT', ?, ?, ?, ?, '内容', ?, 'clerk1', ?, ?, 0)")) {
            Timestamp at = at(registered);
            Object[] values = {id, township + "-2031-" + id, "q" + id, township, form, category, nature, status, routing, at,
                    at, heads};
            for (int i = 0; i < values.length; i++) {
                s.setObject(i + 1, values[i]);
            }
            s.executeUpdate();
        }
    }

    private void repeat(String id, String caseId, String form, int heads, String received) throws Exception {
        try (Connection c = db.dataSource().getConnection(); PreparedStatement s = c.prepareStatement(
                "INSERT INTO TJ_REPEAT (ID, CASE_ID, PETITION_FORM, CONTENT, HEAD_COUNT, RECEIVED_AT, RECEIVED_BY, SOURCE)"
                        + " VALUES (?, ?, ?, '再次反映', ?, ?, 'clerk1', 'DIRECT')")) {
            s.setString(1, id);
            s.setString(2, caseId);
            s.setString(3, form);
            s.setInt(4, heads);
            s.setTimestamp(5, at(received));
            s.executeUpdate();
        }
    }

    /** A time of the county's day, as the platform stores instants. */
    private static Timestamp at(String countyTime) {
        return Timestamp.from(LocalDateTime.parse(countyTime).atZone(PlatformClock.ZONE).toInstant());
    }
}
