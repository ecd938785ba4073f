package org.tiaojie.cases.core.internal;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.persistence.EntityManager;
import javax.persistence.EntityManagerFactory;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.tiaojie.cases.api.PageRequest;
import org.tiaojie.cases.api.PlatformClock;
import org.tiaojie.cases.api.statistics.Dimension;
import org.tiaojie.cases.api.statistics.FigureQuery;
import org.tiaojie.cases.api.statistics.FigureSource;
import org.tiaojie.cases.api.statistics.FigureSubject;
import org.tiaojie.cases.api.statistics.RateCount;
import org.tiaojie.cases.api.statistics.RateDefinition;
import org.tiaojie.cases.api.statistics.RatePart;
import org.tiaojie.records.internal.SchemaCheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Each of the cases' rates in SQL on Derby, on hand-checked milestones of March 2031: a triage on time and one late,
 * a case extended and then completed late, a settlement, a case accepted in March and completed in April, a reviewed
 * case, a decision reversed on re-review, a repeat petition and a collective petition of 30, and a complaint about an
 * official. Events after the period's last day change nothing of it.
 */
class CaseRatesTest {
    private static final String QINGSHAN = "341122101";
    private static final String BAISHUI = "341122102";
    private static final FigureSource.Readers ALL = new FigureSource.Readers(null, true);
    private static final LocalDate END_OF_MARCH = LocalDate.parse("2031-03-31");

    private SchemaCheck db;
    private EntityManagerFactory emf;
    private EntityManager em;
    private CaseRates rates;

    @BeforeEach
    void start() throws Exception {
        db = new SchemaCheck().migrate("db/case-core.changelog.xml");
        // Triage: a1 on time, a2 late (due in March), a3 due in April (triaged in March: not March's).
        insert("a1", QINGSHAN, 1, "2031-03-01", m("TRIAGE_DUE", "2031-03-16", "TRIAGED_ON", "2031-03-10",
                "ACCEPTED_ON", "2031-03-10", "HANDLING_DUE", "2031-05-09"));
        insert("a2", QINGSHAN, 1, "2031-02-20", m("TRIAGE_DUE", "2031-03-07", "TRIAGED_ON", "2031-03-09"));
        insert("a3", QINGSHAN, 1, "2031-03-25", m("TRIAGE_DUE", "2031-04-09", "TRIAGED_ON", "2031-03-26"));
        // Handling due in March: b1 extended to the 22nd and completed late; b2 on time with a repeat; b3 settled.
        insert("b1", QINGSHAN, 1, "2030-12-28", m("ACCEPTED_ON", "2031-01-01", "HANDLING_DUE", "2031-03-22",
                "COMPLETED_ON", "2031-03-25", "REPLIED_ON", "2031-03-28", "EVALUATED_ON", "2031-03-29",
                "EVALUATION", "DISSATISFIED"));
        insert("b2", QINGSHAN, 1, "2031-01-08", m("ACCEPTED_ON", "2031-01-10", "HANDLING_DUE", "2031-03-11",
                "COMPLETED_ON", "2031-03-01", "REPLIED_ON", "2031-03-05", "EVALUATED_ON", "2031-03-06",
                "EVALUATION", "SATISFIED"));
        insert("b3", QINGSHAN, 1, "2031-01-12", m("ACCEPTED_ON", "2031-01-15", "HANDLING_DUE", "2031-03-16",
                "COMPLETED_ON", "2031-03-10", "SETTLED_ON", "2031-03-10", "REPLIED_ON", "2031-03-10"));
        // Accepted in March: c1 completed in March (rated in April), c2 completed in April.
        insert("c1", QINGSHAN, 1, "2031-02-25", m("ACCEPTED_ON", "2031-03-02", "HANDLING_DUE", "2031-05-01",
                "COMPLETED_ON", "2031-03-20", "EVALUATED_ON", "2031-04-02", "EVALUATION", "BASICALLY_SATISFIED"));
        insert("c2", QINGSHAN, 1, "2031-03-27", m("ACCEPTED_ON", "2031-03-28", "HANDLING_DUE", "2031-05-27",
                "COMPLETED_ON", "2031-04-03"));
        // Reviews: d1 (白水乡) satisfied, then asked for review, changed; f1 upheld on review, revoked on re-review.
        insert("d1", BAISHUI, 1, "2030-12-01", m("ACCEPTED_ON", "2030-12-02", "HANDLING_DUE", "2031-01-31",
                "COMPLETED_ON", "2031-03-03", "EVALUATED_ON", "2031-03-04", "EVALUATION", "SATISFIED",
                "REVIEW_REQUESTED_ON", "2031-03-20", "REVIEW_DECIDED_ON", "2031-03-28", "REVIEW_OUTCOME", "CHANGED"));
        insert("f1", QINGSHAN, 1, "2030-10-01", m("REVIEW_DECIDED_ON", "2031-03-05", "REVIEW_OUTCOME", "UPHELD",
                "RE_REVIEW_DECIDED_ON", "2031-03-25", "RE_REVIEW_OUTCOME", "REVOKED"));
        // A collective petition of 30, a complaint about an official (白水乡), and b2's petitioner back with 12 people.
        insert("e1", QINGSHAN, 30, "2031-03-12", m("TRIAGE_DUE", "2031-03-27", "TRIAGED_ON", "2031-03-13"));
        insertComplaint("g1", BAISHUI, "2031-03-20");
        repeat("r1", "b2", 12, "2031-03-15T10:00");
        emf = db.open("tiaojie");
        em = emf.createEntityManager();
        CaseRepository repository = new CaseRepository();
        repository.setEntityManager(em);
        rates = new CaseRates(repository);
    }

