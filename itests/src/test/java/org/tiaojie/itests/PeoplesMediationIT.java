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
import static org.junit.Assert.assertTrue;

/**
 * People's mediation in the booted distribution: consent, sessions, an agreement with its judicial-
 * confirmation window, a failed mediation, and the channel uninstalled and reinstalled mid-way with its
 * files intact.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class PeoplesMediationIT extends TiaojieTestSupport {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TYPE = "application/json";
    private static final String BASE = "/api/v1/mediation/people/records";
    private static final String FEATURE = "tiaojie-mediation-people";

    private static String request(boolean consent) {
        return "{\"township\":\"341122101\",\"category\":\"NEIGHBOUR_FAMILY\",\"partiesConsent\":" + consent + ","
                + "\"parties\":[{\"name\":\"张甲\",\"role\":\"APPLICANT\"},{\"name\":\"李乙\",\"role\":\"RESPONDENT\"}],"
                + "\"committee\":\"341122101201\",\"mediator\":\"M01\",\"description\":\"宅基地界墙纠纷\"}";
    }

    private JsonNode step(String id, String body, int expected) throws Exception {
        HttpResponse<String> r = post(BASE + "/" + id + "/steps", "mediator", TYPE, body);
        assertEquals(r.body(), expected, r.statusCode());
        return JSON.readTree(r.body());
    }

    private void waitForChannel() throws InterruptedException {
        waitForReady();
        waitFor("the people's mediation channel", () -> status(BASE, "mediator") == 200);
    }

    @Test
    public void aNeighbourDisputeIsMediatedToAnAgreementThroughAnUninstall() throws Exception {
        waitForChannel();
        HttpResponse<String> refused = post(BASE, "mediator", TYPE, request(false));
        assertEquals(refused.body(), 400, refused.statusCode());
        assertTrue(refused.body(), refused.body().contains("partiesConsent"));
        assertEquals("mediators and the centre's clerks only", 403, post(BASE, "handler", TYPE, request(true)).statusCode());

        HttpResponse<String> opened = post(BASE, "mediator", TYPE, request(true));
        assertEquals(opened.body(), 201, opened.statusCode());
        JsonNode record = JSON.readTree(opened.body());
        String id = record.get("id").asText();
        assertEquals("OPEN", record.get("status").asText());
        assertEquals("河西村人民调解委员会", record.get("committee").asText());
        assertEquals("李调解员", record.get("mediator").asText());
        assertEquals("no agreement before a session", "ILLEGAL_TRANSITION", step(id, "{\"action\":\"AGREE\","
                + "\"agreement\":{\"form\":\"WRITTEN\",\"terms\":\"x\"}}", 409).get("code").asText());
        step(id, "{\"action\":\"RECORD_SESSION\",\"session\":{\"on\":\"" + platformToday() + "\",\"place\":\"河西村委会\","
                + "\"participants\":\"张甲、李乙、李调解员\",\"notes\":\"双方陈述，现场查看界墙\"}}", 200);

        // The channel leaves in the middle: 503, and its file is there again when it returns.
        featuresService.uninstallFeature(FEATURE, EnumSet.noneOf(FeaturesService.Option.class));
        waitFor("the channel gone", () -> status(BASE, "mediator") == 503);
        featuresService.installFeature(FEATURE, EnumSet.noneOf(FeaturesService.Option.class));
        waitForChannel();
        JsonNode kept = JSON.readTree(get(BASE + "/" + id, "mediator").body());
        assertEquals(1, kept.get("sessions").size());
        assertEquals("河西村委会", kept.get("sessions").get(0).get("place").asText());

        JsonNode agreed = step(id, "{\"action\":\"AGREE\",\"agreement\":{\"form\":\"WRITTEN\","
                + "\"terms\":\"李乙于十日内将界墙后移0.5米，张甲承担一半费用\",\"performBy\":\"" + platformToday().plusDays(10) + "\"}}", 200);
        assertEquals("AGREED", agreed.get("status").asText());
        assertTrue(agreed.get("confirmationDue").asText().matches("\\d{4}-\\d{2}-\\d{2}"));
        assertTrue(agreed.get("allowedActions").toString().contains("APPLY_CONFIRMATION"));
        JsonNode applied = step(id, "{\"action\":\"APPLY_CONFIRMATION\",\"note\":\"双方共同向县人民法院申请司法确认\"}", 200);
        assertEquals("CONFIRMATION_REQUESTED", applied.get("status").asText());

        // Over SOAP, the same file.
        String ns = "http://tiaojie.org/soap/mediation/v1";
        Dispatch<Source> port = soapPort("/soap/mediation", ns, "MediationService", "MediationPort", "mediator");
        String soap = invoke(port, "<m:getRecord xmlns:m='" + ns + "'><channel>people</channel><id>" + id + "</id></m:getRecord>");
        assertTrue(soap, soap.contains(">CONFIRMATION_REQUESTED<") && soap.contains("界墙后移"));
    }

    @Test
    public void eitherPartyMayEndItAndAFailureTellsTheOtherRoutes() throws Exception {
        waitForChannel();
        String withdrawn = JSON.readTree(post(BASE, "mediator", TYPE, request(true)).body()).get("id").asText();
        assertEquals("VALIDATION_FAILED", step(withdrawn, "{\"action\":\"WITHDRAW\"}", 400).get("code").asText());
        assertEquals("ENDED", step(withdrawn, "{\"action\":\"WITHDRAW\",\"note\":\"李乙表示不再接受调解\"}", 200)
                .get("status").asText());
        assertEquals("[]", JSON.readTree(get(BASE + "/" + withdrawn, "mediator").body()).get("allowedActions").toString());

        String failed = JSON.readTree(post(BASE, "mediator", TYPE, request(true)).body()).get("id").asText();
        JsonNode f = step(failed, "{\"action\":\"FAIL\",\"note\":\"调解不成，已告知可申请行政调解或向法院起诉\"}", 200);
        assertEquals("FAILED", f.get("status").asText());
        assertTrue(get(BASE + "?status=FAILED", "mediator").body().contains(failed));
        assertEquals("no such channel", 400, get("/api/v1/mediation/astrology/records", "mediator").statusCode());
        String sent = JSON.readTree(post(BASE, "clerk", TYPE, request(true)).body()).get("id").asText();
        assertEquals("a clerk sends a dispute here but does not mediate it", "ACCESS_DENIED",
                JSON.readTree(post(BASE + "/" + sent + "/steps", "clerk", TYPE, "{\"action\":\"FAIL\",\"note\":\"x\"}").body())
                        .get("code").asText());
    }
}
