package org.tiaojie.itests;

import java.net.http.HttpResponse;

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
 * Registration facts, triage by nature (transfer, discipline, legal route, reclassification) and repeat
 * petitions, over REST in the booted distribution.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class IntakeTriageIT extends TiaojieTestSupport {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TYPE = "application/json";

    private static String intake(String category, String petitioner, String extra) {
        return "{\"township\":\"341122101\",\"petitionForm\":\"VISIT\",\"category\":\"" + category + "\","
                + "\"petitioners\":[" + petitioner + "],\"content\":\"反映情况\"" + extra + "}";
    }

    private static String person(String name, String phone) {
        return "{\"name\":\"" + name + "\",\"phone\":\"" + phone + "\"}";
    }

    private HttpResponse<String> register(String body) throws Exception {
        waitForReady();
        waitForDepartment("land", "341122101");
        return post("/api/v1/cases", "clerk", TYPE, body);
    }

    private JsonNode created(String body) throws Exception {
        HttpResponse<String> r = register(body);
        assertEquals(r.body(), 201, r.statusCode());
        return JSON.readTree(r.body());
    }

    private JsonNode read(String id) throws Exception {
        HttpResponse<String> r = get("/api/v1/cases/" + id, "clerk");
        assertEquals(r.body(), 200, r.statusCode());
        return JSON.readTree(r.body());
    }

    private JsonNode step(String id, String body, int expected) throws Exception {
        HttpResponse<String> r = post("/api/v1/cases/" + id + "/steps", "clerk", TYPE, body);
        assertEquals(r.body(), expected, r.statusCode());
        return JSON.readTree(r.body());
    }

    private long total() throws Exception {
        return JSON.readTree(get("/api/v1/cases?size=1", "bureau").body()).get("total").asLong();
    }

    @Test
    public void aCollectivePetitionRecordsItsPeopleNatureAndPriorLevel() throws Exception {
        JsonNode ack = created(intake("LABOUR_WAGES", person("代表甲", uniquePhone()) + "," + person("代表乙", uniquePhone()),
                ",\"headCount\":36,\"nature\":\"REQUEST\",\"priorLevel\":\"CITY\""));
        JsonNode c = read(ack.get("caseId").asText());
        assertEquals(36, c.get("headCount").asInt());
        assertTrue("36 people are a collective petition", c.get("collective").asBoolean());
        assertEquals("CITY", c.get("priorLevel").asText());
        assertEquals("REQUEST", c.get("nature").asText());

        HttpResponse<String> sixRepresentatives = register(intake("LABOUR_WAGES", String.join(",",
                person("一", uniquePhone()), person("二", uniquePhone()), person("三", uniquePhone()),
                person("四", uniquePhone()), person("五", uniquePhone()), person("六", uniquePhone())), ",\"headCount\":60"));
        assertEquals(400, sixRepresentatives.statusCode());
        assertTrue(sixRepresentatives.body(), sixRepresentatives.body().contains("\"petitioners\""));
    }

    @Test
    public void aComplaintAboutAnOfficialGoesToDisciplineAndNeverToTheDepartment() throws Exception {
        JsonNode ack = created(intake("LAND_ACQUISITION", person("举报人", uniquePhone()),
                ",\"nature\":\"COMPLAINT_ABOUT_OFFICIAL\",\"departmentFields\":{\"landLocation\":\"河西村\"}"));
        assertEquals("the land office is live, but the complaint may be about it", "WITHHELD",
                ack.get("routingState").asText());
        assertFalse(ack.has("department"));
        String id = ack.get("caseId").asText();
        assertEquals("[\"REFER_TO_DISCIPLINE\",\"CLASSIFY\"]", read(id).get("allowedActions").toString());
        assertEquals("a department's handler does not even learn it exists", 404,
                get("/api/v1/cases/" + id, "handler").statusCode());
        assertFalse(get("/api/v1/cases?size=100", "handler").body().contains(id));
        assertTrue(get("/api/v1/cases?size=100&routingState=WITHHELD", "clerk").body().contains(id));

        JsonNode refused = step(id, "{\"action\":\"ACCEPT\",\"serviceMethod\":\"IN_PERSON\"}", 409);
        assertEquals("ILLEGAL_TRANSITION", refused.get("code").asText());
        assertEquals("REGISTERED", read(id).get("status").asText());

        JsonNode referred = step(id, "{\"action\":\"REFER_TO_DISCIPLINE\",\"body\":\"县纪委监委\",\"note\":\"检举村干部\"}", 200);
        assertEquals("REFERRED_TO_DISCIPLINE", referred.get("status").asText());
        assertEquals("县纪委监委", referred.get("receivingBody").asText());
        assertEquals("[]", referred.get("allowedActions").toString());
        assertFalse(referred.has("department"));
    }

    @Test
    public void reclassifyingAComplaintRoutesItAndReferringARequestIsRefused() throws Exception {
        JsonNode ack = created(intake("LAND_ACQUISITION", person("误分类", uniquePhone()),
                ",\"nature\":\"COMPLAINT_ABOUT_OFFICIAL\",\"departmentFields\":{\"landLocation\":\"河东村\"}"));
        String id = ack.get("caseId").asText();
        assertEquals("VALIDATION_FAILED", step(id, "{\"action\":\"CLASSIFY\",\"nature\":\"REQUEST\"}", 400)
                .get("code").asText());
        JsonNode classified = step(id, "{\"action\":\"CLASSIFY\",\"nature\":\"REQUEST\",\"note\":\"系补偿诉求，非检举\"}", 200);
        assertEquals("REQUEST", classified.get("nature").asText());
        assertEquals("ROUTED", classified.get("routingState").asText());
        assertEquals("land", classified.get("department").asText());
        assertEquals("ILLEGAL_TRANSITION", step(id, "{\"action\":\"REFER_TO_DISCIPLINE\",\"body\":\"县纪委监委\",\"note\":\"误转\"}", 409)
                .get("code").asText());

        JsonNode audit = JSON.readTree(get("/api/v1/cases/" + id + "/audit", "clerk").body());
        JsonNode last = audit.get(audit.size() - 1);
        assertEquals("CLASSIFY", last.get("action").asText());
        assertTrue(last.toString(), last.get("before").toString().contains("COMPLAINT_ABOUT_OFFICIAL")
                && last.get("after").toString().contains("ROUTED"));
    }

    @Test
    public void aMatterOfAnotherBodyIsTransferredAndALegalMatterIsNotAccepted() throws Exception {
        String id = created(intake("SOCIAL_ASSISTANCE", person("低保户", uniquePhone()), "")).get("caseId").asText();
        assertEquals("VALIDATION_FAILED", step(id, "{\"action\":\"TRANSFER\"}", 400).get("code").asText());
        JsonNode transferred = step(id, "{\"action\":\"TRANSFER\",\"body\":\"县民政局\",\"note\":\"属县级事权\"}", 200);
        assertEquals("TRANSFERRED", transferred.get("status").asText());
        assertEquals("县民政局", transferred.get("receivingBody").asText());
        assertEquals("[]", transferred.get("allowedActions").toString());
        assertFalse("nothing runs any more", transferred.has("nextDeadline"));

        String legal = created(intake("LITIGATION_RELATED", person("涉诉人", uniquePhone()), ",\"nature\":\"LEGAL_PROCEDURE\""))
                .get("caseId").asText();
        assertEquals("ILLEGAL_TRANSITION", step(legal, "{\"action\":\"ACCEPT\",\"serviceMethod\":\"POST\"}", 409)
                .get("code").asText());
        JsonNode redirected = step(legal, "{\"action\":\"REDIRECT\",\"legalRoute\":\"CIVIL_LITIGATION\","
                + "\"note\":\"向县人民法院起诉\"}", 200);
        assertEquals("REDIRECTED", redirected.get("status").asText());
        assertTrue(redirected.get("routeWarning").asText().contains("信访不中止"));
    }

    @Test
    public void aMatterSettledByAgreementEndsWithoutAnOpinionToReview() throws Exception {
        JsonNode ack = created(intake("NEIGHBOUR_FAMILY", person("邻居甲", uniquePhone()), ""));
        String id = ack.get("caseId").asText();
        step(id, "{\"action\":\"ACCEPT\",\"serviceMethod\":\"IN_PERSON\"}", 200);
        step(id, "{\"action\":\"DISPATCH\",\"responsibility\":{\"leadUnit\":\"司法所\",\"responsibleLeader\":\"王所长\","
                + "\"handler\":\"调解员小李\"}}", 200);
        JsonNode refused = step(id, "{\"action\":\"SETTLE\",\"settlement\":{\"kind\":\"MEDIATION\",\"terms\":\"拆除围墙\"}}", 400);
        assertEquals("settlement.partiesConsent", refused.get("violations").get(0).get("field").asText());
        JsonNode settled = step(id, "{\"action\":\"SETTLE\",\"settlement\":{\"kind\":\"MEDIATION\",\"partiesConsent\":true,"
                + "\"terms\":\"甲方十日内拆除越界围墙，乙方不再主张赔偿\"}}", 200);
        assertEquals("SETTLED", settled.get("status").asText());
        assertFalse("the handling limit no longer runs", settled.has("nextDeadline"));
        assertEquals("[\"EVALUATE\",\"CLOSE\"]", settled.get("allowedActions").toString());
        step(id, "{\"action\":\"EVALUATE\",\"evaluation\":\"SATISFIED\"}", 200);
        JsonNode closed = step(id, "{\"action\":\"CLOSE\"}", 200);
        assertEquals("CLOSED", closed.get("status").asText());
        assertEquals("an agreement is not reviewed like an opinion", "ILLEGAL_TRANSITION",
                step(id, "{\"action\":\"REQUEST_REVIEW\",\"body\":\"县司法局\"}", 409).get("code").asText());

        JsonNode progress = JSON.readTree(get("/api/v1/progress/" + ack.get("queryCode").asText(), null).body());
        assertEquals("CLOSED", progress.get("status").asText());
        assertTrue(progress.get("settlement").get("terms").asText().contains("拆除越界围墙"));
    }

    @Test
    public void theNamesContractTwoRenamedAreRefusedAndTheNewOnesAnswer() throws Exception {
        JsonNode ack = created(intake("LABOUR_WAGES", person("来访人", uniquePhone()), "").replace("\"VISIT\"", "\"PHONE\""));
        JsonNode c = read(ack.get("caseId").asText());
        assertEquals("PHONE", c.get("petitionForm").asText());
        assertEquals("REGISTERED", c.get("stepsPassed").get(0).get("status").asText());
        assertFalse(c.has("channel"));

        // A body with the old name is refused whole, naming the field; nothing is registered.
        long before = total();
        HttpResponse<String> old = register(intake("LABOUR_WAGES", person("来访人", uniquePhone()), "")
                .replace("\"petitionForm\"", "\"channel\""));
        assertEquals(old.body(), 400, old.statusCode());
        assertTrue(old.body(), old.body().contains("channel"));
        assertEquals(before, total());

        // The list's old filter is refused too, rather than ignored into a list of every case.
        HttpResponse<String> list = get("/api/v1/cases?channel=VISIT", "clerk");
        assertEquals(list.body(), 400, list.statusCode());
        JsonNode problem = JSON.readTree(list.body());
        assertEquals("VALIDATION_FAILED", problem.get("code").asText());
        assertEquals("channel", problem.get("violations").get(0).get("field").asText());
        JsonNode phoned = JSON.readTree(get("/api/v1/cases?petitionForm=PHONE&size=200", "clerk").body());
        assertTrue(phoned.get("items").size() > 0);
        for (JsonNode item : phoned.get("items")) {
            assertEquals("PHONE", item.get("petitionForm").asText());
        }
    }

    @Test
    public void theSamePetitionerOnTheSameMatterIsLinkedAsARepeat() throws Exception {
        String phone = uniquePhone();
        JsonNode first = created(intake("LABOUR_WAGES", person("欠薪人", phone), ""));
        String id = first.get("caseId").asText();
        long before = total();

        HttpResponse<String> again = register("{\"township\":\"341122101\",\"petitionForm\":\"PHONE\",\"category\":\"LABOUR_WAGES\","
                + "\"petitioners\":[" + person("欠薪人", phone) + "],\"content\":\"工资还没发\",\"headCount\":3}");
        assertEquals(again.body(), 200, again.statusCode());
        JsonNode repeat = JSON.readTree(again.body());
        assertEquals("LINKED_AS_REPEAT", repeat.get("outcome").asText());
        assertEquals(id, repeat.get("caseId").asText());
        assertEquals(first.get("caseNumber").asText(), repeat.get("caseNumber").asText());
        assertEquals(1, repeat.get("repeatCount").asInt());
        assertFalse("the query code stays on the first receipt", repeat.has("queryCode"));
        assertTrue(again.headers().firstValue("Content-Location").orElse("").endsWith("/v1/cases/" + id));
        assertEquals("not a new matter", before, total());

        JsonNode c = read(id);
        assertEquals(1, c.get("repeatCount").asInt());
        assertEquals("PHONE", c.get("repeats").get(0).get("petitionForm").asText());
        assertEquals("工资还没发", c.get("repeats").get(0).get("content").asText());
        assertEquals(3, c.get("repeats").get(0).get("headCount").asInt());
        assertTrue(get("/api/v1/cases/" + id + "/audit", "clerk").body().contains("REPEAT_LINKED"));

        // A retried repeat with the same key is the same repeat, not a second one.
        String keyed = intake("LABOUR_WAGES", person("欠薪人", phone), "");
        HttpResponse<String> k1 = post("/api/v1/cases", "clerk", TYPE, keyed.replace("{\"township\"",
                "{\"idempotencyKey\":\"repeat-" + phone + "\",\"township\""));
        HttpResponse<String> k2 = post("/api/v1/cases", "clerk", TYPE, keyed.replace("{\"township\"",
                "{\"idempotencyKey\":\"repeat-" + phone + "\",\"township\""));
        assertEquals(k1.body(), 200, k1.statusCode());
        assertTrue(k2.body(), JSON.readTree(k2.body()).get("replayed").asBoolean());
        assertEquals("LINKED_AS_REPEAT", JSON.readTree(k2.body()).get("outcome").asText());
        assertEquals(2, read(id).get("repeatCount").asInt());
        // The same key with another body is a client's mistake, refused: the new body is not silently dropped.
        HttpResponse<String> k3 = post("/api/v1/cases", "clerk", TYPE, keyed.replace("{\"township\"",
                "{\"idempotencyKey\":\"repeat-" + phone + "\",\"headCount\":4,\"township\""));
        assertEquals(k3.body(), 422, k3.statusCode());
        assertEquals("IDEMPOTENCY_KEY_REUSED", JSON.readTree(k3.body()).get("code").asText());
        assertEquals("nothing written", 2, read(id).get("repeatCount").asInt());

        // Another category is another matter; the clerk may also confirm a different matter outright.
        assertEquals("REGISTERED", created(intake("SOCIAL_ASSISTANCE", person("欠薪人", phone), "")).get("outcome").asText());
        JsonNode different = created(intake("LABOUR_WAGES", person("欠薪人", phone), ",\"differentMatter\":true"));
        assertFalse(id.equals(different.get("caseId").asText()));
    }

    @Test
    public void aTerminatedMatterIsNotAcceptedAgain() throws Exception {
        String phone = uniquePhone();
        String id = created(intake("LABOUR_WAGES", person("终结人", phone), "")).get("caseId").asText();
        step(id, "{\"action\":\"ACCEPT\",\"serviceMethod\":\"IN_PERSON\"}", 200);
        step(id, "{\"action\":\"DISPATCH\",\"responsibility\":{\"leadUnit\":\"劳保所\",\"responsibleLeader\":\"李副镇长\","
                + "\"handler\":\"赵干事\"}}", 200);
        step(id, "{\"action\":\"ISSUE_OPINION\",\"opinion\":{\"request\":\"支付工资\",\"facts\":\"已核实\","
                + "\"decision\":\"SUPPORT\",\"legalBasis\":\"《保障农民工工资支付条例》\"}}", 200);
        step(id, "{\"action\":\"SERVE\",\"serviceMethod\":\"IN_PERSON\"}", 200);
        step(id, "{\"action\":\"REQUEST_REVIEW\",\"body\":\"县人社局\"}", 200);
        HttpResponse<String> reviewed = post("/api/v1/cases/" + id + "/steps", "bureau", TYPE,
                "{\"action\":\"DECIDE_REVIEW\",\"reviewOutcome\":\"UPHELD\"}");
        assertEquals(reviewed.body(), 200, reviewed.statusCode());
        step(id, "{\"action\":\"SERVE_REVIEW_DECISION\",\"serviceMethod\":\"POST\"}", 200);
        step(id, "{\"action\":\"REQUEST_RE_REVIEW\",\"body\":\"县人民政府\"}", 200);
        HttpResponse<String> decided = post("/api/v1/cases/" + id + "/steps", "bureau", TYPE,
                "{\"action\":\"DECIDE_RE_REVIEW\",\"reviewOutcome\":\"UPHELD\"}");
        assertEquals(decided.body(), "RE_REVIEW_DECIDED", JSON.readTree(decided.body()).get("status").asText());
        step(id, "{\"action\":\"SERVE_RE_REVIEW_DECISION\",\"serviceMethod\":\"POST\"}", 200);
        assertEquals("TERMINATED", read(id).get("status").asText());

        long before = total();
        HttpResponse<String> again = register(intake("LABOUR_WAGES", person("终结人", phone), ""));
        assertEquals(again.body(), 409, again.statusCode());
        JsonNode problem = JSON.readTree(again.body());
        assertEquals("MATTER_TERMINATED", problem.get("code").asText());
        assertTrue(problem.get("detail").asText().contains(read(id).get("caseNumber").asText()));
        assertEquals("nothing written", before, total());

        assertEquals("new facts, confirmed by the clerk", "REGISTERED",
                created(intake("LABOUR_WAGES", person("终结人", phone), ",\"differentMatter\":true")).get("outcome").asText());
    }
}
