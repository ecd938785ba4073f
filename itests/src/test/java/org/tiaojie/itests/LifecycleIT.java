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

/** A petition walked along its statutory path over REST in the booted distribution. */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class LifecycleIT extends TiaojieTestSupport {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TYPE = "application/json";

    private JsonNode step(String id, String user, String body, int expected) throws Exception {
        HttpResponse<String> r = post("/api/v1/cases/" + id + "/steps", user, TYPE, body);
        assertEquals(r.body(), expected, r.statusCode());
        return JSON.readTree(r.body());
    }

    private JsonNode register(String content) throws Exception {
        waitForReady();
        HttpResponse<String> r = post("/api/v1/cases", "clerk", TYPE,
                "{\"township\":\"341122101\",\"petitionForm\":\"LETTER\",\"category\":\"LABOUR_WAGES\","
                        + "\"petitioners\":[{\"name\":\"王五\",\"phone\":\"" + uniquePhone() + "\"}],\"content\":\"" + content + "\"}");
        assertEquals(r.body(), 201, r.statusCode());
        return JSON.readTree(r.body());
    }

    @Test
    public void fromRegistrationThroughReviewToTermination() throws Exception {
        JsonNode ack = register("拖欠工资三个月");
        String id = ack.get("caseId").asText();

        JsonNode registered = JSON.readTree(get("/api/v1/cases/" + id, "clerk").body());
        assertEquals("TRIAGE", registered.get("nextDeadline").get("kind").asText());
        assertTrue(registered.get("nextDeadline").get("explanation").asText().contains("起算"));
        assertTrue(registered.get("allowedActions").toString().contains("ACCEPT"));

        // A step the state machine does not allow now is refused and changes nothing.
        long version = registered.get("version").asLong();
        JsonNode refused = step(id, "clerk", "{\"action\":\"ISSUE_OPINION\"}", 400);
        assertEquals("VALIDATION_FAILED", refused.get("code").asText());
        JsonNode illegal = step(id, "clerk", "{\"action\":\"CLOSE\"}", 409);
        assertEquals("ILLEGAL_TRANSITION", illegal.get("code").asText());
        assertEquals(version, JSON.readTree(get("/api/v1/cases/" + id, "clerk").body()).get("version").asLong());

        JsonNode accepted = step(id, "clerk", "{\"action\":\"ACCEPT\",\"serviceMethod\":\"IN_PERSON\",\"expectedVersion\":"
                + version + "}", 200);
        assertEquals("ACCEPTED", accepted.get("status").asText());
        assertEquals("HANDLING", accepted.get("nextDeadline").get("kind").asText());
        assertEquals(60, accepted.get("nextDeadline").get("days").asInt());
        // The same screen again: stale version.
        assertEquals("CONFLICT", step(id, "clerk", "{\"action\":\"DISPATCH\",\"expectedVersion\":" + version
                + ",\"responsibility\":{\"leadUnit\":\"劳保所\",\"responsibleLeader\":\"李副镇长\",\"handler\":\"赵干事\"}}", 409)
                .get("code").asText());

        String responsibility = "\"responsibility\":{\"leadUnit\":\"劳保所\",\"cooperatingUnits\":[\"司法所\"],"
                + "\"responsibleLeader\":\"李副镇长\",\"handler\":\"赵干事\",\"supervisingUnit\":\"镇督查室\","
                + "\"requirement\":\"查清欠薪事实，督促企业支付\"}";
        assertEquals("DISPATCHED", step(id, "clerk", "{\"action\":\"DISPATCH\"," + responsibility + "}", 200)
                .get("status").asText());
        assertEquals("DECLINE_PENDING", step(id, "handler", "{\"action\":\"DECLINE\",\"note\":\"属县人社局管辖\"}", 200)
                .get("status").asText());
        JsonNode decided = step(id, "clerk", "{\"action\":\"DECIDE_DECLINE\",\"note\":\"属地管理，仍由劳保所办理\","
                + responsibility + "}", 200);
        assertTrue(decided.get("declined").asBoolean());
        assertFalse("no passing the ball back again", decided.get("allowedActions").toString().contains("DECLINE"));
        assertEquals("ILLEGAL_TRANSITION", step(id, "handler", "{\"action\":\"DECLINE\",\"note\":\"再次退回\"}", 409)
                .get("code").asText());

        JsonNode extended = step(id, "clerk", "{\"action\":\"EXTEND\",\"days\":30,\"note\":\"需调取企业账册\"}", 200);
        assertEquals(90, extended.get("nextDeadline").get("days").asInt());
        assertEquals("OUT_OF_RANGE", step(id, "clerk", "{\"action\":\"EXTEND\",\"days\":31,\"note\":\"x\"}", 400)
                .get("violations").get(0).get("code").asText());

        JsonNode opinion = step(id, "handler", "{\"action\":\"ISSUE_OPINION\",\"opinion\":{\"request\":\"支付拖欠工资\","
                + "\"facts\":\"经查属实\",\"decision\":\"SUPPORT\",\"legalBasis\":\"《保障农民工工资支付条例》\"}}", 200);
        assertTrue(opinion.get("opinion").get("reviewGuidance").asText().contains("30日"));
        JsonNode served = step(id, "clerk", "{\"action\":\"SERVE\",\"serviceMethod\":\"POST\"}", 200);
        assertEquals("REVIEW_REQUEST", served.get("nextDeadline").get("kind").asText());
        step(id, "clerk", "{\"action\":\"EVALUATE\",\"evaluation\":\"DISSATISFIED\"}", 200);

        // The petitioner follows the case without logging in, and sees no personal data or staff names.
        HttpResponse<String> progress = get("/api/v1/progress/" + ack.get("queryCode").asText(), null);
        assertEquals(progress.body(), 200, progress.statusCode());
        assertEquals("SERVED", JSON.readTree(progress.body()).get("status").asText());
        assertEquals("SUPPORT", JSON.readTree(progress.body()).get("reply").get("decision").asText());
        assertFalse(progress.body(), progress.body().contains("王五") || progress.body().contains("赵干事")
                || progress.body().contains("13912345678"));
        assertEquals(404, get("/api/v1/progress/AAAA-BBBB-CCCC-DDDD", null).statusCode());

        step(id, "clerk", "{\"action\":\"REQUEST_REVIEW\",\"body\":\"县人社局\"}", 200);
        assertEquals("ACCESS_DENIED", step(id, "clerk", "{\"action\":\"DECIDE_REVIEW\",\"reviewOutcome\":\"UPHELD\"}", 403)
                .get("code").asText());
        JsonNode reviewed = step(id, "bureau", "{\"action\":\"DECIDE_REVIEW\",\"reviewOutcome\":\"UPHELD\"}", 200);
        assertEquals("REVIEW_DECIDED", reviewed.get("status").asText());
        // The re-review window runs from the petitioner's receipt of the review decision, not from the decision.
        assertEquals("ILLEGAL_TRANSITION", step(id, "bureau", "{\"action\":\"REQUEST_RE_REVIEW\",\"body\":\"县人民政府\"}", 409)
                .get("code").asText());
        assertEquals("VALIDATION_FAILED", step(id, "bureau", "{\"action\":\"SERVE_REVIEW_DECISION\"}", 400)
                .get("code").asText());
        JsonNode reviewServed = step(id, "bureau", "{\"action\":\"SERVE_REVIEW_DECISION\",\"serviceMethod\":\"POST\"}", 200);
        assertEquals("REVIEW_SERVED", reviewServed.get("status").asText());
        assertEquals("RE_REVIEW_REQUEST", reviewServed.get("nextDeadline").get("kind").asText());
        assertEquals(reviewServed.get("stepsPassed").get(reviewServed.get("stepsPassed").size() - 1).get("on").asText(),
                reviewServed.get("nextDeadline").get("start").asText());
        step(id, "bureau", "{\"action\":\"REQUEST_RE_REVIEW\",\"body\":\"县人民政府\"}", 200);
        JsonNode reReviewed = step(id, "bureau", "{\"action\":\"DECIDE_RE_REVIEW\",\"reviewOutcome\":\"UPHELD\"}", 200);
        assertEquals("RE_REVIEW_DECIDED", reReviewed.get("status").asText());
        JsonNode terminated = step(id, "bureau", "{\"action\":\"SERVE_RE_REVIEW_DECISION\",\"serviceMethod\":\"IN_PERSON\"}", 200);
        assertEquals("TERMINATED", terminated.get("status").asText());
        assertEquals(0, terminated.get("allowedActions").size());
        assertFalse(terminated.has("nextDeadline"));

        JsonNode audit = JSON.readTree(get("/api/v1/cases/" + id + "/audit", "clerk").body());
        String trail = audit.toString();
        for (String action : new String[]{"REGISTERED", "ACCEPT", "DISPATCH", "DECLINE", "DECIDE_DECLINE", "EXTEND",
                "ISSUE_OPINION", "SERVE", "EVALUATE", "REQUEST_REVIEW", "DECIDE_REVIEW", "SERVE_REVIEW_DECISION",
                "REQUEST_RE_REVIEW", "DECIDE_RE_REVIEW", "SERVE_RE_REVIEW_DECISION"}) {
            assertTrue(action + " in " + trail, trail.contains("\"action\":\"" + action + "\""));
        }
    }

    @Test
    public void aLitigationMatterIsRedirectedWithItsOwnDeadlineWarning() throws Exception {
        JsonNode ack = register("不服行政处罚决定");
        String id = ack.get("caseId").asText();
        JsonNode redirected = step(id, "clerk", "{\"action\":\"REDIRECT\",\"legalRoute\":\"ADMINISTRATIVE_RECONSIDERATION\","
                + "\"note\":\"向县人民政府申请行政复议\"}", 200);
        assertEquals("REDIRECTED", redirected.get("status").asText());
        assertTrue(redirected.get("routeWarning").asText(), redirected.get("routeWarning").asText().contains("60日"));
        assertEquals("ILLEGAL_TRANSITION", step(id, "clerk", "{\"action\":\"ACCEPT\",\"serviceMethod\":\"IN_PERSON\"}", 409)
                .get("code").asText());

        // The petitioner's page says where to go and that petitioning does not stop that route's own clock.
        JsonNode progress = JSON.readTree(get("/api/v1/progress/" + ack.get("queryCode").asText(), null).body());
        assertEquals("ADMINISTRATIVE_RECONSIDERATION", progress.get("legalRoute").asText());
        assertTrue(progress.toString(), progress.get("routeGuidance").asText().contains("60日"));
        assertTrue(progress.toString(), progress.get("routeGuidance").asText().contains("向县人民政府申请行政复议"));
    }
}
