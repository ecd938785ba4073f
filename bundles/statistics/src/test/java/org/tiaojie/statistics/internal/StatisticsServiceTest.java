package org.tiaojie.statistics.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import org.tiaojie.cases.api.Actor;
import org.tiaojie.cases.api.Category;
import org.tiaojie.cases.api.ErrorCode;
import org.tiaojie.cases.api.Page;
import org.tiaojie.cases.api.PageRequest;
import org.tiaojie.cases.api.PlatformClock;
import org.tiaojie.cases.api.ReferenceData;
import org.tiaojie.cases.api.TiaojieException;
import org.tiaojie.cases.api.Township;
import org.tiaojie.cases.api.ValidationException;
import org.tiaojie.cases.api.Village;
import org.tiaojie.cases.api.statistics.Count;
import org.tiaojie.cases.api.statistics.Dimension;
import org.tiaojie.cases.api.statistics.FigureQuery;
import org.tiaojie.cases.api.statistics.FigureRow;
import org.tiaojie.cases.api.statistics.FigureSource;
import org.tiaojie.cases.api.statistics.FigureSubject;
import org.tiaojie.cases.api.statistics.FigureTable;
import org.tiaojie.cases.api.statistics.Measure;
import org.tiaojie.cases.api.statistics.RateCount;
import org.tiaojie.cases.api.statistics.RateDefinition;
import org.tiaojie.cases.api.statistics.RatePart;
import org.tiaojie.cases.api.statistics.RateSource;
import org.tiaojie.cases.api.statistics.RateTable;
import org.tiaojie.cases.api.statistics.RateValue;

class StatisticsServiceTest {
    private static final Actor COUNTY = Actor.fromRoleNames("sv", List.of("supervisor", "county"));
    private static final Actor CLERK = Actor.fromRoleNames("clerk", List.of("clerk", "township:341122101"));
    private static final Actor HANDLER = Actor.fromRoleNames("handler", List.of("handler", "township:341122101"));

    private final FigureSources sources = new FigureSources();
    private final RateSources rateSources = new RateSources();
    private final StatisticsServiceImpl service = new StatisticsServiceImpl(sources, rateSources, new Jurisdiction(),
            PlatformClock.of(java.time.Clock.fixed(java.time.Instant.parse("2031-04-01T02:00:00Z"), PlatformClock.ZONE)));
    private final List<FigureQuery> asked = new ArrayList<>();
    private final List<FigureSource.Readers> readers = new ArrayList<>();

    /** This year: 青山镇 12 matters; the year before 10. 白水乡 3, and none the year before. */
    private final FigureSource cases = new FigureSource() {
        @Override
        public List<Count> count(FigureQuery q, Readers r) {
            asked.add(q);
            readers.add(r);
            boolean thisYear = q.getFrom().getYear() == 2031;
            List<Count> rows = new ArrayList<>();
            rows.add(StatisticsServiceTest.count(List.of("341122101"), thisYear ? 12 : 10, thisYear ? 15 : 10, thisYear ? 60 : 10, thisYear ? 3 : 0));
            if (thisYear) {
                rows.add(StatisticsServiceTest.count(List.of("341122102"), 3, 3, 3, 0));
            }
            return rows;
        }

        @Override
        public Page<FigureSubject> subjects(Measure m, FigureQuery q, Readers r, PageRequest page) {
            return new Page<>(List.of(), page.page(), page.size(), 0);
        }
    };

    private static Count count(List<String> key, long matters, long batches, long people, long repeats) {
        Count c = new Count();
        c.setKey(key);
        c.setMatters(matters);
        c.setBatches(batches);
        c.setPersonVisits(people);
        c.setRepeats(repeats);
        return c;
    }

    private static FigureQuery q1(Dimension... by) {
        FigureQuery q = new FigureQuery();
        q.setFrom(LocalDate.of(2031, 1, 1));
        q.setTo(LocalDate.of(2031, 3, 31));
        q.setBy(List.of(by));
        return q;
    }

    @Test
    void eachFigureComesWithTheSamePeriodAYearBeforeAndTheChange() {
        sources.bind(cases, Map.of(FigureSource.SOURCE, "case"));
        FigureTable t = service.figures(COUNTY, q1(Dimension.TOWNSHIP));
        assertEquals(LocalDate.of(2030, 1, 1), t.getPreviousFrom());
        assertEquals(LocalDate.of(2030, 3, 31), t.getPreviousTo());
        assertEquals(List.of("case"), t.getSources());
        FigureRow qingshan = t.getRows().get(0);
        assertEquals(List.of("青山镇"), qingshan.getLabels());
        assertEquals(12, qingshan.getValues().get(0).getValue());
        assertEquals(10, qingshan.getValues().get(0).getPreviousYear());
        assertEquals(20.0, qingshan.getValues().get(0).getChangePercent());
        assertEquals(500.0, qingshan.getValues().get(2).getChangePercent(), "person-visits 10 → 60");
        FigureRow baishui = t.getRows().get(1);
        assertNull(baishui.getValues().get(0).getChangePercent(), "nothing the year before: no per cent");
        assertEquals(15, t.getTotal().getValues().get(0).getValue());
        assertEquals(4, t.getDefinitions().size());
        assertNull(readers.get(0).townships(), "county staff read the county");
    }

