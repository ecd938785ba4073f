package org.tiaojie.itests;

import java.net.http.HttpResponse;
import java.time.LocalDate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

/**
 * The published figures in the booted distribution, on a training installation: petitions registered a year apart
 * by moving the one clock — a single visit, a collective visit of 30, a repeat petition — counted as matters,
 * batches and person-visits with the year before; a figure that stays what it was when the cases move on; the
 * records behind a figure; and the township's staff kept to their township. The rates of the cases and of the plug-ins
 * (a mediation channel, legal aid), and a channel's leaving and returning with its rates.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class StatisticsIT extends TiaojieTestSupport {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TYPE = "application/json";

    @Override
    protected boolean trainingInstallation() {
        return true;
    }

    private JsonNode register(String name, String phone, int heads) throws Exception {
        return register(name, phone, heads, 201);
    }

    private JsonNode register(String name, String phone, int heads, int expected) throws Exception {
        return json(post("/api/v1/cases", "clerk", TYPE, "{\"township\":\"341122101\",\"petitionForm\":\"VISIT\","
                + "\"category\":\"LAND_ACQUISITION\",\"petitioners\":[{\"name\":\"" + name + "\",\"phone\":\"" + phone
                + "\"}],\"headCount\":" + heads + ",\"content\":\"征地补偿款未足额发放\","
                + "\"departmentFields\":{\"landLocation\":\"河西村三组东侧\"}}"), expected);
    }

    /** The measure's value and the year before, in a row of the table. */
    private static long[] measure(JsonNode row, String measure) {
        for (JsonNode v : row.get("values")) {
            if (measure.equals(v.get("measure").asText())) {
                return new long[] {v.get("value").asLong(), v.get("previousYear").asLong()};
            }
        }
        throw new AssertionError(measure + " not in " + row);
    }

    @Test
    public void mattersBatchesAndPersonVisitsYearOnYearAuditableToTheCase() throws Exception {
        waitForReady();
        waitForDepartment("land", "341122101");
        waitFor("the statistics plug-in", () -> status("/api/v1/statistics/figures?from=2030-01-01&to=2030-01-01",
                "supervisor") == 200);
        LocalDate day = platformToday().plusDays(400);

        // A year before: one petition.
        setClock(day.minusYears(1));
        register("统计甲", uniquePhone(), 1);

        // The day: a single visit, a collective visit of 30, and the single visitor back again (a repeat).
        setClock(day);
        String phone = uniquePhone();
        JsonNode single = register("统计乙", phone, 1);
        JsonNode collective = register("统计丙", uniquePhone(), 30);
        JsonNode again = register("统计乙", phone, 1, 200);
        assertEquals("LINKED_AS_REPEAT", again.get("outcome").asText());
        assertEquals(single.get("caseId").asText(), again.get("caseId").asText());

        String period = "from=" + day + "&to=" + day;
        JsonNode table = json(get("/api/v1/statistics/figures?" + period + "&by=TOWNSHIP,PETITION_FORM", "supervisor"), 200);
        assertEquals(table.toString(), 1, table.get("rows").size());
        JsonNode row = table.get("rows").get(0);
        assertEquals("青山镇", row.get("labels").get(0).asText());
        assertEquals("来访", row.get("labels").get(1).asText());
        assertEquals(2, measure(row, "MATTERS")[0]);
        assertEquals(3, measure(row, "BATCHES")[0]);
        assertEquals(32, measure(row, "PERSON_VISITS")[0]);
        assertEquals(1, measure(row, "REPEATS")[0]);
        JsonNode total = table.get("total");
        assertEquals(1, measure(total, "MATTERS")[1]);
        assertEquals(100.0, total.get("values").get(0).get("changePercent").asDouble(), 0.001);
        assertEquals(day.minusYears(1).toString(), table.get("previousFrom").asText());
        assertTrue(table.get("definitions").toString().contains("集体访计一批"));

        // The cases move on; the day's figures stay what they were.
        String id = collective.get("caseId").asText();
        json(post("/api/v1/cases/" + id + "/steps", "clerk", TYPE, "{\"action\":\"ACCEPT\",\"serviceMethod\":\"IN_PERSON\"}"), 200);
        setClock(day.plusDays(3));
        json(post("/api/v1/cases/" + single.get("caseId").asText() + "/steps", "clerk", TYPE,
                "{\"action\":\"TRANSFER\",\"body\":\"县民政局\",\"note\":\"属县级事权\"}"), 200);
        JsonNode later = json(get("/api/v1/statistics/figures?" + period + "&by=TOWNSHIP,PETITION_FORM", "supervisor"), 200);
        assertEquals(table.get("rows"), later.get("rows"));

        // Drill through: the three batches, oldest first, the repeat among them.
        JsonNode batches = json(get("/api/v1/statistics/figures/subjects?measure=BATCHES&" + period
                + "&township=341122101&petitionForm=VISIT", "supervisor"), 200);
        assertEquals(3, batches.get("total").asLong());
        assertEquals(single.get("caseNumber").asText(), batches.get("items").get(0).get("caseNumber").asText());
        assertEquals(collective.get("caseNumber").asText(), batches.get("items").get(1).get("caseNumber").asText());
        assertEquals(30, batches.get("items").get(1).get("persons").asInt());
        assertTrue(batches.get("items").get(2).get("repeat").asBoolean());
        assertEquals(1, json(get("/api/v1/statistics/figures/subjects?measure=REPEATS&" + period, "clerk"), 200)
                .get("total").asLong());

        // The same table as the ledgers' workbook, opened with POI.
        java.net.http.HttpRequest request = authorised(java.net.http.HttpRequest.newBuilder(java.net.URI.create(baseUrl()
                + "/api/v1/statistics/figures/workbook?" + period + "&by=TOWNSHIP,PETITION_FORM")).GET(), "supervisor").build();
        HttpResponse<byte[]> xlsx = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, xlsx.statusCode());
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
                new java.io.ByteArrayInputStream(xlsx.body()))) {
            org.apache.poi.ss.usermodel.Sheet sheet = book.getSheet("信访统计表");
            assertTrue(sheet.getRow(1).getCell(0).getStringCellValue().contains(day.getYear() + "年" + day.getMonthValue()
                    + "月" + day.getDayOfMonth() + "日"));
            assertEquals("乡镇", sheet.getRow(2).getCell(0).getStringCellValue());
            assertEquals("信访形式", sheet.getRow(2).getCell(1).getStringCellValue());
            org.apache.poi.ss.usermodel.Row first = sheet.getRow(4);
            assertEquals("青山镇", first.getCell(0).getStringCellValue());
            assertEquals("来访", first.getCell(1).getStringCellValue());
            assertEquals(2.0, first.getCell(2).getNumericCellValue(), 0.0);
            assertEquals(32.0, first.getCell(8).getNumericCellValue(), 0.0);
            assertEquals("0.0%", sheet.getRow(5).getCell(4).getCellStyle().getDataFormatString());
            assertEquals(1.0, sheet.getRow(5).getCell(4).getNumericCellValue(), 1e-9);
        }

        // The console's summary, for a supervisor at the console.
        String printed = console("tiaojie:figures --from " + day + " --to " + day + " --by township", "supervisor",
                "supervisor", "county");
        assertTrue(printed, printed.contains("青山镇") && printed.contains("合计") && printed.contains("100.0%"));

        // A township's clerk reads the township's figures, not another's; other roles none; bad periods are refused.
        assertEquals(2, measure(json(get("/api/v1/statistics/figures?" + period, "clerk"), 200).get("total"), "MATTERS")[0]);
        JsonNode otherTownship = json(get("/api/v1/statistics/figures?" + period, "clerk2"), 200);
        assertEquals(0, measure(otherTownship.get("total"), "MATTERS")[0]);
        assertEquals("ACCESS_DENIED", json(get("/api/v1/statistics/figures?" + period + "&township=341122101", "clerk2"), 403)
                .get("code").asText());
        assertEquals("ACCESS_DENIED", json(get("/api/v1/statistics/figures?" + period, "handler"), 403).get("code").asText());
        assertEquals("VALIDATION_FAILED", json(get("/api/v1/statistics/figures?from=" + day + "&to=" + day.minusDays(1),
                "supervisor"), 400).get("code").asText());
        assertEquals("VALIDATION_FAILED", json(get("/api/v1/statistics/figures?" + period + "&by=VILLAGES", "supervisor"), 400)
                .get("code").asText());
        assertFalse(json(get("/api/v1/statistics/figures?" + period, "supervisor"), 200).get("sources").isEmpty());
    }

    private void step(String id, String user, String body) throws Exception {
        json(post("/api/v1/cases/" + id + "/steps", user, TYPE, body), 200);
    }

    private void acceptAndDispatch(String id) throws Exception {
        step(id, "clerk", "{\"action\":\"ACCEPT\",\"serviceMethod\":\"IN_PERSON\"}");
        step(id, "clerk", "{\"action\":\"DISPATCH\",\"responsibility\":{\"leadUnit\":\"国土所\",\"responsibleLeader\":"
                + "\"李副镇长\",\"handler\":\"赵干事\",\"handlerUserId\":\"handler\"}}");
    }

    private void opinionServed(String id) throws Exception {
        step(id, "handler", "{\"action\":\"ISSUE_OPINION\",\"opinion\":{\"request\":\"足额发放补偿款\",\"facts\":\"经查属实\","
                + "\"decision\":\"SUPPORT\",\"legalBasis\":\"《土地管理法》第四十八条\"}}");
        step(id, "clerk", "{\"action\":\"SERVE\",\"serviceMethod\":\"IN_PERSON\"}");
    }

    /** A rate of a table's total: numerator, denominator. */
    private static long[] rate(JsonNode table, String rate) {
        JsonNode definitions = table.get("definitions");
        for (int i = 0; i < definitions.size(); i++) {
            if (rate.equals(definitions.get(i).get("rate").asText())) {
                JsonNode v = table.get("total").get("values").get(i);
                assertEquals(rate, v.get("rate").asText());
                return new long[] {v.get("numerator").asLong(), v.get("denominator").asLong()};
            }
        }
        throw new AssertionError(rate + " not in " + definitions);
    }

    private static String fraction(JsonNode table, String rate) {
        long[] r = rate(table, rate);
        return r[0] + "/" + r[1];
    }

    @Test
    public void ratesWithTheirNumeratorsAndDenominatorsStayWhatTheyWereAndDrillThroughToTheCases() throws Exception {
        waitForReady();
        waitForDepartment("land", "341122101");
        waitFor("the statistics plug-in", () -> status("/api/v1/statistics/rates?from=2030-01-01&to=2030-01-01",
                "supervisor") == 200);
        // A month of its own, years from any other test's days: the 2nd of it, then later in it, then the next month.
        LocalDate month = platformToday().plusDays(1200).withDayOfMonth(1).plusMonths(1);
        setClock(month.plusDays(1));
        // a: answered and rated satisfied; b: accepted, completed next month; c: never triaged in its 15 days;
        // d: answered, then reversed on review.
        String a = register("比率甲", uniquePhone(), 1).get("caseId").asText();
        acceptAndDispatch(a);
        opinionServed(a);
        step(a, "clerk", "{\"action\":\"EVALUATE\",\"evaluation\":\"SATISFIED\"}");
        String b = register("比率乙", uniquePhone(), 1).get("caseId").asText();
        acceptAndDispatch(b);
        JsonNode c = register("比率丙", uniquePhone(), 1);
        String d = register("比率丁", uniquePhone(), 1).get("caseId").asText();
        acceptAndDispatch(d);
        opinionServed(d);
        step(d, "clerk", "{\"action\":\"REQUEST_REVIEW\",\"body\":\"县国土资源局\"}");
        step(d, "bureau", "{\"action\":\"DECIDE_REVIEW\",\"reviewOutcome\":\"REVOKED\"}");

        // Later in the month: c's triage limit has passed.
        setClock(month.plusDays(20));
        String period = "from=" + month + "&to=" + month.plusMonths(1).minusDays(1);
        JsonNode table = json(get("/api/v1/statistics/rates?" + period, "supervisor"), 200);
        assertEquals(month.plusDays(20).toString(), table.get("asOf").asText());
        assertEquals("3/4", fraction(table, "TIMELY_ACCEPTANCE"));
        assertEquals("2/3", fraction(table, "COMPLETION"));
        assertEquals("1/1", fraction(table, "SATISFACTION"));
        assertEquals("1/1", fraction(table, "REVIEW_REVERSAL"));
        assertEquals("1/2", fraction(table, "RESOLUTION"));
        assertEquals("0/4", fraction(table, "REPEAT_RATE"));
        JsonNode completion = table.get("total").get("values").get(3);
        assertEquals(66.7, completion.get("percent").asDouble(), 0.001);
        assertTrue(table.get("definitions").toString().contains("分母"));

        // The next month: b is completed and c accepted at last; the month before does not change.
        setClock(month.plusMonths(1).plusDays(4));
        opinionServed(b);
        step(c.get("caseId").asText(), "clerk", "{\"action\":\"ACCEPT\",\"serviceMethod\":\"POST\"}");
        JsonNode after = json(get("/api/v1/statistics/rates?" + period, "supervisor"), 200);
        assertEquals(month.plusMonths(1).minusDays(1).toString(), after.get("asOf").asText());
        assertEquals("3/4", fraction(after, "TIMELY_ACCEPTANCE"));
        assertEquals("2/3", fraction(after, "COMPLETION"));
        JsonNode next = json(get("/api/v1/statistics/rates?from=" + month.plusMonths(1) + "&to="
                + month.plusMonths(2).minusDays(1), "supervisor"), 200);
        assertEquals("c, accepted in the next month", "0/1", fraction(next, "COMPLETION"));

        // Drill through: the denominator of the month's completion and its numerator, by the acceptance.
        JsonNode accepted = json(get("/api/v1/statistics/rates/subjects?rate=COMPLETION&part=DENOMINATOR&" + period,
                "supervisor"), 200);
        assertEquals(3, accepted.get("total").asLong());
        JsonNode completed = json(get("/api/v1/statistics/rates/subjects?rate=COMPLETION&part=NUMERATOR&" + period,
                "supervisor"), 200);
        assertEquals(2, completed.get("total").asLong());
        java.util.Set<String> ids = new java.util.HashSet<>();
        completed.get("items").forEach(item -> ids.add(item.get("caseId").asText()));
        assertEquals(java.util.Set.of(a, d), ids);
        JsonNode late = json(get("/api/v1/statistics/rates/subjects?rate=TIMELY_ACCEPTANCE&part=DENOMINATOR&" + period,
                "clerk"), 200);
        assertEquals(4, late.get("total").asLong());
        assertEquals("VALIDATION_FAILED", json(get("/api/v1/statistics/rates/subjects?rate=NO_SUCH_RATE&part=NUMERATOR&"
                + period, "supervisor"), 400).get("code").asText());
        assertEquals("VALIDATION_FAILED", json(get("/api/v1/statistics/rates/subjects?rate=COMPLETION&part=HALF&"
                + period, "supervisor"), 400).get("code").asText());
        assertEquals("ACCESS_DENIED", json(get("/api/v1/statistics/rates?" + period, "handler"), 403).get("code").asText());

        // The workbook: the rates sheet with numbers and percentages, and the definitions sheet.
        java.net.http.HttpRequest request = authorised(java.net.http.HttpRequest.newBuilder(java.net.URI.create(baseUrl()
                + "/api/v1/statistics/rates/workbook?" + period + "&by=TOWNSHIP")).GET(), "supervisor").build();
        HttpResponse<byte[]> xlsx = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, xlsx.statusCode());
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
                new java.io.ByteArrayInputStream(xlsx.body()))) {
            org.apache.poi.ss.usermodel.Sheet sheet = book.getSheet("信访工作比率");
            assertEquals("及时受理率", sheet.getRow(2).getCell(1).getStringCellValue());
            assertEquals("办结率", sheet.getRow(2).getCell(16).getStringCellValue());
            org.apache.poi.ss.usermodel.Row qingshan = sheet.getRow(4);
            assertEquals("青山镇", qingshan.getCell(0).getStringCellValue());
            assertEquals(3.0, qingshan.getCell(1).getNumericCellValue(), 0.0);
            assertEquals(4.0, qingshan.getCell(2).getNumericCellValue(), 0.0);
            assertEquals(0.75, qingshan.getCell(3).getNumericCellValue(), 1e-9);
            assertEquals("0.0%", qingshan.getCell(3).getCellStyle().getDataFormatString());
            assertTrue(book.getSheet("口径说明").getRow(1).getCell(3).getStringCellValue().contains("分母"));
        }
    }
    @Test
    public void thePlugInsRatesAreCountedBesideTheCasesAndAChannelsLeaveAndReturnWithIt() throws Exception {
        waitForReady();
        String files = "/api/v1/mediation/people/records";
        waitFor("the people's mediation channel", () -> status(files, "mediator") == 200);
        waitFor("the statistics plug-in", () -> status("/api/v1/statistics/rates?from=2030-01-01&to=2030-01-01",
                "supervisor") == 200);
        // A month of its own, after the other test's: agreed and taken to court, then a failure.
        LocalDate month = platformToday().plusDays(1500).withDayOfMonth(1).plusMonths(1);
        setClock(month.plusDays(3));
        String request = "{\"township\":\"341122101\",\"category\":\"NEIGHBOUR_FAMILY\",\"partiesConsent\":true,"
                + "\"parties\":[{\"name\":\"张甲\",\"role\":\"APPLICANT\"},{\"name\":\"李乙\",\"role\":\"RESPONDENT\"}],"
                + "\"committee\":\"341122101201\",\"mediator\":\"M01\",\"description\":\"宅基地界墙纠纷\"}";
        JsonNode agreed = json(post(files, "mediator", TYPE, request), 201);
        String id = agreed.get("id").asText();
        json(post(files + "/" + id + "/steps", "mediator", TYPE, "{\"action\":\"RECORD_SESSION\",\"session\":{\"on\":\""
                + month.plusDays(3) + "\",\"place\":\"河西村委会\",\"participants\":\"张甲、李乙\",\"notes\":\"双方陈述\"}}"), 200);
        json(post(files + "/" + id + "/steps", "mediator", TYPE, "{\"action\":\"AGREE\",\"agreement\":{\"form\":\"WRITTEN\","
                + "\"terms\":\"李乙将界墙后移0.5米\"}}"), 200);
        String failed = json(post(files, "mediator", TYPE, request), 201).get("id").asText();
        json(post(files + "/" + failed + "/steps", "mediator", TYPE, "{\"action\":\"FAIL\",\"note\":\"调解不成\"}"), 200);
        // Legal aid: one application decided and assigned at once, one decided after its 7 days.
        String applications = "/api/v1/legal-aid/applications";
        String application = "{\"township\":\"341122101\",\"applicantName\":\"农民工\",\"matter\":"
                + "\"WAGES_AND_EMPLOYMENT\",\"exemption\":\"MIGRANT_WORKER\",\"description\":\"申请劳动仲裁代理\"}";
        String prompt = json(post(applications, "legalaid", TYPE, application), 201).get("id").asText();
        json(post(applications + "/" + prompt + "/steps", "legalaid", TYPE, "{\"action\":\"GRANT\"}"), 200);
        json(post(applications + "/" + prompt + "/steps", "legalaid", TYPE, "{\"action\":\"ASSIGN\",\"lawyerId\":\"L001\"}"),
                200);
        String late = json(post(applications, "legalaid", TYPE, application), 201).get("id").asText();
        setClock(month.plusDays(10));
        json(post(files + "/" + id + "/steps", "mediator", TYPE, "{\"action\":\"APPLY_CONFIRMATION\","
                + "\"note\":\"双方共同申请司法确认\"}"), 200);
        setClock(month.plusDays(24));
        json(post(applications + "/" + late + "/steps", "legalaid", TYPE, "{\"action\":\"GRANT\"}"), 200);

        String period = "from=" + month + "&to=" + month.plusMonths(1).minusDays(1);
        JsonNode table = json(get("/api/v1/statistics/rates?" + period, "supervisor"), 200);
        assertEquals("1/2", fraction(table, "MEDIATION_SUCCESS_PEOPLE"));
        assertEquals("1/1", fraction(table, "CONFIRMATION_APPLIED_PEOPLE"));
        assertTrue(table.get("definitions").toString().contains("人民调解调解成功率"));
        assertEquals("1/2", fraction(table, "LEGAL_AID_DECIDED_IN_TIME"));
        assertEquals("the late grant's 3 days have not ended", "1/1", fraction(table, "LEGAL_AID_ASSIGNED_IN_TIME"));
        JsonNode ended = json(get("/api/v1/statistics/rates/subjects?rate=MEDIATION_SUCCESS_PEOPLE&part=DENOMINATOR&"
                + period, "supervisor"), 200);
        assertEquals(2, ended.get("total").asLong());
        assertEquals("the file's number, to find it by", agreed.get("number").asText(),
                ended.get("items").get(0).get("reference").asText());

        // The channel leaves: its rates leave with it and the case's stay; back, they are what they were.
        featuresService.uninstallFeature("tiaojie-mediation-people",
                java.util.EnumSet.noneOf(org.apache.karaf.features.FeaturesService.Option.class));
        waitFor("the channel's rates gone", () -> {
            String rates = bodyOf("/api/v1/statistics/rates?" + period, "supervisor");
            return rates.contains("TIMELY_ACCEPTANCE") && !rates.contains("MEDIATION_SUCCESS_PEOPLE");
        });
        featuresService.installFeature("tiaojie-mediation-people",
                java.util.EnumSet.noneOf(org.apache.karaf.features.FeaturesService.Option.class));
        waitFor("the channel's rates back", () -> bodyOf("/api/v1/statistics/rates?" + period, "supervisor")
                .contains("MEDIATION_SUCCESS_PEOPLE"));
        assertEquals("1/2", fraction(json(get("/api/v1/statistics/rates?" + period, "supervisor"), 200),
                "MEDIATION_SUCCESS_PEOPLE"));
    }
}
