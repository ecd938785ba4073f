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
 * Dates as the users enter them: a letter registered days after it arrived runs its clocks from the day received;
 * no step is dated before the record it belongs to; and the small refusals a clerk meets say the right thing.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class IntakeDatesIT extends TiaojieTestSupport {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TYPE = "application/json";

    private HttpResponse<String> register(String category, String phone, String extra) throws Exception {
        return post("/api/v1/cases", "clerk", TYPE, "{\"township\":\"341122101\",\"petitionForm\":\"LETTER\",\"category\":\""
                + category + "\",\"petitioners\":[{\"name\":\"来信人\",\"phone\":\"" + phone + "\"}],"
                + "\"content\":\"来信反映问题\"" + extra + "}");
    }

    private JsonNode step(String id, String user, String body, int expected) throws Exception {
        return json(post("/api/v1/cases/" + id + "/steps", user, TYPE, body), expected);
    }

    @Test
    public void aLetterRegisteredLateRunsItsClocksFromTheDayItArrived() throws Exception {
        waitForReady();
        LocalDate today = platformToday();
        LocalDate received = today.minusDays(10);
        assertEquals("OUT_OF_RANGE", json(register("SOCIAL_ASSISTANCE", uniquePhone(), ",\"receivedOn\":\""
                + today.plusDays(1) + "\""), 400).get("violations").get(0).get("code").asText());
        JsonNode tooOld = json(register("SOCIAL_ASSISTANCE", uniquePhone(), ",\"receivedOn\":\"" + today.minusDays(31)
                + "\""), 400);
        assertEquals("receivedOn", tooOld.get("violations").get(0).get("field").asText());

        String id = json(register("SOCIAL_ASSISTANCE", uniquePhone(), ",\"receivedOn\":\"" + received + "\""), 201)
                .get("caseId").asText();
        JsonNode c = json(get("/api/v1/cases/" + id, "clerk"), 200);
        assertEquals(received.toString(), c.get("receivedOn").asText());
        assertEquals("triage runs from receipt", received.toString(), c.get("nextDeadline").get("start").asText());
        String trail = get("/api/v1/cases/" + id + "/audit", "clerk").body();
        assertTrue("the audit keeps both dates: " + trail, trail.contains("receivedOn") && trail.contains(received.toString())
                && trail.contains(today.getYear() + "-"));

        // The notice of receipt was given on paper before the letter was registered: it may be dated so, not earlier.
        assertEquals("OUT_OF_RANGE", step(id, "clerk", "{\"action\":\"ACCEPT\",\"serviceMethod\":\"POST\",\"occurredOn\":\""
                + received.minusDays(1) + "\"}", 400).get("violations").get(0).get("code").asText());
        JsonNode accepted = step(id, "clerk", "{\"action\":\"ACCEPT\",\"serviceMethod\":\"POST\",\"occurredOn\":\""
                + received.plusDays(2) + "\"}", 200);
        assertEquals(received.plusDays(2).toString(), accepted.get("nextDeadline").get("start").asText());
    }

    @Test
    public void aMediationStepCannotPrecedeItsFile() throws Exception {
        waitForReady();
        waitFor("people's mediation", () -> status("/api/v1/mediation/people/records", "mediator") == 200);
        JsonNode file = json(post("/api/v1/mediation/people/records", "mediator", TYPE, "{\"township\":\"341122101\","
                + "\"category\":\"NEIGHBOUR_FAMILY\",\"partiesConsent\":true,\"parties\":[{\"name\":\"甲\",\"role\":"
                + "\"APPLICANT\"},{\"name\":\"乙\",\"role\":\"RESPONDENT\"}],\"committee\":\"341122101201\","
                + "\"mediator\":\"M01\",\"description\":\"相邻通行纠纷\"}"), 201);
        String id = file.get("id").asText();
        LocalDate opened = LocalDate.parse(file.get("openedOn").asText());
        String path = "/api/v1/mediation/people/records/" + id + "/steps";
        JsonNode early = json(post(path, "mediator", TYPE, "{\"action\":\"RECORD_SESSION\",\"session\":{\"on\":\""
                + opened.minusDays(30) + "\",\"place\":\"村委会\",\"participants\":\"甲、乙\",\"notes\":\"调解\"}}"), 400);
        assertEquals("session.on", early.get("violations").get(0).get("field").asText());
        json(post(path, "mediator", TYPE, "{\"action\":\"RECORD_SESSION\",\"session\":{\"on\":\"" + opened
                + "\",\"place\":\"村委会\",\"participants\":\"甲、乙\",\"notes\":\"调解\"}}"), 200);
        JsonNode backdated = json(post(path, "mediator", TYPE, "{\"action\":\"AGREE\",\"occurredOn\":\""
                + opened.minusDays(330) + "\",\"agreement\":{\"form\":\"WRITTEN\",\"terms\":\"乙让出通道\"}}"), 400);
        assertEquals("occurredOn", backdated.get("violations").get(0).get("field").asText());
        JsonNode agreed = json(post(path, "mediator", TYPE, "{\"action\":\"AGREE\",\"agreement\":{\"form\":\"WRITTEN\","
                + "\"terms\":\"乙让出通道\"}}"), 200);
        assertEquals("AGREED", agreed.get("status").asText());
    }

    @Test
    public void theSmallRefusalsSayTheRightThing() throws Exception {
        waitForReady();
        waitForDepartment("land", "341122101");
        String id = json(register("SOCIAL_ASSISTANCE", uniquePhone(), ""), 201).get("caseId").asText();

        // A handler may not accept: told so before anything about the form.
        assertEquals("ACCESS_DENIED", step(id, "handler", "{\"action\":\"ACCEPT\"}", 403).get("code").asText());
        // A transfer needs the note the API asks for.
        JsonNode transfer = step(id, "clerk", "{\"action\":\"TRANSFER\",\"body\":\"县民政局\"}", 400);
        assertEquals("note", transfer.get("violations").get(0).get("field").asText());
        // A refusal offers only the steps that are possible for this case and this clerk.
        JsonNode refused = step(id, "clerk", "{\"action\":\"CLOSE\"}", 409);
        String detail = refused.get("detail").asText();
        assertTrue(detail, detail.contains("ACCEPT"));
        assertFalse("no referral to discipline for an ordinary request: " + detail, detail.contains("REFER_TO_DISCIPLINE"));

        // The repeat of a land case does not make the clerk type the land office's fields again.
        String phone = uniquePhone();
        JsonNode first = json(register("LAND_ACQUISITION", phone, ",\"departmentFields\":{\"landLocation\":\"河西村三组\"}"), 201);
        assertEquals("land", first.get("department").asText());
        JsonNode repeat = json(register("LAND_ACQUISITION", phone, ""), 200);
        assertEquals("LINKED_AS_REPEAT", repeat.get("outcome").asText());
        assertEquals(first.get("caseId").asText(), repeat.get("caseId").asText());
        JsonNode needed = json(register("LAND_ACQUISITION", uniquePhone(), ""), 400);
        assertEquals("a new land case still needs them", "landLocation",
                needed.get("violations").get(0).get("field").asText().replace("departmentFields.", ""));
    }
}