    @Test
    void aTownshipsStaffCountOnlyTheirTownshipsAndOthersAreRefused() {
        sources.bind(cases, Map.of(FigureSource.SOURCE, "case"));
        service.figures(CLERK, q1());
        assertEquals(List.of("341122101"), readers.get(0).townships());
        FigureQuery other = q1();
        other.setTownship("341122102");
        assertEquals(ErrorCode.ACCESS_DENIED, assertThrows(TiaojieException.class, () -> service.figures(CLERK, other)).code());
        assertEquals(ErrorCode.ACCESS_DENIED, assertThrows(TiaojieException.class, () -> service.figures(HANDLER, q1())).code());
    }

    @Test
    void aPeriodMustBeWholeForwardAndAtMostFiveYears() {
        FigureQuery none = new FigureQuery();
        assertEquals(2, assertThrows(ValidationException.class, () -> service.figures(COUNTY, none)).violations().size());
        FigureQuery backwards = q1();
        backwards.setTo(LocalDate.of(2030, 12, 31));
        assertEquals("to", assertThrows(ValidationException.class, () -> service.figures(COUNTY, backwards))
                .violations().get(0).getField());
        FigureQuery long_ = q1();
        long_.setFrom(LocalDate.of(2020, 1, 1));
        assertThrows(ValidationException.class, () -> service.figures(COUNTY, long_));
        FigureQuery twice = q1(Dimension.TOWNSHIP, Dimension.TOWNSHIP);
        assertEquals("by", assertThrows(ValidationException.class, () -> service.figures(COUNTY, twice))
                .violations().get(0).getField());
        FigureQuery unknown = q1();
        unknown.setTownship("999");
        assertEquals("township", assertThrows(ValidationException.class, () -> service.figures(COUNTY, unknown))
                .violations().get(0).getField());
    }

    @Test
    void aSourceThatFailsIsLeftOutAndTheTableSaysWhichItHolds() {
        sources.bind(cases, Map.of(FigureSource.SOURCE, "case"));
        sources.bind(new FigureSource() {
            @Override
            public List<Count> count(FigureQuery q, Readers r) {
                throw new IllegalStateException("leaving");
            }

            @Override
            public Page<FigureSubject> subjects(Measure m, FigureQuery q, Readers r, PageRequest page) {
                throw new IllegalStateException("leaving");
            }
        }, Map.of(FigureSource.SOURCE, "screening"));
        FigureTable t = service.figures(COUNTY, q1());
        assertEquals(List.of("case"), t.getSources());
        assertEquals(15, t.getTotal().getValues().get(0).getValue());
        assertEquals(ErrorCode.SERVICE_UNAVAILABLE, assertThrows(TiaojieException.class,
                () -> service.subjects(COUNTY, "meetings", Measure.MATTERS, q1(), PageRequest.of(0, 20))).code());
    }