    @AfterEach
    void stop() {
        em.close();
        emf.close();
    }

    @Test
    void eachRateOfMarchHasTheHandCheckedNumeratorAndDenominator() {
        Map<String, String> march = totals(rates.count(march(), END_OF_MARCH, ALL));
        assertEquals("2/3", march.get("TIMELY_ACCEPTANCE"), "a1 and e1 on time, a2 late; a3 is due in April");
        assertEquals("2/3", march.get("ON_TIME_COMPLETION"), "b2, b3 of b1, b2, b3: the extended b1 was completed late");
        assertEquals("2/3", march.get("ON_TIME_REPLY"));
        assertEquals("1/3", march.get("COMPLETION"), "of a1, c1, c2 accepted in March only c1 was completed by the 31st");
        assertEquals("2/5", march.get("RESOLUTION"), "b2 satisfied and b3 settled; c1 was rated in April, d1 reviewed");
        assertEquals("2/3", march.get("SATISFACTION"), "b2 and d1 of b1, b2, d1");
        assertEquals("3/5", march.get("FIRST_TIME_RESOLUTION"), "b2 came back, d1 asked for review");
        assertEquals("1/6", march.get("REPEAT_RATE"), "a1, a3, c2, e1, g1 and the repeat r1");
        assertEquals("2/6", march.get("COLLECTIVE_SHARE"), "e1 with 30 and r1 with 12");
        assertEquals("2/3", march.get("REVIEW_REVERSAL"), "d1 changed, f1 upheld then revoked");
        assertEquals(rates.definitions().size(), march.size());
    }

    @Test
    void whatHappensAfterThePeriodsLastDayChangesNothingOfIt() {
        // Counted while March ran, on the 15th: only what was due and done by then.
        Map<String, String> midMarch = totals(rates.count(march(), LocalDate.parse("2031-03-15"), ALL));
        assertEquals("0/1", midMarch.get("TIMELY_ACCEPTANCE"), "only a2 was due by the 15th, and it was late");
        assertEquals("1/1", midMarch.get("ON_TIME_COMPLETION"), "b2, due on the 11th");
        // April: c2 completed on the 3rd is April's, not March's; c1's April rating does not reach back to March.
        Map<String, String> april = totals(rates.count(period("2031-04-01", "2031-04-30"), LocalDate.parse("2031-04-30"), ALL));
        assertNull(april.get("COMPLETION"), "nothing was accepted in April");
        assertEquals("1/1", april.get("SATISFACTION"), "c1, rated basically satisfied on 2 April");
        assertEquals("2/5", totals(rates.count(march(), END_OF_MARCH, ALL)).get("RESOLUTION"));
    }

