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
import static org.junit.Assert.assertTrue;

/**
 * Supervision (督查督办) in the booted distribution, on a training installation: a notice issued to the land office
 * and answered in time, one left unanswered that lapses when the clock passes its reply date — escalated, with an
 * accountability record — and is then answered late; an on-site action; a return visit after the settlement; a
 * transfer declined and assigned back, and a limit overdue beyond the configured working days, each opening its
 * accountability record once; a record closed with its conclusion.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class SupervisionIT extends TiaojieTestSupport {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TYPE = "application/json";
    private static final String NOTICES = "/api/v1/supervision/notices";

    @Override
    protected boolean trainingInstallation() {
        return true;
    }

    private LocalDate today() throws Exception {
        return LocalDate.parse(json(get("/api/v1/clock", "clerk"), 200).get("today").asText());
    }

    private JsonNode step(String id, String user, String body) throws Exception {
        return json(post("/api/v1/cases/" + id + "/steps", user, TYPE, body), 200);
    }

    private static final String RESPONSIBILITY = "\"responsibility\":{\"leadUnit\":\"国土所\",\"responsibleLeader\":"
            + "\"李副镇长\",\"handler\":\"赵干事\",\"handlerUserId\":\"handler\"}";

    /** A land case, accepted and dispatched to the land office; its id. */
    private String dispatchedCase(String name) throws Exception {
        JsonNode ack = json(post("/api/v1/cases", "clerk", TYPE, "{\"township\":\"341122101\",\"petitionForm\":\"VISIT\","
                + "\"category\":\"LAND_ACQUISITION\",\"petitioners\":[{\"name\":\"" + name + "\",\"phone\":\"" + uniquePhone()
                + "\"}],\"content\":\"征地补偿款未足额发放\",\"departmentFields\":{\"landLocation\":\"河西村三组东侧\"}}"), 201);
        String id = ack.get("caseId").asText();
        step(id, "clerk", "{\"action\":\"ACCEPT\",\"serviceMethod\":\"IN_PERSON\"}");
        step(id, "clerk", "{\"action\":\"DISPATCH\"," + RESPONSIBILITY + "}");
        return id;
    }

    private JsonNode issue(String caseId, String kind, LocalDate replyBy) throws Exception {
        return json(post(NOTICES, "supervisor", TYPE, "{\"kind\":\"" + kind + "\",\"caseId\":\"" + caseId
                + "\",\"required\":\"核实补偿款发放情况，书面报告\",\"replyBy\":\"" + replyBy + "\"}"), 201);
    }

    private JsonNode records(String caseId) throws Exception {
        JsonNode all = json(get("/api/v1/supervision/accountability?size=200", "supervisor"), 200);
        com.fasterxml.jackson.databind.node.ArrayNode mine = JSON.createArrayNode();
        all.get("items").forEach(r -> {
            if (caseId.equals(r.path("caseId").asText())) {
                mine.add(r);
            }
        });
        return mine;
    }

    @Test
    public void aNoticeAnsweredInTimeOneThatLapsesAndTheRecordsThatFollow() throws Exception {
        waitForReady();
        waitForDepartment("land", "341122101");
        waitFor("the supervision plug-in", () -> status(NOTICES, "supervisor") == 200);
        String id = dispatchedCase("督办甲");
        String number = json(get("/api/v1/cases/" + id, "clerk"), 200).get("caseNumber").asText();
        LocalDate start = today();

        // A 督办函 to the land office (the case's department), answered by its handler in time.
        JsonNode first = issue(id, "SUPERVISION", start.plusDays(3));
        assertTrue(first.toString(), first.get("number").asText().matches("督办〔" + start.getYear() + "〕\\d+号"));
        assertEquals("land", first.get("unit").asText());
        assertEquals("OPEN", first.get("status").asText());
        String trail = json(get("/api/v1/cases/" + id + "/audit", "clerk"), 200).toString();
        assertTrue(trail, trail.contains("NOTICE_SENT") && trail.contains(first.get("number").asText()));
        assertEquals("ACCESS_DENIED", json(post(NOTICES + "/" + first.get("id").asText() + "/reply", "leader", TYPE,
                "{\"reply\":\"不是本单位\"}"), 403).get("code").asText());
        JsonNode answered = json(post(NOTICES + "/" + first.get("id").asText() + "/reply", "handler", TYPE,
                "{\"reply\":\"已核实，补偿款本周发放\"}"), 200);
        assertEquals("ANSWERED", answered.get("status").asText());
        assertEquals("ILLEGAL_TRANSITION", json(post(NOTICES + "/" + first.get("id").asText() + "/reply", "handler", TYPE,
                "{\"reply\":\"再报\"}"), 409).get("code").asText());

        // A 交办函 left unanswered: past its reply date the job lapses it, once, and opens its accountability record.
        JsonNode second = issue(id, "ASSIGNMENT", start.plusDays(2));
        assertTrue(second.get("number").asText().startsWith("交办〔"));
        setClock(start.plusDays(3));
        JsonNode run = json(post("/api/v1/reminders/run", "operator", TYPE, ""), 200);
        assertEquals(run.toString(), 1, run.get("noticesLapsed").asInt());
        assertEquals(0, json(post("/api/v1/reminders/run", "supervisor", TYPE, ""), 200).get("noticesLapsed").asInt());
        String secondId = second.get("id").asText();
        assertEquals("LAPSED", json(get(NOTICES + "/" + secondId, "handler"), 200).get("status").asText());
        JsonNode lapsed = records(id);
        assertEquals(lapsed.toString(), 1, lapsed.size());
        assertEquals("NOTICE_LAPSED", lapsed.get(0).get("trigger").asText());
        assertEquals("land", lapsed.get(0).get("unit").asText());
        JsonNode late = json(post(NOTICES + "/" + secondId + "/reply", "handler", TYPE, "{\"reply\":\"补报：已发放\"}"), 200);
        assertEquals("ANSWERED_LATE", late.get("status").asText());
        // Every notice sent about it, with the answer of each channel of the distribution (the trail, e-mail).
        String deliveries = late.get("deliveries").toString();
        for (String sent : new String[] {"NOTICE_ISSUED trail: DELIVERED", "NOTICE_LAPSED trail: DELIVERED",
                "NOTICE_ANSWERED trail: DELIVERED", "NOTICE_ISSUED email: "}) {
            assertTrue(sent + " in " + deliveries, deliveries.contains(sent));
        }
        assertEquals(1, json(get(NOTICES + "?caseId=" + id + "&status=ANSWERED_LATE", "clerk"), 200).get("total").asLong());

        // An on-site supervision action, against the notice.
        json(post("/api/v1/supervision/actions", "supervisor", TYPE, "{\"caseId\":\"" + id + "\",\"noticeId\":\"" + secondId
                + "\",\"method\":\"ON_SITE\",\"result\":\"实地督查，补偿款已发放到户\"}"), 201);
        assertEquals(1, json(get("/api/v1/supervision/actions?caseId=" + id, "clerk"), 200).get("total").asLong());

        // A return visit follows the settlement, not before.
        String visit = "{\"caseId\":\"" + id + "\",\"method\":\"PHONE\",\"outcome\":\"补偿款已到账\",\"satisfaction\":\"SATISFIED\"}";
        assertEquals("ILLEGAL_TRANSITION", json(post("/api/v1/supervision/return-visits", "supervisor", TYPE, visit), 409)
                .get("code").asText());
        step(id, "handler", "{\"action\":\"SETTLE\",\"settlement\":{\"kind\":\"MEDIATION\",\"partiesConsent\":true,"
                + "\"terms\":\"十日内补足补偿款\"}}");
        json(post("/api/v1/supervision/return-visits", "clerk", TYPE, visit), 201);
        JsonNode visits = json(get("/api/v1/supervision/return-visits?caseId=" + id, "supervisor"), 200);
        assertEquals("SATISFIED", visits.get("items").get(0).get("satisfaction").asText());
        assertEquals(number, visits.get("items").get(0).get("caseNumber").asText());

        // Closed by the county with its conclusion, once.
        String recordId = lapsed.get(0).get("id").asText();
        JsonNode closed = json(post("/api/v1/supervision/accountability/" + recordId + "/close", "supervisor", TYPE,
                "{\"conclusion\":\"约谈国土所负责人\"}"), 200);
        assertTrue(closed.get("closed").asBoolean());
        assertEquals("ILLEGAL_TRANSITION", json(post("/api/v1/supervision/accountability/" + recordId + "/close",
                "supervisor", TYPE, "{\"conclusion\":\"再次\"}"), 409).get("code").asText());
        assertEquals("the discipline body reads them", 200, status("/api/v1/supervision/accountability", "discipline"));

        // The weekly bulletin: the week's notices, visits and records; kept once the week is over.
        LocalDate visited = start.plusDays(3);
        JsonNode issuedWeek = json(get("/api/v1/supervision/bulletin?weekOf=" + start, "supervisor"), 200);
        assertEquals(issuedWeek.toString(), 2, issuedWeek.get("noticesIssued").asInt());
        JsonNode visitWeek = json(get("/api/v1/supervision/bulletin?weekOf=" + visited, "supervisor"), 200);
        assertEquals(visitWeek.toString(), 1, visitWeek.get("returnVisits").asInt());
        assertEquals(1, visitWeek.get("satisfied").asInt());
        assertEquals(1, visitWeek.get("noticesLapsed").asInt());
        assertEquals(1, visitWeek.get("noticesAnsweredLate").asInt());
        JsonNode township = json(get("/api/v1/supervision/bulletin?weekOf=" + visited, "clerk"), 200);
        assertEquals("341122101", township.get("township").asText());
        assertEquals(1, township.get("returnVisits").asInt());
        setClock(visited.plusDays(7));
        json(post("/api/v1/reminders/run", "operator", TYPE, ""), 200);
        String monday = visited.with(java.time.DayOfWeek.MONDAY).toString();
        JsonNode kept = json(get("/api/v1/supervision/bulletins?size=200", "supervisor"), 200);
        JsonNode thatWeek = null;
        for (JsonNode b : kept.get("items")) {
            if (b.get("weekStart").asText().equals(monday)) {
                thatWeek = b;
            }
        }
        assertTrue(kept.toString(), thatWeek != null);
        assertEquals(1, thatWeek.get("returnVisits").asInt());
        assertTrue(json(get("/api/v1/supervision/bulletins?township=341122101", "leader"), 200).toString()
                .contains("\"weekStart\":\"" + monday + "\""));
    }

    @Test
    public void aTransferAssignedBackAndALimitLongOverdueEachOpenOneRecord() throws Exception {
        waitForReady();
        waitForDepartment("land", "341122101");
        waitFor("the supervision plug-in", () -> status(NOTICES, "supervisor") == 200);
        String id = dispatchedCase("督办乙");
        step(id, "handler", "{\"action\":\"DECLINE\",\"note\":\"属县自然资源局管辖\"}");
        JsonNode decided = step(id, "clerk", "{\"action\":\"DECIDE_DECLINE\",\"note\":\"属地管理，仍由国土所办理\","
                + RESPONSIBILITY + "}");
        waitFor("the bounced transfer's record", () -> {
            try {
                return records(id).size() == 1;
            } catch (Exception e) {
                return false;
            }
        });
        assertEquals("TRANSFER_BOUNCED", records(id).get(0).get("trigger").asText());

        // Overdue by more than 5 working days (etc/org.tiaojie.supervision.cfg): one record, whatever how often the job runs.
        LocalDate due = LocalDate.parse(decided.get("nextDeadline").get("dueDate").asText());
        setClock(due.plusDays(3));
        json(post("/api/v1/reminders/run", "operator", TYPE, ""), 200);
        assertEquals("three days late is not yet beyond the limit", 1, records(id).size());
        setClock(due.plusDays(14));
        json(post("/api/v1/reminders/run", "operator", TYPE, ""), 200);
        json(post("/api/v1/reminders/run", "supervisor", TYPE, ""), 200);
        JsonNode both = records(id);
        assertEquals(both.toString(), 2, both.size());
        assertTrue(both.toString(), both.toString().contains("OVERDUE_BEYOND_LIMIT"));
        assertEquals("ACCESS_DENIED", json(get("/api/v1/supervision/accountability", "handler"), 403).get("code").asText());
    }
}
