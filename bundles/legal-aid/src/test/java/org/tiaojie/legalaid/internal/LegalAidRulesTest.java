package org.tiaojie.legalaid.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.tiaojie.cases.api.WorkingCalendar;
import org.tiaojie.cases.core.internal.time.OfficialCalendar;
import org.tiaojie.cases.api.legalaid.DueDate;
import org.tiaojie.cases.api.legalaid.Exemption;
import org.tiaojie.cases.api.legalaid.LegalAidAction;
import org.tiaojie.cases.api.legalaid.Matter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tiaojie.cases.api.legalaid.ApplicationStatus.*;
import static org.tiaojie.cases.api.legalaid.LegalAidAction.*;

class LegalAidRulesTest {
    private static final WorkingCalendar CALENDAR = OfficialCalendar.service();
    private static final LegalAidRules.Settings LOCAL = LegalAidRules.Settings.parse(Map.of("means.monthlyIncomePerCapita", "1200"));
    private static final LegalAidRules.State ELIGIBLE = new LegalAidRules.State(true, false, false, false, false);

    @Test
    void theMeansTestFollowsArticles31To42() {
        assertTrue(LegalAidRules.meansTest(Matter.WAGES_AND_EMPLOYMENT, null, new BigDecimal("1200"), LOCAL).eligible(),
                "at the standard is hardship");
        assertFalse(LegalAidRules.meansTest(Matter.WAGES_AND_EMPLOYMENT, null, new BigDecimal("1200.01"), LOCAL).eligible());
        assertFalse(LegalAidRules.meansTest(Matter.OTHER, null, BigDecimal.ZERO, LOCAL).eligible(), "not a listed matter");
        assertFalse(LegalAidRules.meansTest(Matter.MAINTENANCE, null, null, LOCAL).eligible(), "no income stated");
        assertTrue(LegalAidRules.meansTest(Matter.WAGES_AND_EMPLOYMENT, Exemption.MIGRANT_WORKER, new BigDecimal("9000"),
                LOCAL).result().startsWith("NOT_APPLICABLE"), "art. 42: migrant workers' wages, means not checked");
        assertFalse(LegalAidRules.meansTest(Matter.OTHER, Exemption.MIGRANT_WORKER, null, LOCAL).eligible(),
                "art. 42 still needs a listed matter");
        assertTrue(LegalAidRules.meansTest(Matter.OTHER, Exemption.BRAVERY, null, LOCAL).eligible(),
                "art. 32: regardless of the matter and the means");
    }

    @Test
    void stepsFollowTheStatusAndTheOnceOnlyRules() {
        assertEquals(List.of(REQUEST_MATERIALS, GRANT, REFUSE), LegalAidRules.allowed(RECEIVED, ELIGIBLE));
        assertEquals(List.of(REQUEST_MATERIALS, REFUSE), LegalAidRules.allowed(RECEIVED,
                new LegalAidRules.State(false, false, false, false, false)), "no grant when the means test failed");
        assertEquals(List.of(GRANT, REFUSE), LegalAidRules.allowed(RECEIVED,
                new LegalAidRules.State(true, false, false, true, false)), "materials are asked for once only");
        assertTrue(LegalAidRules.allows(RECEIVED, ASSIGN, new LegalAidRules.State(true, true, false, false, false)),
                "urgent aid: a lawyer before the decision [44]");
        assertEquals(List.of(GRANT, REFUSE, CONCLUDE), LegalAidRules.allowed(ASSIGNED,
                new LegalAidRules.State(true, true, false, false, false)), "decide after an urgent assignment");
        assertEquals(List.of(CONCLUDE), LegalAidRules.allowed(ASSIGNED, new LegalAidRules.State(true, false, true, false, false)));
        assertEquals(List.of(OBJECT), LegalAidRules.allowed(REFUSED, ELIGIBLE));
        assertEquals(List.of(), LegalAidRules.allowed(REFUSED, new LegalAidRules.State(false, false, true, false, true)),
                "one objection only");
        assertEquals(List.of(DECIDE_OBJECTION), LegalAidRules.allowed(OBJECTION_PENDING, ELIGIBLE));
        assertEquals(List.of(ASSIGN), LegalAidRules.allowed(GRANTED, ELIGIBLE));
        assertEquals(List.of(), LegalAidRules.allowed(CONCLUDED, ELIGIBLE));
        assertEquals(List.of(), LegalAidRules.allowed(OFFERED, ELIGIBLE), "an offer waits for the application");
    }