    @Test
    void ratesBreakDownAndKeepToTheReadersTownships() {
        List<RateCount> byTownship = rates.count(march(Dimension.TOWNSHIP), END_OF_MARCH, ALL);
        Map<String, String> reversal = byTownship.stream().filter(c -> c.getRate().equals("REVIEW_REVERSAL"))
                .collect(Collectors.toMap(c -> c.getKey().get(0), c -> c.getNumerator() + "/" + c.getDenominator()));
        assertEquals(Map.of(QINGSHAN, "1/2", BAISHUI, "1/1"), reversal);
        Map<String, String> qingshanOnly = totals(rates.count(march(), END_OF_MARCH,
                new FigureSource.Readers(List.of(QINGSHAN), false)));
        assertEquals("1/2", qingshanOnly.get("REVIEW_REVERSAL"));
        assertEquals("1/5", qingshanOnly.get("REPEAT_RATE"), "白水乡's complaint is not theirs");
    }

    @Test
    void eachSideOfARateDrillsThroughToItsCasesInTheOrderOfTheirDates() {
        List<String> due = rates.subjects("ON_TIME_COMPLETION", RatePart.DENOMINATOR, march(), END_OF_MARCH, ALL,
                PageRequest.of(0, 50)).getItems().stream().map(FigureSubject::getCaseId).toList();
        assertEquals(List.of("b2", "b3", "b1"), due, "by the handling limit's last day");
        List<String> onTime = rates.subjects("ON_TIME_COMPLETION", RatePart.NUMERATOR, march(), END_OF_MARCH, ALL,
                PageRequest.of(0, 50)).getItems().stream().map(FigureSubject::getCaseId).toList();
        assertEquals(List.of("b2", "b3"), onTime);
        assertEquals(LocalDate.parse("2031-03-11").atStartOfDay(PlatformClock.ZONE).toInstant(),
                rates.subjects("ON_TIME_COMPLETION", RatePart.NUMERATOR, march(), END_OF_MARCH, ALL,
                        PageRequest.of(0, 50)).getItems().get(0).getAt());

        List<FigureSubject> batches = rates.subjects("REPEAT_RATE", RatePart.DENOMINATOR, march(), END_OF_MARCH,
                new FigureSource.Readers(null, false), PageRequest.of(0, 50)).getItems();
        assertEquals(6, batches.size());
        FigureSubject complaint = batches.stream().filter(s -> s.getCaseNumber().endsWith("g1")).findFirst().orElseThrow();
        assertNull(complaint.getCaseId(), "a complaint shows its number, not its id, to a reader who may not open it");
        List<FigureSubject> repeats = rates.subjects("REPEAT_RATE", RatePart.NUMERATOR, march(), END_OF_MARCH, ALL,
                PageRequest.of(0, 50)).getItems();
        assertEquals(1, repeats.size());
        assertTrue(repeats.get(0).isRepeat());
        assertEquals(12, repeats.get(0).getPersons());
        assertEquals(2, rates.subjects("REVIEW_REVERSAL", RatePart.NUMERATOR, march(), END_OF_MARCH, ALL,
                PageRequest.of(0, 50)).getTotal());
        assertNull(rates.subjects("NO_SUCH_RATE", RatePart.NUMERATOR, march(), END_OF_MARCH, ALL, PageRequest.of(0, 50)));
    }

    @Test
    void everyRateSaysWhatItsNumeratorAndDenominatorCount() {
        for (RateDefinition d : rates.definitions()) {
            assertEquals(CaseFigures.SOURCE_NAME, d.getSource());
            assertTrue(d.getName().endsWith("率") || d.getName().endsWith("占比"), d.getName());
            assertFalse(d.getNumerator().isBlank());
            assertFalse(d.getDenominator().isBlank());
            assertTrue(d.getDefinition().contains("分母") && d.getDefinition().contains("分子"), d.getRate());
        }
    }

