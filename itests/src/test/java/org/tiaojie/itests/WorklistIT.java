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
 * Worklists (待办) in the booted distribution, on a training installation: a dispatched case moves from "this week"
 * to "today" to "overdue" on the handler's, the unit's, the leader's and the township's lists as the one clock is
 * moved, over REST, SOAP and the console. No date is written for a particular year: every one is counted from the
 * case's own limit.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class WorklistIT extends TiaojieTestSupport {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TYPE = "application/json";

    @Override
    protected boolean trainingInstallation() {
        return true;
    }

    private LocalDate today() throws Exception {
        return LocalDate.parse(json(get("/api/v1/clock", "clerk"), 200).get("today").asText());
    }

    private void clockTo(LocalDate day) throws Exception {
        setClock(day);
        assertEquals(day, today());
    }

    private JsonNode worklist(String user, String query) throws Exception {
        return json(get("/api/v1/worklist?size=200&" + query, user), 200);
    }

    /** The bucket the case is listed in on the user's worklist of the scope, or "none". */
    private String bucketOf(String user, String scope, String caseNumber) throws Exception {
        for (String bucket : new String[]{"OVERDUE", "TODAY", "THIS_WEEK"}) {
            JsonNode list = worklist(user, "scope=" + scope + "&bucket=" + bucket);
            for (JsonNode item : list.get("items")) {
                if (item.get("caseNumber").asText().equals(caseNumber)) {
                    return bucket;
                }
            }
        }
        return "none";
    }

    @Test
    public void aDispatchedCaseMovesThroughTheBucketsOfEveryoneWhoAnswersForIt() throws Exception {
        waitForReady();
        waitForDepartment("land", "341122101");
        JsonNode ack = json(post("/api/v1/cases", "clerk", TYPE, "{\"township\":\"341122101\",\"petitionForm\":\"VISIT\","
                + "\"category\":\"LAND_ACQUISITION\",\"petitioners\":[{\"name\":\"待办甲\",\"phone\":\"" + uniquePhone()
                + "\"}],\"content\":\"征地补偿款未足额发放\",\"departmentFields\":{\"landLocation\":\"河西村三组东侧\"}}"), 201);
        String id = ack.get("caseId").asText();
        String number = ack.get("caseNumber").asText();

        // Registered, it is the clerk's own work (the acceptance limit) until the petition office dispatches it.
        JsonNode registered = json(get("/api/v1/cases/" + id, "clerk"), 200);
        LocalDate acceptBy = LocalDate.parse(registered.get("nextDeadline").get("dueDate").asText());
        JsonNode clerkWeek = worklist("clerk", "scope=MINE");
        boolean acceptThisWeek = !acceptBy.isAfter(LocalDate.parse(clerkWeek.get("weekEnds").asText()));
        assertEquals(acceptThisWeek, clerkWeek.toString().contains(number));

        json(post("/api/v1/cases/" + id + "/steps", "clerk", TYPE, "{\"action\":\"ACCEPT\",\"serviceMethod\":\"IN_PERSON\"}"), 200);
        assertEquals("VALIDATION_FAILED", json(post("/api/v1/cases/" + id + "/steps", "clerk", TYPE,
                "{\"action\":\"DISPATCH\",\"responsibility\":{\"leadUnit\":\"国土所\",\"responsibleLeader\":\"李副镇长\","
                        + "\"handler\":\"赵干事\",\"handlerUserId\":\"赵 干事\"}}"), 400).get("code").asText());
        JsonNode dispatched = json(post("/api/v1/cases/" + id + "/steps", "clerk", TYPE,
                "{\"action\":\"DISPATCH\",\"responsibility\":{\"leadUnit\":\"国土所\",\"responsibleLeader\":\"李副镇长\","
                        + "\"responsibleLeaderUserId\":\"leader\",\"handler\":\"赵干事\",\"handlerUserId\":\"handler\"}}"), 200);
        LocalDate due = LocalDate.parse(dispatched.get("nextDeadline").get("dueDate").asText());
        assertTrue(due.isAfter(today().plusDays(7)));
        assertEquals("dispatched, it is no longer the clerk's own", "none", bucketOf("clerk", "MINE", number));

        // A week before the limit it is on no list yet.
        clockTo(due.minusDays(7));
        assertEquals("none", bucketOf("handler", "MINE", number));

        // The day before: this week's, unless the limit falls on a Monday (then the day before is last week's Sunday).
        clockTo(due.minusDays(1));
        String dayBefore = due.getDayOfWeek() == java.time.DayOfWeek.MONDAY ? "none" : "THIS_WEEK";
        assertEquals(dayBefore, bucketOf("handler", "MINE", number));
        assertEquals(dayBefore, bucketOf("leader", "MINE", number));
        assertEquals(dayBefore, bucketOf("handler", "UNIT", number));

        // On the day: today's, for the handler, the leader, the land office and the township; the county sees it too.
        clockTo(due);
        JsonNode mine = worklist("handler", "scope=MINE");
        assertEquals("TODAY", bucketOf("handler", "MINE", number));
        assertEquals("TODAY", bucketOf("leader", "MINE", number));
        assertEquals("TODAY", bucketOf("handler", "UNIT", number));
        assertEquals("TODAY", bucketOf("clerk", "TOWNSHIP", number));
        assertEquals("TODAY", bucketOf("supervisor", "TOWNSHIP", number));
        assertEquals(due.toString(), mine.get("today").asText());
        long todayCount = mine.get("dueToday").asLong();
        assertTrue(todayCount >= 1);

        // Over SOAP and on the console, the same list.
        HttpResponse<String> soap = soapPost("/soap/lifecycle", "handler", "<l:worklist xmlns:l="
                + "'http://tiaojie.org/soap/lifecycle/v1'><scope>MINE</scope><bucket>TODAY</bucket></l:worklist>");
        assertEquals(soap.body(), 200, soap.statusCode());
        assertTrue(soap.body(), soap.body().contains(number));
        assertTrue(soap.body(), soap.body().contains("dueToday>" + todayCount + "</"));
        String console = console("tiaojie:worklist --scope unit --bucket today", "handler", "handler",
                "township:341122101", "unit:land");
        assertTrue(console, console.contains(number));
        assertTrue(console, console.contains("due today " + todayCount));

        // The day after: overdue, and counted so.
        clockTo(due.plusDays(1));
        assertEquals("OVERDUE", bucketOf("handler", "MINE", number));
        JsonNode overdue = worklist("handler", "scope=MINE&bucket=OVERDUE");
        assertEquals(overdue.get("total").asLong(), overdue.get("overdue").asLong());
        assertTrue(overdue.get("items").get(0).get("nextDeadline").get("overdue").asBoolean());
        LocalDate previous = LocalDate.MIN;
        for (JsonNode item : worklist("clerk", "scope=TOWNSHIP").get("items")) {
            LocalDate d = LocalDate.parse(item.get("nextDeadline").get("dueDate").asText());
            assertFalse("earliest due first", d.isBefore(previous));
            previous = d;
        }

        // Closed, it leaves every list.
        json(post("/api/v1/cases/" + id + "/steps", "handler", TYPE, "{\"action\":\"SETTLE\",\"settlement\":{\"kind\":"
                + "\"MEDIATION\",\"partiesConsent\":true,\"terms\":\"十日内补足补偿款\"}}"), 200);
        assertEquals("none", bucketOf("handler", "MINE", number));
        assertEquals("none", bucketOf("clerk", "TOWNSHIP", number));
    }

    @Test
    public void aWorklistAskedWrongSaysWhat() throws Exception {
        waitForReady();
        JsonNode noUnit = json(get("/api/v1/worklist?scope=UNIT", "clerk"), 400);
        assertEquals("VALIDATION_FAILED", noUnit.get("code").asText());
        assertTrue(noUnit.toString(), noUnit.toString().contains("no unit"));
        assertEquals("VALIDATION_FAILED", json(get("/api/v1/worklist?bucket=SOON", "clerk"), 400).get("code").asText());
        assertEquals("VALIDATION_FAILED", json(get("/api/v1/worklist?size=0", "clerk"), 400).get("code").asText());
        assertEquals("ACCESS_DENIED", json(get("/api/v1/worklist", "operator"), 403).get("code").asText());
        assertEquals(401, get("/api/v1/worklist", null).statusCode());
        HttpResponse<String> fault = soapPost("/soap/lifecycle", "clerk", "<l:worklist xmlns:l="
                + "'http://tiaojie.org/soap/lifecycle/v1'><scope>UNIT</scope></l:worklist>");
        assertTrue(fault.body(), fault.body().contains("VALIDATION_FAILED"));
        String refused;
        try {
            refused = console("tiaojie:worklist --scope often", "clerk", "clerk", "township:341122101");
        } catch (Exception e) {
            refused = e.getMessage();
        }
        assertTrue(refused, refused.contains("MINE, UNIT, TOWNSHIP"));
    }
}
