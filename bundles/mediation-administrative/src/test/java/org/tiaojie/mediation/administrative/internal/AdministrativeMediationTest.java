package org.tiaojie.mediation.administrative.internal;

import java.time.LocalDate;
import java.util.Hashtable;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.osgi.service.cm.ConfigurationException;
import org.tiaojie.cases.api.DayCount;
import org.tiaojie.cases.api.WorkingCalendar;
import org.tiaojie.cases.core.internal.time.OfficialCalendar;
import org.tiaojie.mediation.internal.CommonSteps;
import org.tiaojie.mediation.internal.ConfirmationWindow;
import org.tiaojie.mediation.internal.MediationFile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tiaojie.mediation.administrative.internal.AdministrativeMediationRules.APPLIED;

class AdministrativeMediationTest {
    private static final ConfirmationWindow W = ConfirmationWindow.STATUTORY;
    private static final WorkingCalendar C = OfficialCalendar.service();
    private static final LocalDate DAY = LocalDate.parse("2026-11-02");

    @Test
    void theDepartmentFirstDecidesWhetherToTakeItThenMediates() {
        assertEquals(List.of("ACCEPT", "NOT_ACCEPT", "WITHDRAW"), AdministrativeMediationRules.STEPS.allowed(APPLIED, 0, null, DAY, W, C));
        assertEquals(List.of("RECORD_SESSION", "WITHDRAW", "FAIL"), AdministrativeMediationRules.STEPS.allowed(CommonSteps.OPEN, 0, null, DAY, W, C));
        assertEquals(List.of("RECORD_SESSION", "WITHDRAW", "FAIL", "AGREE"), AdministrativeMediationRules.STEPS.allowed(CommonSteps.OPEN, 2, null, DAY, W, C));
        assertEquals(List.of("RECORD_FULFILMENT", "APPLY_CONFIRMATION"), AdministrativeMediationRules.STEPS.allowed(CommonSteps.AGREED, 2, DAY, DAY, W, C));
        assertEquals(List.of("RECORD_FULFILMENT"), AdministrativeMediationRules.STEPS.allowed(CommonSteps.AGREED, 2, DAY, DAY.plusDays(31), W, C),
                "the confirmation window has closed");
        assertEquals(List.of(), AdministrativeMediationRules.STEPS.allowed(AdministrativeMediationRules.NOT_ACCEPTED, 0, null, DAY, W, C));
        assertEquals(List.of(), AdministrativeMediationRules.STEPS.allowed(CommonSteps.FAILED, 1, null, DAY, W, C));
    }

    @Test
    void sectorsComeFromConfigurationAndABrokenOneIsRefusedWhole() throws Exception {
        AdministrativeSettings settings = new AdministrativeSettings();
        Hashtable<String, Object> p = new Hashtable<>();
        p.put("sector.LAND", "土地权属 | FOREST_LAND_DISPUTE, HOUSING_HOMESTEAD | 30 | CALENDAR_DAYS | 本县规定");
        p.put("sector.MEDICAL", "医疗纠纷 | MEDICAL_DISPUTE | 30 | WORKING_DAYS | 条例第三十三条");
        p.put("notice.days", "5");
        settings.updated(p);
        assertEquals("LAND", settings.sectorOf("HOUSING_HOMESTEAD").orElseThrow().code());
        assertEquals(DayCount.WORKING_DAYS, settings.sectorOf("MEDICAL_DISPUTE").orElseThrow().count());
        assertTrue(settings.sectorOf("OTHER").isEmpty());

        Hashtable<String, Object> broken = new Hashtable<>(p);
        broken.put("sector.TRAFFIC", "交通事故 | TRAFFIC_ACCIDENT | ten | CALENDAR_DAYS");
        assertThrows(ConfigurationException.class, () -> settings.updated(broken));
        assertTrue(settings.sectorOf("TRAFFIC_ACCIDENT").isEmpty(), "the previous configuration stays");
        assertEquals("LAND", settings.sectorOf("FOREST_LAND_DISPUTE").orElseThrow().code());
    }

    @Test
    void theLimitRunsFromAcceptanceByTheSectorsRuleOnTheCountyCalendar() throws Exception {
        AdministrativeSettings settings = new AdministrativeSettings();
        Hashtable<String, Object> p = new Hashtable<>();
        p.put("sector.LAND", "土地权属 | HOUSING_HOMESTEAD | 30 | CALENDAR_DAYS | 本县规定");
        settings.updated(p);
        AdministrativeMediationPolicy policy = new AdministrativeMediationPolicy(settings, null, C);
        MediationFile f = new MediationFile();
        f.status = APPLIED;
        f.division = "LAND";
        f.openedOn = DAY; // Monday 2 November
        assertEquals(LocalDate.parse("2026-11-09"), policy.deadline(f).due(), "five working days to decide and tell the parties");
        f.status = CommonSteps.OPEN;
        f.markOn = DAY.plusDays(3);
        // 30 days after 5 November is Saturday 5 December: the next working day.
        assertEquals(LocalDate.parse("2026-12-07"), policy.deadline(f).due());
        assertTrue(policy.deadline(f).rule().contains("30日"), policy.deadline(f).rule());
        f.status = CommonSteps.AGREED;
        assertNull(policy.deadline(f), "after the agreement only the confirmation window runs");
        assertFalse(policy.allows(f, "ACCEPT", DAY));
    }

    @Test
    void aWorkingDayLimitSkipsTheNationalDayHolidayAndTheConfirmationWindowMovesOutOfTheSpringFestival() throws Exception {
        AdministrativeSettings settings = new AdministrativeSettings();
        settings.updated(new Hashtable<>(java.util.Map.of("sector.MEDICAL",
                "医疗纠纷 | MEDICAL_DISPUTE | 30 | WORKING_DAYS | 条例第三十三条")));
        AdministrativeMediationPolicy policy = new AdministrativeMediationPolicy(settings, null, C);
        MediationFile f = new MediationFile();
        f.status = APPLIED;
        f.division = "MEDICAL";
        f.openedOn = LocalDate.parse("2026-09-30");
        // 1–7 October off; 8, 9, Saturday 10 (worked), 12, 13.
        assertEquals(LocalDate.parse("2026-10-13"), policy.deadline(f).due());
        assertEquals(LocalDate.parse("2026-02-24"), W.due(C, LocalDate.parse("2026-01-20")).due(),
                "19 February lies in the Spring Festival holiday");
        assertTrue(W.open(C, LocalDate.parse("2026-01-20"), LocalDate.parse("2026-02-24")));
    }
}
