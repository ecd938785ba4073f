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
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertTrue;

/**
 * The petitioner in the booted distribution (条例 Art 22): with the query code and no login, the handling is rated
 * once and only after the reply was served, with the answers about the process kept apart from the rating; a clerk
 * reissues a lost code, the old one stops working, and the trail records the reissue without the code.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class PetitionerEvaluationIT extends TiaojieTestSupport {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TYPE = "application/json";

    private JsonNode step(String id, String user, String body) throws Exception {
        return json(post("/api/v1/cases/" + id + "/steps", user, TYPE, body), 200);
    }

    private HttpResponse<String> evaluate(String code, String body) throws Exception {
        return post("/api/v1/progress/" + code + "/evaluation", null, TYPE, body);
    }

    @Test
    public void thePetitionerRatesTheHandlingOnceAfterTheReplyWithTheQueryCodeAlone() throws Exception {
        waitForReady();
        waitForDepartment("land", "341122101");
        JsonNode ack = json(post("/api/v1/cases", "clerk", TYPE, "{\"township\":\"341122101\",\"petitionForm\":\"VISIT\","
                + "\"category\":\"LAND_ACQUISITION\",\"petitioners\":[{\"name\":\"评价甲\",\"phone\":\"" + uniquePhone()
                + "\"}],\"content\":\"征地补偿款未足额发放\",\"departmentFields\":{\"landLocation\":\"河西村三组东侧\"}}"), 201);
        String id = ack.get("caseId").asText();
        String code = ack.get("queryCode").asText();
        String rating = "{\"evaluation\":\"BASICALLY_SATISFIED\",\"process\":{\"heard\":true,\"toldInTime\":false,"
                + "\"decisionExplained\":true}}";

        // Not before the reply.
        assertFalse(json(get("/api/v1/progress/" + code, null), 200).get("canEvaluate").asBoolean());
        assertEquals("ILLEGAL_TRANSITION", json(evaluate(code, rating), 409).get("code").asText());
        step(id, "clerk", "{\"action\":\"ACCEPT\",\"serviceMethod\":\"IN_PERSON\"}");
        step(id, "clerk", "{\"action\":\"DISPATCH\",\"responsibility\":{\"leadUnit\":\"国土所\",\"responsibleLeader\":"
                + "\"李副镇长\",\"handler\":\"赵干事\",\"handlerUserId\":\"handler\"}}");
        step(id, "handler", "{\"action\":\"ISSUE_OPINION\",\"opinion\":{\"request\":\"足额发放补偿款\",\"facts\":\"经查属实\","
                + "\"decision\":\"SUPPORT\",\"legalBasis\":\"《土地管理法》第四十八条\"}}");
        step(id, "clerk", "{\"action\":\"SERVE\",\"serviceMethod\":\"IN_PERSON\"}");
        assertTrue(json(get("/api/v1/progress/" + code, null), 200).get("canEvaluate").asBoolean());

        // A rating is required; then once.
        assertEquals("VALIDATION_FAILED", json(evaluate(code, "{\"process\":{\"heard\":true}}"), 400).get("code").asText());
        JsonNode rated = json(evaluate(code, rating), 200);
        assertEquals("BASICALLY_SATISFIED", rated.get("evaluation").asText());
        assertFalse(rated.get("canEvaluate").asBoolean());
        assertEquals("ILLEGAL_TRANSITION", json(evaluate(code, "{\"evaluation\":\"SATISFIED\"}"), 409).get("code").asText());
        assertEquals("NOT_FOUND", json(evaluate("ABCD-EFGH-JKMN-PQRS", rating), 404).get("code").asText());

        // Staff see the rating and, apart from it, what the petitioner said of the process; the trail names no code.
        JsonNode view = json(get("/api/v1/cases/" + id, "clerk"), 200);
        assertEquals("BASICALLY_SATISFIED", view.get("evaluation").asText());
        assertFalse(view.get("processFeedback").get("toldInTime").asBoolean());
        assertTrue(view.get("processFeedback").get("heard").asBoolean());
        String trail = json(get("/api/v1/cases/" + id + "/audit", "clerk"), 200).toString();
        assertTrue(trail, trail.contains("\"action\":\"EVALUATE\"") && trail.contains("petitioner"));
        assertFalse(trail, trail.contains(code));

        // A lost code is reissued: the old one stops working, the new one opens the case, the trail says so.
        assertEquals("ACCESS_DENIED", json(post("/api/v1/cases/" + id + "/query-code", "handler", TYPE, ""), 403)
                .get("code").asText());
        JsonNode issued = json(post("/api/v1/cases/" + id + "/query-code", "clerk", TYPE, ""), 200);
        String fresh = issued.get("queryCode").asText();
        assertNotEquals(code, fresh);
        assertEquals(404, get("/api/v1/progress/" + code, null).statusCode());
        assertEquals(ack.get("caseNumber").asText(), json(get("/api/v1/progress/" + fresh, null), 200)
                .get("caseNumber").asText());
        trail = json(get("/api/v1/cases/" + id + "/audit", "clerk"), 200).toString();
        assertTrue(trail, trail.contains("QUERY_CODE_REISSUED"));
        assertFalse(trail, trail.contains(fresh));
        assertEquals("CASE_NOT_FOUND", json(post("/api/v1/cases/" + id + "/query-code", "clerk2", TYPE, ""), 404)
                .get("code").asText());
    }
}