    @Test
    void theWorkbookIsLaidOutAsTheLedgersWithNumbersAsNumbersAndTheChangeAsAPercentage() throws Exception {
        sources.bind(cases, Map.of(FigureSource.SOURCE, "case"));
        byte[] xlsx = service.workbook(COUNTY, q1(Dimension.TOWNSHIP));
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
                new java.io.ByteArrayInputStream(xlsx))) {
            org.apache.poi.ss.usermodel.Sheet sheet = book.getSheet("信访统计表");
            assertEquals("信访统计表", sheet.getRow(0).getCell(0).getStringCellValue());
            String heading = sheet.getRow(1).getCell(0).getStringCellValue();
            assertTrue(heading.contains("2031年1月1日至2031年3月31日"), heading);
            assertTrue(heading.contains("2030年1月1日至2030年3月31日"), heading);
            assertTrue(heading.contains("2031年4月1日 10:00"), "generated, county time: " + heading);
            assertEquals("乡镇", sheet.getRow(2).getCell(0).getStringCellValue());
            assertEquals("信访事项（件）", sheet.getRow(2).getCell(1).getStringCellValue());
            assertEquals("本期", sheet.getRow(3).getCell(1).getStringCellValue());
            assertTrue(sheet.getMergedRegions().stream().anyMatch(m -> m.formatAsString().equals("B3:D3")),
                    "each measure's header spans its three columns");
            assertTrue(sheet.getMergedRegions().stream().anyMatch(m -> m.formatAsString().equals("A3:A4")));
            org.apache.poi.ss.usermodel.Row qingshan = sheet.getRow(4);
            assertEquals("青山镇", qingshan.getCell(0).getStringCellValue());
            assertEquals(org.apache.poi.ss.usermodel.CellType.NUMERIC, qingshan.getCell(1).getCellType());
            assertEquals(12.0, qingshan.getCell(1).getNumericCellValue());
            assertEquals(10.0, qingshan.getCell(2).getNumericCellValue());
            assertEquals(0.2, qingshan.getCell(3).getNumericCellValue(), 1e-9);
            assertEquals("0.0%", qingshan.getCell(3).getCellStyle().getDataFormatString());
            assertEquals("—", sheet.getRow(5).getCell(3).getStringCellValue(), "白水乡 had none the year before");
            org.apache.poi.ss.usermodel.Row total = sheet.getRow(6);
            assertEquals("合计", total.getCell(0).getStringCellValue());
            assertEquals(15.0, total.getCell(1).getNumericCellValue());
        }
    }

    @Test
    void theYearBeforeOfALeapDayIsTheTwentyEighth() {
        FigureQuery q = q1();
        q.setFrom(LocalDate.of(2032, 2, 29));
        q.setTo(LocalDate.of(2032, 2, 29));
        assertEquals(LocalDate.of(2031, 2, 28), StatisticsServiceImpl.yearBefore(q).getFrom());
    }

    /** 青山镇 and 白水乡, as the core's master data names them. */
    private static final class Jurisdiction implements ReferenceData {
        private final List<Township> townships = List.of(new Township("341122101", "青山镇"), new Township("341122102", "白水乡"));

        @Override
        public List<Township> townships() {
            return townships;
        }

        @Override
        public Optional<Township> township(String code) {
            return townships.stream().filter(t -> t.code().equals(code)).findFirst();
        }

        @Override
        public List<Category> categories() {
            return List.of();
        }

        @Override
        public List<Village> villages(String township) {
            return List.of();
        }

        @Override
        public Optional<Category> category(String code) {
            return Optional.empty();
        }
    }

    /** A module's rate: 青山镇 9 of 12 on time this year (asked up to today, 1 April 2031), 8 of 10 the year before. */
    private final List<LocalDate> asOf = new ArrayList<>();
    private final RateSource onTime = new RateSource() {
        @Override
        public List<RateDefinition> definitions() {
            return List.of(RateDefinition.of("ON_TIME_COMPLETION", "按期办结率", "case", "按期办结的件数", "期限届满的件数",
                    "分母：……；分子：……"));
        }

        @Override
        public List<RateCount> count(FigureQuery q, LocalDate day, FigureSource.Readers r) {
            asOf.add(day);
            boolean thisYear = q.getFrom().getYear() == 2031;
            return List.of(rate("ON_TIME_COMPLETION", List.of("341122101"), thisYear ? 9 : 8, thisYear ? 12 : 10),
                    rate("SOMETHING_NOT_DEFINED", List.of("341122101"), 1, 1));
        }

        @Override
        public Page<FigureSubject> subjects(String rate, RatePart part, FigureQuery q, LocalDate day,
                                            FigureSource.Readers r, PageRequest page) {
            asOf.add(day);
            FigureSubject s = new FigureSubject();
            s.setCaseNumber(part.name());
            return new Page<>(List.of(s), page.page(), page.size(), 1);
        }
    };

    private static RateCount rate(String name, List<String> key, long numerator, long denominator) {
        RateCount c = new RateCount();
        c.setRate(name);
        c.setKey(key);
        c.setNumerator(numerator);
        c.setDenominator(denominator);
        return c;
    }

    @Test
    void eachRateHasItsNumeratorDenominatorAndDefinitionWithTheYearBeforeInPoints() {
        rateSources.bind(onTime, Map.of(RateSource.SOURCE, "case"));
        FigureQuery thisYear = q1(Dimension.TOWNSHIP);
        thisYear.setTo(LocalDate.of(2031, 12, 31));
        RateTable t = service.rates(COUNTY, thisYear);
        assertEquals(LocalDate.of(2031, 4, 1), t.getAsOf(), "while the year runs, events count up to today");
        assertEquals(List.of(LocalDate.of(2031, 4, 1), LocalDate.of(2030, 12, 31)), asOf);
        assertEquals(1, t.getDefinitions().size(), "a rate the source does not define is left out");
        RateValue v = t.getRows().get(0).getValues().get(0);
        assertEquals(List.of("青山镇"), t.getRows().get(0).getLabels());
        assertEquals(9, v.getNumerator());
        assertEquals(12, v.getDenominator());
        assertEquals(75.0, v.getPercent());
        assertEquals(80.0, v.getPreviousPercent());
        assertEquals(-5.0, v.getChangePoints());
        assertEquals(75.0, t.getTotal().getValues().get(0).getPercent());
    }

    @Test
    void aRateWithoutADenominatorHasNoPerCentAndNoChange() {
        RateValue none = StatisticsServiceImpl.rateValue("X", 0, 0, 3, 4);
        assertNull(none.getPercent());
        assertEquals(75.0, none.getPreviousPercent());
        assertNull(none.getChangePoints());
        assertEquals(33.3, StatisticsServiceImpl.rateValue("X", 1, 3, 0, 0).getPercent());
        assertEquals(66.7, StatisticsServiceImpl.rateValue("X", 2, 3, 0, 0).getPercent());
    }

    @Test
    void aRateDrillsThroughToEitherSideAndAnUnknownRateIsABadRequest() {
        rateSources.bind(onTime, Map.of(RateSource.SOURCE, "case"));
        assertEquals("NUMERATOR", service.rateSubjects(COUNTY, "ON_TIME_COMPLETION", RatePart.NUMERATOR, q1(),
                PageRequest.of(0, 20)).getItems().get(0).getCaseNumber());
        assertEquals(LocalDate.of(2031, 3, 31), asOf.get(0), "a past period counts up to its last day");
        assertEquals("rate", assertThrows(ValidationException.class, () -> service.rateSubjects(COUNTY, "NO_SUCH_RATE",
                RatePart.NUMERATOR, q1(), PageRequest.of(0, 20))).violations().get(0).getField());
        assertEquals(2, assertThrows(ValidationException.class, () -> service.rateSubjects(COUNTY, null, null, q1(),
                PageRequest.of(0, 20))).violations().size());
        assertEquals(ErrorCode.ACCESS_DENIED, assertThrows(TiaojieException.class, () -> service.rateSubjects(HANDLER,
                "ON_TIME_COMPLETION", RatePart.NUMERATOR, q1(), PageRequest.of(0, 20))).code());
    }

    @Test
    void aSourceThatFailsIsLeftOutAndASecondSourceUnderTheSameNameIsIgnored() {
        RateSource failing = new RateSource() {
            @Override
            public List<RateDefinition> definitions() {
                throw new IllegalStateException("leaving");
            }

            @Override
            public List<RateCount> count(FigureQuery q, LocalDate day, FigureSource.Readers r) {
                return List.of();
            }

            @Override
            public Page<FigureSubject> subjects(String rate, RatePart part, FigureQuery q, LocalDate day,
                                                FigureSource.Readers r, PageRequest page) {
                return null;
            }
        };
        rateSources.bind(onTime, Map.of(RateSource.SOURCE, "case"));
        rateSources.bind(failing, Map.of(RateSource.SOURCE, "case"));
        rateSources.bind(failing, Map.of(RateSource.SOURCE, "legal-aid"));
        RateTable t = service.rates(COUNTY, q1());
        assertEquals(List.of("case"), t.getSources());
        assertEquals(75.0, t.getTotal().getValues().get(0).getPercent());
    }

    @Test
    void theRatesWorkbookHasTheTableAndASheetOfDefinitions() throws Exception {
        rateSources.bind(onTime, Map.of(RateSource.SOURCE, "case"));
        byte[] xlsx = service.ratesWorkbook(COUNTY, q1(Dimension.TOWNSHIP));
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
                new java.io.ByteArrayInputStream(xlsx))) {
            org.apache.poi.ss.usermodel.Sheet sheet = book.getSheet("信访工作比率");
            assertEquals("按期办结率", sheet.getRow(2).getCell(1).getStringCellValue());
            assertEquals("青山镇", sheet.getRow(4).getCell(0).getStringCellValue());
            assertEquals(9, sheet.getRow(4).getCell(1).getNumericCellValue());
            assertEquals(12, sheet.getRow(4).getCell(2).getNumericCellValue());
            assertEquals(0.75, sheet.getRow(4).getCell(3).getNumericCellValue(), 1e-9);
            assertEquals("0.0%", sheet.getRow(4).getCell(3).getCellStyle().getDataFormatString());
            assertEquals(-5.0, sheet.getRow(4).getCell(5).getNumericCellValue(), 1e-9);
            assertEquals("合计", sheet.getRow(5).getCell(0).getStringCellValue());
            assertTrue(sheet.getMergedRegions().stream().anyMatch(r -> r.getFirstRow() == 2 && r.getFirstColumn() == 1
                    && r.getLastColumn() == 5), "the rate's name over its five columns");
            org.apache.poi.ss.usermodel.Sheet defs = book.getSheet("口径说明");
            assertEquals("按期办结的件数", defs.getRow(1).getCell(1).getStringCellValue());
        }
    }
}