    @Test
    void theTimeLimitsRunFromTheirDay() {
        LocalDate received = LocalDate.parse("2026-11-02");
        DueDate decision = LegalAidRules.running(RECEIVED, received, null, null, LOCAL, CALENDAR, LocalDate.parse("2026-11-10"));
        assertEquals("DECISION", decision.getKind());
        assertEquals(LocalDate.parse("2026-11-09"), decision.getDueDate(), "7 days, the first not counted");
        assertTrue(decision.isOverdue());
        assertEquals(-1, decision.getDaysRemaining());
        assertTrue(decision.getExplanation().contains("第四十三条"), decision.getExplanation());
        assertEquals(LocalDate.parse("2026-11-05"), LegalAidRules.running(GRANTED, null, LocalDate.parse("2026-11-02"),
                null, LOCAL, CALENDAR, LocalDate.parse("2026-11-03")).getDueDate(), "assignment within 3 days");
        assertEquals(LocalDate.parse("2026-11-09"), LegalAidRules.running(OBJECTION_PENDING, null, null,
                LocalDate.parse("2026-11-02"), LOCAL, CALENDAR, LocalDate.parse("2026-11-03")).getDueDate(),
                "objection within 5 days: Saturday 7 November moves to Monday");
        assertNull(LegalAidRules.running(ASSIGNED, received, received, null, LOCAL, CALENDAR, received));
    }

    @Test
    void aLimitEndingInTheNationalDayHolidayMovesToTheNextWorkingDay() {
        // Received 28 September: 7 days end on 5 October, inside the holiday of 1–7 October.
        DueDate decision = LegalAidRules.running(RECEIVED, LocalDate.parse("2026-09-28"), null, null, LOCAL, CALENDAR,
                LocalDate.parse("2026-10-06"));
        assertEquals(LocalDate.parse("2026-10-08"), decision.getDueDate());
        assertFalse(decision.isOverdue());
        assertTrue(decision.getExplanation().contains("顺延"), decision.getExplanation());
        assertEquals(LocalDate.parse("2026-10-08"), LegalAidRules.running(GRANTED, null, LocalDate.parse("2026-10-01"),
                null, LOCAL, CALENDAR, LocalDate.parse("2026-10-02")).getDueDate());
        assertTrue(LegalAidRules.running(RECEIVED, LocalDate.parse("2026-12-28"), null, null, LOCAL, CALENDAR,
                LocalDate.parse("2026-12-28")).getCalendarWarning().contains("2027"), "2027 is not loaded");
    }

    @Test
    void localLimitsMayBeShorterNeverLonger() {
        assertEquals(5, LegalAidRules.Settings.parse(Map.of("decision.days", "5")).decisionDays());
        assertThrows(IllegalArgumentException.class, () -> LegalAidRules.Settings.parse(Map.of("decision.days", "10")));
        assertThrows(IllegalArgumentException.class,
                () -> LegalAidRules.Settings.parse(Map.of("means.monthlyIncomePerCapita", "-1")));
        assertEquals(3, LegalAidSettings.parseLawyers(Map.of("lawyer.A", "甲 | 所 | LAWYER", "lawyer.B", "乙 | 所 | LEGAL_WORKER",
                "lawyer.C", "丙")).size());
        assertThrows(IllegalArgumentException.class, () -> LegalAidSettings.parseLawyers(Map.of("lawyer.A", "甲 | 所 | JUDGE")));
    }
}
