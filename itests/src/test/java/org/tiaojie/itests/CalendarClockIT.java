package org.tiaojie.itests;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
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
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

/**
 * A training installation: its one clock is moved forward (never slept through) to make deadlines pass, every
 * answer says the clock is not the real one, and an operator loads next year's official calendar without a restart.
 * No date here is written for a particular year: every one is counted from what the platform's clock says.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class CalendarClockIT extends TiaojieTestSupport {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TYPE = "application/json";

    @Override
    protected boolean trainingInstallation() {
        return true;
    }

    private LocalDate today() throws Exception {
        return LocalDate.parse(json(get("/api/v1/clock", "clerk"), 200).get("today").asText());
    }

    /** Sets the training clock to 09:00 county time of the day, if that is not in the past. */
    private void clockTo(LocalDate day) throws Exception {
        if (day.isAfter(today())) {
            setClock(day);
        }
        assertEquals(day, today());
    }

    private String register(String category, String extra) throws Exception {
        JsonNode ack = json(post("/api/v1/cases", "clerk", TYPE, "{\"township\":\"341122101\",\"petitionForm\":\"LETTER\","
                + "\"category\":\"" + category + "\",\"petitioners\":[{\"name\":\"培训甲\",\"phone\":\"" + uniquePhone()
                + "\"}],\"content\":\"培训用信访事项\"" + extra + "}"), 201);
        return ack.get("caseId").asText();
    }

    private JsonNode step(String id, String user, String body) throws Exception {
        return json(post("/api/v1/cases/" + id + "/steps", user, TYPE, body), 200);
    }

    private boolean listed(String query, String caseNumber) throws Exception {
        return json(get("/api/v1/cases?township=341122101&size=200&" + query, "clerk"), 200).toString()
                .contains(caseNumber);
    }

    @Test
    public void theTrainingClockMakesACaseOverdueAndEveryAnswerSaysSo() throws Exception {
        waitForReady();
        JsonNode clock = json(get("/api/v1/clock", "clerk"), 200);
        assertTrue(clock.get("trainingInstallation").asBoolean());

        String id = register("SOCIAL_ASSISTANCE", "");
        JsonNode registered = json(get("/api/v1/cases/" + id, "clerk"), 200);
        String number = registered.get("caseNumber").asText();
        LocalDate due = LocalDate.parse(registered.get("nextDeadline").get("dueDate").asText());
        // The overdue filters answer on both databases (DATE against DATE).
        assertTrue(listed("overdue=false", number));
        assertFalse(listed("overdue=true", number));

        // Only an operator moves the clock, and only forward.
        assertEquals(403, send("POST", "/api/v1/clock/advance", "clerk", "{\"by\":\"P1D\"}").statusCode());
        assertEquals(400, send("PUT", "/api/v1/clock", "operator", "{\"now\":\"2000-01-01T00:00:00Z\"}").statusCode());

        int days = (int) Duration.between(today().atStartOfDay(), due.plusDays(2).atStartOfDay()).toDays();
        JsonNode moved = json(send("POST", "/api/v1/clock/advance", "operator", "{\"by\":\"P" + days + "D\"}"), 200);
        assertTrue(moved.get("shifted").asBoolean());
        assertEquals(due.plusDays(2), today());

        HttpResponse<String> read = get("/api/v1/cases/" + id, "clerk");
        String header = read.headers().firstValue("Tiaojie-Clock").orElse(null);
        assertNotNull("every REST answer says the clock is a training clock", header);
        assertTrue(header, header.startsWith("training; now=" + due.plusDays(2)));
        JsonNode overdue = json(read, 200).get("nextDeadline");
        assertTrue(overdue.toString(), overdue.get("overdue").asBoolean());
        assertTrue(listed("overdue=true", number));
        assertFalse(listed("overdue=false", number));
        assertTrue(console("tiaojie:cases --overdue --township 341122101", "bureau", "clerk", "county").contains(number));

        // SOAP answers carry it too, faults included (the public progress port: no login).
        HttpResponse<String> soap = http.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/soap/progress"))
                .header("Content-Type", "text/xml; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString("<s:Envelope xmlns:s='http://schemas.xmlsoap.org/soap/envelope/'>"
                        + "<s:Body><p:getProgress xmlns:p='http://tiaojie.org/soap/progress/v1'><queryCode>AAAA-BBBB-CCCC-"
                        + "DDDD</queryCode></p:getProgress></s:Body></s:Envelope>", StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertTrue(soap.body(), soap.body().contains("NOT_FOUND"));
        assertTrue(soap.headers().map().toString(), soap.headers().firstValue("Tiaojie-Clock").isPresent());

        // The console says so at login; the audit trail keeps the real time beside the training time.
        assertTrue(operatorConsole("tiaojie:clock --banner").contains("TRAINING CLOCK"));
        JsonNode accepted = step(id, "clerk", "{\"action\":\"ACCEPT\",\"serviceMethod\":\"IN_PERSON\"}");
        assertEquals("ACCEPTED", accepted.get("status").asText());
        JsonNode audit = json(get("/api/v1/cases/" + id + "/audit", "clerk"), 200);
        JsonNode last = audit.get(audit.size() - 1);
        assertEquals("ACCEPT", last.get("action").asText());
        Instant at = Instant.parse(last.get("at").asText());
        Instant realAt = Instant.parse(last.get("realAt").asText());
        assertTrue(at + " vs " + realAt, Duration.between(realAt, at).toDays() >= days - 1);
    }

    @Test
    public void anOperatorLoadsNextYearsCalendarWithoutARestart() throws Exception {
        waitForReady();
        // From 1 November the platform warns while next year's holidays are not loaded.
        LocalDate november = LocalDate.of(today().getYear(), 11, 1);
        if (today().isBefore(november)) {
            clockTo(november);
        }
        int year = today().getYear();
        int next = year + 1;
        if (json(get("/api/v1/calendar/years", "clerk"), 200).get("years").toString().contains(Integer.toString(year))) {
            assertNotNull(json(get("/api/health", null), 200).get("calendar").get("warning"));
        } else {
            // A training installation running in a year the distribution did not ship: load this year from the console.
            String loaded = operatorConsole("tiaojie:calendar-load " + year + " --holidays \"" + year + "-01-01, "
                    + year + "-10-01.." + year + "-10-07\" --workdays \"" + weekend(year, 9) + "\"");
            assertTrue(loaded, loaded.contains("Loaded the official calendar of " + year));
        }
        JsonNode health = json(get("/api/health", null), 200);
        assertTrue(health.toString(), health.get("calendar").get("warning").asText().contains(next + "年"));
        assertTrue(operatorConsole("tiaojie:calendar").contains("WARNING"));

        // A review window of an opinion served late in the year reaches into the next one: the case says so.
        if (today().isBefore(LocalDate.of(year, 12, 20))) {
            clockTo(LocalDate.of(year, 12, 20));
        }
        LocalDate served = today();
        String id = register("LABOUR_WAGES", "");
        step(id, "clerk", "{\"action\":\"ACCEPT\",\"serviceMethod\":\"IN_PERSON\"}");
        step(id, "clerk", "{\"action\":\"DISPATCH\",\"responsibility\":{\"leadUnit\":\"劳保所\",\"responsibleLeader\":"
                + "\"李副镇长\",\"handler\":\"赵干事\"}}");
        step(id, "handler", "{\"action\":\"ISSUE_OPINION\",\"opinion\":{\"request\":\"支付工资\",\"facts\":\"属实\","
                + "\"decision\":\"SUPPORT\",\"legalBasis\":\"《保障农民工工资支付条例》\"}}");
        JsonNode window = step(id, "clerk", "{\"action\":\"SERVE\",\"serviceMethod\":\"POST\"}").get("nextDeadline");
        LocalDate due = LocalDate.parse(window.get("dueDate").asText());
        assertEquals(next, due.getYear());
        assertTrue(window.toString(), window.get("calendarWarning").asText().contains(next + "年"));
        assertTrue(window.get("explanation").asText().contains(window.get("calendarWarning").asText()));

        // The clerk's calendar service answers the same.
        JsonNode asked = json(get("/api/v1/calendar/due-date?start=" + served + "&days=30", "clerk"), 200);
        assertEquals(due.toString(), asked.get("dueDate").asText());
        assertTrue(asked.get("calendarWarning").asText().contains(next + "年"));

        // Bad years are refused whole, and nothing is written.
        assertEquals(403, send("PUT", "/api/v1/calendar/years/" + next, "clerk", "{\"holidays\":[]}").statusCode());
        JsonNode refused = json(send("PUT", "/api/v1/calendar/years/" + next, "operator", "{\"holidays\":[\"" + year
                + "-12-31\", \"" + next + "-02-30\"], \"workdays\":[\"" + weekday(next) + "\"]}"), 400);
        assertEquals("VALIDATION_FAILED", refused.get("code").asText());
        assertEquals(3, refused.get("violations").size());
        JsonNode both = json(send("PUT", "/api/v1/calendar/years/" + next, "operator", "{\"holidays\":[\""
                + weekend(next, 3) + "\"], \"workdays\":[\"" + weekend(next, 3) + "\"]}"), 400);
        assertTrue(both.toString(), both.toString().contains("both"));
        assertEquals(404, get("/api/v1/calendar/years/" + next, "clerk").statusCode());

        // Loaded, in force at once: the petitioner's last day, now a holiday, moves to the next working day.
        JsonNode loaded = json(send("PUT", "/api/v1/calendar/years/" + next, "operator", "{\"holidays\":[\"" + next
                + "-01-01\", \"" + due + "\"], \"workdays\":[]}"), 200);
        assertEquals(next, loaded.get("year").asInt());
        Path file = Path.of(System.getProperty("karaf.etc"), "org.tiaojie.calendar.year-" + next + ".cfg");
        assertTrue("kept in etc/ like any configuration", Files.readString(file).contains(due.toString()));
        JsonNode after = json(get("/api/v1/cases/" + id, "clerk"), 200).get("nextDeadline");
        assertTrue(after.toString(), LocalDate.parse(after.get("dueDate").asText()).isAfter(due));
        assertNull(after.toString(), after.get("calendarWarning"));
        assertNull(json(get("/api/health", null), 200).get("calendar").get("warning"));
        assertTrue(operatorConsole("tiaojie:calendar " + next).contains(due.toString()));
        assertTrue(json(get("/api/v1/calendar/working-days?from=" + served + "&to=" + next + "-01-05", "clerk"), 200)
                .get("explanation").asText().contains("工作日"));
    }

    /** The n-th Saturday of the year. */
    private static LocalDate weekend(int year, int n) {
        LocalDate d = LocalDate.of(year, 1, 1);
        while (d.getDayOfWeek() != DayOfWeek.SATURDAY) {
            d = d.plusDays(1);
        }
        return d.plusWeeks(n - 1);
    }

    /** A Wednesday of the year. */
    private static LocalDate weekday(int year) {
        LocalDate d = LocalDate.of(year, 3, 1);
        while (d.getDayOfWeek() != DayOfWeek.WEDNESDAY) {
            d = d.plusDays(1);
        }
        return d;
    }
}
