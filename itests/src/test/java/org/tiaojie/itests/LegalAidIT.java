package org.tiaojie.itests;

import java.net.http.HttpResponse;
import java.util.EnumSet;

import javax.xml.transform.Source;
import javax.xml.ws.Dispatch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.apache.karaf.features.FeaturesService;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

/**
 * Legal aid in the booted distribution: a litigation-related petition redirected to a legal route is
 * offered to the centre, applied for, granted and assigned; a refusal goes through the objection; the
 * plug-in leaves and returns with its records intact.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class LegalAidIT extends TiaojieTestSupport {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TYPE = "application/json";
    private static final String FEATURE = "tiaojie-legal-aid";
    private static final EnumSet<FeaturesService.Option> NONE = EnumSet.noneOf(FeaturesService.Option.class);

    private void waitForLegalAid() throws InterruptedException {
        waitForReady();
        waitFor("the legal-aid centre", () -> status("/api/v1/legal-aid/lawyers", "legalaid") == 200);
    }

    private String redirectedPetition() throws Exception {
        HttpResponse<String> r = post("/api/v1/cases", "clerk", TYPE, "{\"township\":\"341122101\",\"petitionForm\":\"VISIT\","
                + "\"category\":\"LABOUR_WAGES\",\"nature\":\"LEGAL_PROCEDURE\",\"petitioners\":[{\"name\":\"农民工\","
                + "\"phone\":\"" + uniquePhone() + "\"}],\"content\":\"工地拖欠工资\",\"demands\":\"支付工资三万元\"}");
        assertEquals(r.body(), 201, r.statusCode());
        String caseId = JSON.readTree(r.body()).get("caseId").asText();
        HttpResponse<String> redirected = post("/api/v1/cases/" + caseId + "/steps", "clerk", TYPE,
                "{\"action\":\"REDIRECT\",\"legalRoute\":\"LABOUR_ARBITRATION\",\"note\":\"向县劳动人事争议仲裁委员会申请仲裁\"}");
        assertEquals(redirected.body(), 200, redirected.statusCode());
        return caseId;
    }

    private JsonNode step(String id, String user, String body, int expected) throws Exception {
        HttpResponse<String> r = post("/api/v1/legal-aid/applications/" + id + "/steps", user, TYPE, body);
        assertEquals(r.body(), expected, r.statusCode());
        return JSON.readTree(r.body());
    }

    @Test
    public void aRedirectedWageClaimIsOfferedGrantedAndAssigned() throws Exception {
        waitForLegalAid();
        String caseId = redirectedPetition();
        String offer = JSON.readTree(get("/api/v1/cases/" + caseId, "clerk").body()).path("legalAidOffer").asText();
        assertTrue("the case carries the centre's reference: " + offer, offer.matches("FY-\\d{4}-\\d{4}"));
        String offered = get("/api/v1/legal-aid/applications?status=OFFERED", "legalaid").body();
        assertTrue(offered, offered.contains(offer) && offered.contains(caseId));

        assertEquals("clerks do not decide legal aid", 403, post("/api/v1/legal-aid/applications", "clerk", TYPE, "{}").statusCode());
        HttpResponse<String> unknown = post("/api/v1/legal-aid/applications", "legalaid", TYPE, "{\"caseId\":\"no-such-case\","
                + "\"township\":\"341122101\",\"applicantName\":\"农民工\",\"matter\":\"WAGES_AND_EMPLOYMENT\","
                + "\"exemption\":\"MIGRANT_WORKER\",\"description\":\"申请劳动仲裁代理\"}");
        assertEquals(unknown.body(), 400, unknown.statusCode());
        assertTrue(unknown.body(), unknown.body().contains("caseId"));
        HttpResponse<String> applied = post("/api/v1/legal-aid/applications", "legalaid", TYPE, "{\"caseId\":\"" + caseId
                + "\",\"township\":\"341122101\",\"applicantName\":\"农民工\",\"matter\":\"WAGES_AND_EMPLOYMENT\","
                + "\"exemption\":\"MIGRANT_WORKER\",\"description\":\"申请劳动仲裁代理\"}");
        assertEquals(applied.body(), 201, applied.statusCode());
        JsonNode application = JSON.readTree(applied.body());
        assertEquals("the offer is completed, not duplicated", offer, application.get("number").asText());
        assertEquals("RECEIVED", application.get("status").asText());
        assertTrue(application.get("eligible").asBoolean());
        assertTrue(application.get("meansTest").asText().startsWith("NOT_APPLICABLE"));
        assertEquals("DECISION", application.get("nextDeadline").get("kind").asText());
        assertEquals(7, application.get("nextDeadline").get("days").asInt());
        String id = application.get("id").asText();

        JsonNode granted = step(id, "legalaid", "{\"action\":\"GRANT\"}", 200);
        assertEquals("GRANTED", granted.get("status").asText());
        assertEquals("ASSIGNMENT", granted.get("nextDeadline").get("kind").asText());
        assertEquals(3, granted.get("nextDeadline").get("days").asInt());
        assertEquals("VALIDATION_FAILED", step(id, "legalaid", "{\"action\":\"ASSIGN\",\"lawyerId\":\"NOBODY\"}", 400)
                .get("code").asText());
        JsonNode assigned = step(id, "legalaid", "{\"action\":\"ASSIGN\",\"lawyerId\":\"L001\"}", 200);
        assertEquals("ASSIGNED", assigned.get("status").asText());
        assertEquals("陈律师", assigned.get("lawyerName").asText());
        JsonNode lawyers = JSON.readTree(get("/api/v1/legal-aid/lawyers", "legalaid").body());
        assertEquals("L001", lawyers.get(0).get("id").asText());
        assertEquals(1, lawyers.get(0).get("openCases").asInt());

        // Over SOAP, the same application.
        String ns = "http://tiaojie.org/soap/legalaid/v1";
        Dispatch<Source> port = soapPort("/soap/legal-aid", ns, "LegalAidService", "LegalAidPort", "legalaid");
        String soap = invoke(port, "<l:getApplication xmlns:l='" + ns + "'><id>" + id + "</id></l:getApplication>");
        assertTrue(soap, soap.contains(">ASSIGNED<") && soap.contains(">L001<"));

        // The plug-in leaves: its service answers 503, redirects are simply recorded; it returns with its records.
        featuresService.uninstallFeature(FEATURE, NONE);
        waitFor("the legal-aid centre gone", () -> status("/api/v1/legal-aid/lawyers", "legalaid") == 503);
        String whileAway = redirectedPetition();
        assertFalse(JSON.readTree(get("/api/v1/cases/" + whileAway, "clerk").body()).has("legalAidOffer"));
        featuresService.installFeature(FEATURE, NONE);
        waitForLegalAid();
        JsonNode kept = JSON.readTree(get("/api/v1/legal-aid/applications/" + id, "legalaid").body());
        assertEquals("ASSIGNED", kept.get("status").asText());
        assertEquals("L001", kept.get("lawyerId").asText());
        assertEquals(caseId, kept.get("caseId").asText());
        JsonNode concluded = step(id, "legalaid", "{\"action\":\"CONCLUDE\",\"note\":\"仲裁裁决支付工资三万元\"}", 200);
        assertEquals("CONCLUDED", concluded.get("status").asText());
    }

    @Test
    public void aRefusalIsGivenInWritingAndTheObjectionGoesToTheJusticeBureau() throws Exception {
        waitForLegalAid();
        HttpResponse<String> applied = post("/api/v1/legal-aid/applications", "legalaid", TYPE, "{\"township\":\"341122101\","
                + "\"applicantName\":\"申请人乙\",\"matter\":\"MAINTENANCE\",\"monthlyIncomePerCapita\":3500,"
                + "\"description\":\"追索抚养费\"}");
        assertEquals(applied.body(), 201, applied.statusCode());
        JsonNode application = JSON.readTree(applied.body());
        assertFalse("3500 yuan is above the local standard", application.get("eligible").asBoolean());
        String id = application.get("id").asText();
        assertEquals("ILLEGAL_TRANSITION", step(id, "legalaid", "{\"action\":\"GRANT\"}", 409).get("code").asText());
        assertEquals("a refusal needs its written reason", "VALIDATION_FAILED",
                step(id, "legalaid", "{\"action\":\"REFUSE\"}", 400).get("code").asText());
        assertEquals("REFUSED", step(id, "legalaid", "{\"action\":\"REFUSE\",\"note\":\"家庭人均月收入高于本地经济困难标准\"}", 200)
                .get("status").asText());
        JsonNode objected = step(id, "legalaid", "{\"action\":\"OBJECT\",\"note\":\"收入计算有误，已失业三个月\"}", 200);
        assertEquals("OBJECTION_PENDING", objected.get("status").asText());
        assertEquals(5, objected.get("nextDeadline").get("days").asInt());
        assertEquals("the justice bureau decides objections", 403,
                post("/api/v1/legal-aid/applications/" + id + "/steps", "legalaid", TYPE,
                        "{\"action\":\"DECIDE_OBJECTION\",\"upheld\":true,\"note\":\"x\"}").statusCode());
        JsonNode decided = step(id, "justice", "{\"action\":\"DECIDE_OBJECTION\",\"upheld\":true,"
                + "\"note\":\"失业证明属实，符合经济困难条件\"}", 200);
        assertEquals("GRANTED", decided.get("status").asText());
        assertEquals("失业证明属实，符合经济困难条件", decided.get("objectionDecision").asText());
    }
}
