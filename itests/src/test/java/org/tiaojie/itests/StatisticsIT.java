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
 * records behind a figure; and the township's staff kept to their township.
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
}
