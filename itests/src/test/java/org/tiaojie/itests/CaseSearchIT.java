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
 * Search (查询) in the booted distribution: a petitioner found by the pinyin of the name, by village and words, by
 * phone only with a purpose — and then the search is in the case's trail — with personal data masked in the results,
 * over REST and SOAP.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class CaseSearchIT extends TiaojieTestSupport {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TYPE = "application/json";

    private JsonNode search(String user, String body, int expected) throws Exception {
        return json(post("/api/v1/cases/search", user, TYPE, body), expected);
    }

    @Test
    public void aPetitionerIsFoundByThePinyinOfTheNameAndAPhoneSearchIsAudited() throws Exception {
        waitForReady();
        String phone = uniquePhone();
        JsonNode ack = json(post("/api/v1/cases", "clerk", TYPE, "{\"township\":\"341122101\",\"petitionForm\":\"VISIT\","
                + "\"category\":\"LABOUR_WAGES\",\"petitioners\":[{\"name\":\"欧阳翠花\",\"phone\":\"" + phone + "\","
                + "\"village\":\"341122101201\"}],\"content\":\"砖厂拖欠工资八个月\"}"), 201);
        String id = ack.get("caseId").asText();
        String number = ack.get("caseNumber").asText();

        for (String typed : new String[]{"ouyang cuihua", "OuYangCuiHua", "ouyang", "欧阳翠花", "欧阳"}) {
            JsonNode found = search("handler", "{\"name\":\"" + typed + "\"}", 200);
            assertTrue(typed + ": " + found, found.toString().contains(number));
        }
        JsonNode narrowed = search("clerk", "{\"name\":\"ouyang\",\"village\":\"341122101201\",\"words\":\"砖厂 工资\"}", 200);
        assertEquals(1, narrowed.get("total").asInt());
        assertEquals(number, narrowed.get("items").get(0).get("caseNumber").asText());
        assertFalse("masked like a list", narrowed.toString().contains(phone));
        assertEquals(0, search("clerk", "{\"name\":\"ouyang\",\"words\":\"征地\"}", 200).get("total").asInt());
        assertEquals("another township's clerk does not find it", 0,
                search("clerk2", "{\"name\":\"ouyang cuihua\"}", 200).get("total").asInt());

        // By phone: refused without a purpose, nothing recorded; with one, found and recorded in the trail.
        JsonNode refused = search("clerk", "{\"phone\":\"" + phone + "\"}", 400);
        assertEquals("VALIDATION_FAILED", refused.get("code").asText());
        assertEquals("purpose", refused.get("violations").get(0).get("field").asText());
        assertFalse(get("/api/v1/cases/" + id + "/audit", "clerk").body().contains("PERSONAL_DATA_SEARCH"));
        JsonNode byPhone = search("clerk", "{\"phone\":\"" + phone + "\",\"purpose\":\"核查是否重复信访\"}", 200);
        assertEquals(number, byPhone.get("items").get(0).get("caseNumber").asText());
        assertFalse(byPhone.toString().contains(phone));
        JsonNode trail = json(get("/api/v1/cases/" + id + "/audit", "clerk"), 200);
        JsonNode last = trail.get(trail.size() - 1);
        assertEquals("PERSONAL_DATA_SEARCH", last.get("action").asText());
        assertEquals("clerk", last.get("actor").asText());
        assertTrue(last.toString(), last.toString().contains("核查是否重复信访"));
        assertFalse("the trail keeps the datum masked", last.toString().contains(phone));

        // Over SOAP, the same search.
        HttpResponse<String> soap = soapPost("/soap/intake", "handler", "<i:searchCases xmlns:i="
                + "'http://tiaojie.org/soap/intake/v1' xmlns:c='http://tiaojie.org/cases/v1'><search><c:name>ouyang cuihua"
                + "</c:name></search></i:searchCases>");
        assertEquals(soap.body(), 200, soap.statusCode());
        assertTrue(soap.body(), soap.body().contains(number));
        HttpResponse<String> fault = soapPost("/soap/intake", "handler", "<i:searchCases xmlns:i="
                + "'http://tiaojie.org/soap/intake/v1' xmlns:c='http://tiaojie.org/cases/v1'><search><c:phone>" + phone
                + "</c:phone></search></i:searchCases>");
        assertTrue(fault.body(), fault.body().contains("VALIDATION_FAILED"));
    }

    @Test
    public void aSearchWithoutCriteriaOrWithTooLongOnesSaysWhat() throws Exception {
        waitForReady();
        assertEquals("search", search("clerk", "{}", 400).get("violations").get(0).get("field").asText());
        assertEquals("TOO_LONG", search("clerk", "{\"name\":\"" + "张".repeat(51) + "\"}", 400).get("violations").get(0)
                .get("code").asText());
        assertEquals("INVALID_FORMAT", search("clerk", "{\"name\":\"--\"}", 400).get("violations").get(0).get("code").asText());
        JsonNode unknown = search("clerk", "{\"category\":\"NOPE\"}", 400).get("violations").get(0);
        assertEquals("category", unknown.get("field").asText());
        assertEquals("UNKNOWN_VALUE", unknown.get("code").asText());
        assertEquals("ACCESS_DENIED", search("operator", "{\"name\":\"zhang\"}", 403).get("code").asText());
    }
}