    private static Map<String, String> totals(List<RateCount> counts) {
        Map<String, long[]> sums = new LinkedHashMap<>();
        for (RateCount c : counts) {
            long[] s = sums.computeIfAbsent(c.getRate(), k -> new long[2]);
            s[0] += c.getNumerator();
            s[1] += c.getDenominator();
        }
        Map<String, String> out = new LinkedHashMap<>();
        sums.forEach((k, s) -> out.put(k, s[0] + "/" + s[1]));
        return out;
    }

    private static FigureQuery march(Dimension... by) {
        FigureQuery q = period("2031-03-01", "2031-03-31");
        q.setBy(List.of(by));
        return q;
    }

    private static FigureQuery period(String from, String to) {
        FigureQuery q = new FigureQuery();
        q.setFrom(LocalDate.parse(from));
        q.setTo(LocalDate.parse(to));
        return q;
    }

    private static Map<String, String> m(String... pairs) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.put(pairs[i], pairs[i + 1]);
        }
        return m;
    }

    private void insert(String id, String township, int heads, String registered, Map<String, String> milestones)
            throws Exception {
        row(id, township, "REQUEST", "ROUTED", heads, registered, milestones);
    }

    private void insertComplaint(String id, String township, String registered) throws Exception {
        row(id, township, "COMPLAINT_ABOUT_OFFICIAL", "WITHHELD", 1, registered, Map.of());
    }

    private void row(String id, String township, String nature, String routing, int heads, String registered,
                     Map<String, String> milestones) throws Exception {
        List<String> columns = new ArrayList<>(milestones.keySet());
        String extra = columns.isEmpty() ? "" : ", " + String.join(", ", columns);
        String marks = columns.isEmpty() ? "" : ", ?".repeat(columns.size());
        try (Connection c = db.dataSource().getConnection(); PreparedStatement s = c.prepareStatement(
                "INSERT INTO TJ_CASE (ID, VERSION, CASE_NUMBER, QUERY_CODE, TOWNSHIP, PETITION_FORM, SOURCE, CATEGORY, "
                        + "NATURE, STATUS, ROUTING_STATE, CONTENT, REGISTERED_AT, REGISTERED_BY, UPDATED_AT, HEAD_COUNT, "
                        + "REPEAT_COUNT, MILESTONES" + extra + ") VALUES (?, 1, ?, ?, ?, 'VISIT', 'DIRECT', 'LAND_ACQUISITION', "
                        + "?, 'DISPATCHED', ?, '内容', ?, 'clerk1', ?, ?, 0, 1" + marks + ")")) {
            Timestamp at = Timestamp.from(LocalDate.parse(registered).atTime(9, 0).atZone(PlatformClock.ZONE).toInstant());
            Object[] values = {id, township + "-2031-" + id, "q" + id, township, nature, routing, at, at, heads};
            int i = 0;
            for (; i < values.length; i++) {
                s.setObject(i + 1, values[i]);
            }
            for (String column : columns) {
                String v = milestones.get(column);
                s.setObject(++i, column.endsWith("_ON") || column.endsWith("_DUE") ? Date.valueOf(v) : v);
            }
            s.executeUpdate();
        }
    }

    private void repeat(String id, String caseId, int heads, String received) throws Exception {
        try (Connection c = db.dataSource().getConnection(); PreparedStatement s = c.prepareStatement(
                "INSERT INTO TJ_REPEAT (ID, CASE_ID, PETITION_FORM, CONTENT, HEAD_COUNT, RECEIVED_AT, RECEIVED_BY, SOURCE)"
                        + " VALUES (?, ?, 'VISIT', '再次反映', ?, ?, 'clerk1', 'DIRECT')")) {
            s.setString(1, id);
            s.setString(2, caseId);
            s.setInt(3, heads);
            s.setTimestamp(4, Timestamp.from(LocalDateTime.parse(received).atZone(PlatformClock.ZONE).toInstant()));
            s.executeUpdate();
        }
    }
}
