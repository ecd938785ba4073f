package org.tiaojie.itests;

import java.io.StringReader;
import java.net.http.HttpResponse;
import java.util.Dictionary;
import java.util.EnumSet;
import java.util.Hashtable;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import javax.transaction.TransactionSynchronizationRegistry;
import javax.xml.parsers.DocumentBuilderFactory;
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
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

/**
 * The grand-mediation centre in the booted distribution: a petition's dispute fails in people's mediation,
 * is sent on to administrative mediation without re-entering anything, succeeds there, is judicially
 * confirmed by the court, and its agreement closes the petition case.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class GrandMediationIT extends TiaojieTestSupport {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TYPE = "application/json";
    private static final String CENTRE = "/api/v1/mediation-centre/disputes";
    private static final String SOAP_NS = "http://tiaojie.org/soap/mediation-centre/v1";
    private static final String DTO_NS = "http://tiaojie.org/mediation/v1";
    private static final String ADMINISTRATIVE = "tiaojie-mediation-administrative";
    private static final String THE_CENTRE = "tiaojie-mediation-centre";

    private JsonNode call(String method, String path, String user, String body, int expected) throws Exception {
        HttpResponse<String> r = send(method, path, user, body);
        assertEquals(method + " " + path + ": " + r.body(), expected, r.statusCode());
        return JSON.readTree(r.body());
    }

    private JsonNode caseStep(String id, String body) throws Exception {
        return call("POST", "/api/v1/cases/" + id + "/steps", "clerk", body, 200);
    }

    private JsonNode recordStep(String channel, String id, String user, String body, int expected) throws Exception {
        return call("POST", "/api/v1/mediation/" + channel + "/records/" + id + "/steps", user, body, expected);
    }

    /** A dispatched petition case about a homestead boundary in 青山镇, where the land office is live. */
    private String dispatchedCase() throws Exception {
        waitForPlugins();
        waitForDepartment("land", "341122101");
        JsonNode ack = call("POST", "/api/v1/cases", "clerk", "{\"township\":\"341122101\",\"petitionForm\":\"VISIT\","
                + "\"category\":\"HOUSING_HOMESTEAD\",\"petitioners\":[{\"name\":\"孙七\",\"phone\":\"" + uniquePhone()
                + "\"}],\"content\":\"邻居建房占用宅基地约两米\",\"departmentFields\":{\"landLocation\":\"河西村三组，东至吴宅\"}}", 201);
        String id = ack.get("caseId").asText();
        caseStep(id, "{\"action\":\"ACCEPT\",\"serviceMethod\":\"IN_PERSON\"}");
        assertEquals("DISPATCHED", caseStep(id, "{\"action\":\"DISPATCH\",\"responsibility\":{\"leadUnit\":\"国土所\","
                + "\"responsibleLeader\":\"周副镇长\",\"handler\":\"钱所长\",\"requirement\":\"查清四至，组织调解\"}}")
                .get("status").asText());
        return id;
    }

    @Test
    public void aDisputeFailsInPeoplesMediationSucceedsInAdministrativeMediationAndIsJudiciallyConfirmed() throws Exception {
        String caseId = dispatchedCase();

        // Taken in from the petition: township, category, petitioner and content come from the case.
        String phone = uniquePhone();
        JsonNode dispute = call("POST", CENTRE, "clerk", "{\"source\":\"PETITION_CASE\",\"caseId\":\"" + caseId
                + "\",\"parties\":[{\"name\":\"吴八\",\"role\":\"RESPONDENT\",\"phone\":\"" + phone + "\"}],"
                + "\"partiesConsent\":true}", 201);
        String id = dispute.get("id").asText();
        assertEquals("NEW", dispute.get("status").asText());
        assertEquals("341122101", dispute.get("township").asText());
        assertEquals("HOUSING_HOMESTEAD", dispute.get("category").asText());
        assertTrue(dispute.get("parties").toString().contains("孙七"));
        assertFalse("phones are masked", dispute.toString().contains(phone));
        assertEquals("VALIDATION_FAILED", call("GET", CENTRE + "/" + dispute.get("id").asText() + "/parties", "clerk", null, 400)
                .get("code").asText());
        assertTrue(call("GET", CENTRE + "/" + dispute.get("id").asText() + "/parties?purpose=%E7%BA%A6%E8%B0%88", "clerk",
                null, 200).toString().contains(phone));
        assertEquals("PEOPLE", dispute.get("suggestedChannel").asText());
        assertEquals("CONFLICT", call("POST", CENTRE, "clerk", "{\"source\":\"PETITION_CASE\",\"caseId\":\"" + caseId
                + "\",\"parties\":[{\"name\":\"吴八\",\"role\":\"RESPONDENT\"}],\"partiesConsent\":true}", 409)
                .get("code").asText());

        JsonNode assessment = call("GET", CENTRE + "/" + id + "/assessment", "clerk", null, 200);
        assertEquals(3, assessment.size());
        for (JsonNode a : assessment) {
            assertTrue(a.toString(), a.get("live").asBoolean() && a.get("canTake").asBoolean());
        }

        // 1. People's mediation: the committee's mediator tries and fails.
        dispute = call("POST", CENTRE + "/" + id + "/dispatch", "clerk",
                "{\"channel\":\"PEOPLE\",\"committee\":\"341122101201\",\"mediator\":\"M01\"}", 200);
        assertEquals("IN_MEDIATION", dispute.get("status").asText());
        String peoples = dispute.get("current").get("recordId").asText();
        assertEquals("ILLEGAL_TRANSITION", call("POST", CENTRE + "/" + id + "/dispatch", "clerk",
                "{\"channel\":\"ADMINISTRATIVE\",\"mediator\":\"钱所长\"}", 409).get("code").asText());
        JsonNode petition = call("GET", "/api/v1/cases/" + caseId, "clerk", null, 200);
        assertEquals("the case shows where its dispute is", "PEOPLE", petition.get("mediation").get("channel").asText());

        String today = platformToday().toString();
        recordStep("people", peoples, "mediator", "{\"action\":\"RECORD_SESSION\",\"session\":{\"on\":\"" + today
                + "\",\"place\":\"河西村调委会\",\"participants\":\"孙七、吴八、李调解员\",\"notes\":\"双方各执一词\"}}", 200);
        recordStep("people", peoples, "mediator", "{\"action\":\"FAIL\",\"note\":\"吴八不接受方案；告知可申请行政调解或起诉\"}", 200);

        dispute = call("GET", CENTRE + "/" + id, "clerk", null, 200);
        assertEquals("UNRESOLVED", dispute.get("status").asText());
        assertEquals("ADMINISTRATIVE", dispute.get("suggestedChannel").asText());

        // 2. Administrative mediation by the land office, from the same data.
        dispute = call("POST", CENTRE + "/" + id + "/dispatch", "clerk",
                "{\"channel\":\"ADMINISTRATIVE\",\"mediator\":\"钱所长\",\"expectedVersion\":" + dispute.get("version") + "}", 200);
        JsonNode current = dispute.get("current");
        assertEquals("ADMINISTRATIVE", current.get("channel").asText());
        assertEquals("LAND", current.get("sector").asText());
        assertEquals("APPLIED", current.get("status").asText());
        String administrative = current.get("recordId").asText();
        JsonNode record = call("GET", "/api/v1/mediation/administrative/records/" + administrative, "handler", null, 200);
        assertEquals("land", record.get("department").asText());
        assertTrue(record.get("escalatedFrom").asText().startsWith("PEOPLE:RT-"));
        assertEquals("邻居建房占用宅基地约两米", record.get("description").asText());
        assertTrue(record.get("parties").toString().contains("吴八"));
        assertFalse("phones are masked", record.toString().contains(phone));
        // Those who take the file's steps may reveal them, with a purpose kept in the file's history.
        String parties = "/api/v1/mediation/administrative/records/" + administrative + "/parties";
        assertEquals("VALIDATION_FAILED", call("GET", parties, "handler", null, 400).get("code").asText());
        assertEquals("ACCESS_DENIED", call("GET", parties + "?purpose=x", "clerk", null, 403).get("code").asText());
        assertTrue(call("GET", parties + "?purpose=%E9%80%9A%E7%9F%A5%E8%B0%83%E8%A7%A3", "handler", null, 200)
                .toString().contains(phone));
        assertTrue("the department decides within 5 working days", record.get("dueRule").asText().contains("受理"));

        recordStep("administrative", administrative, "handler", "{\"action\":\"ACCEPT\"}", 200);

        // The administrative channel leaves mid-way: the centre shows the last status it saw, and the record is
        // there again, unchanged, when the channel returns.
        featuresService.uninstallFeature(ADMINISTRATIVE, EnumSet.noneOf(FeaturesService.Option.class));
        waitFor("the channel gone", () -> status("/api/v1/mediation/administrative/records/" + administrative, "handler") == 503);
        JsonNode away = call("GET", CENTRE + "/" + id, "clerk", null, 200);
        assertFalse(away.get("current").get("live").asBoolean());
        assertEquals("IN_MEDIATION", away.get("status").asText());
        featuresService.installFeature(ADMINISTRATIVE, EnumSet.noneOf(FeaturesService.Option.class));
        waitFor("the channel back", () -> status("/api/v1/mediation/administrative/records/" + administrative, "handler") == 200);
        assertEquals("OPEN", call("GET", CENTRE + "/" + id, "clerk", null, 200).get("current").get("status").asText());
        recordStep("administrative", administrative, "handler", "{\"action\":\"RECORD_SESSION\",\"session\":{\"on\":\""
                + today + "\",\"place\":\"青山镇国土所\",\"participants\":\"孙七、吴八、钱所长\",\"notes\":\"现场测量四至\"}}", 200);
        JsonNode agreed = recordStep("administrative", administrative, "handler", "{\"action\":\"AGREE\",\"agreement\":"
                + "{\"form\":\"WRITTEN\",\"terms\":\"吴八拆除越界围墙，孙七给予补偿两千元\",\"performBy\":\"" + platformToday().plusDays(30) + "\"}}", 200);
        assertEquals("AGREED", agreed.get("status").asText());

        dispute = call("GET", CENTRE + "/" + id, "clerk", null, 200);
        assertEquals("AGREED", dispute.get("status").asText());
        assertTrue(dispute.get("allowedActions").toString().contains("REQUEST_CONFIRMATION"));

        // 3. The parties' joint application for judicial confirmation, over SOAP.
        Dispatch<Source> port = soapPort("/soap/mediation-centre", SOAP_NS, "MediationCentreService", "MediationCentrePort", "clerk");
        String soap = invoke(port, "<m:dispatch xmlns:m='" + SOAP_NS + "' xmlns:d='" + DTO_NS + "'><id>" + id + "</id>"
                + "<dispatch><d:channel>JUDICIAL</d:channel><d:court>341122</d:court><d:note>孙七、吴八共同申请</d:note>"
                + "<d:stage>CONFIRMATION</d:stage></dispatch></m:dispatch>");
        assertEquals("IN_CONFIRMATION", child(soap, "dispute", "status"));
        assertEquals("CONFIRMATION_REQUESTED", call("GET", "/api/v1/mediation/administrative/records/" + administrative,
                "handler", null, 200).get("status").asText());

        dispute = call("GET", CENTRE + "/" + id, "clerk", null, 200);
        String judicial = dispute.get("current").get("recordId").asText();
        JsonNode request = call("GET", "/api/v1/mediation/judicial/records/" + judicial, "court", null, 200);
        assertEquals("REQUESTED", request.get("status").asText());
        assertEquals("吴八拆除越界围墙，孙七给予补偿两千元", request.get("agreement").get("terms").asText());
        assertNotNull("the court decides whether to accept within 3 days", request.get("dueOn"));

        // Only the court decides.
        assertEquals("ACCESS_DENIED", recordStep("judicial", judicial, "mediator", "{\"action\":\"ACCEPT\"}", 403)
                .get("code").asText());
        recordStep("judicial", judicial, "court", "{\"action\":\"ACCEPT\"}", 200);
        assertEquals("VALIDATION_FAILED", recordStep("judicial", judicial, "court",
                "{\"action\":\"CONFIRM\",\"courtDocument\":{\"kind\":\"CONFIRMATION_RULING\"}}", 400).get("code").asText());
        JsonNode confirmed = recordStep("judicial", judicial, "court", "{\"action\":\"CONFIRM\",\"courtDocument\":"
                + "{\"kind\":\"CONFIRMATION_RULING\",\"number\":\"(" + platformToday().getYear() + ")皖1122民特12号\",\"issuedOn\":\"" + today + "\"}}", 200);
        assertEquals("CONFIRMED", confirmed.get("status").asText());
        assertEquals("(" + platformToday().getYear() + ")皖1122民特12号", confirmed.get("courtDocument").get("number").asText());

        dispute = call("GET", CENTRE + "/" + id, "clerk", null, 200);
        assertEquals("RESOLVED", dispute.get("status").asText());
        assertEquals(3, dispute.get("attempts").size());
        assertEquals("FAILED", dispute.get("attempts").get(0).get("status").asText());

        // 4. The agreement closes the petition case, through the case's own audited steps; the case's events
        // are posted once the centre's transaction has committed.
        assertNotNull("events can wait for a caller's commit",
                bundleContext.getServiceReference(TransactionSynchronizationRegistry.class));
        List<String> heard = new CopyOnWriteArrayList<>();
        Dictionary<String, Object> topics = new Hashtable<>();
        topics.put(EventConstants.EVENT_TOPIC, "tiaojie/case/*");
        ServiceRegistration<EventHandler> listener = bundleContext.registerService(EventHandler.class, event -> {
            if (caseId.equals(event.getProperty("caseId"))) {
                heard.add(event.getTopic());
            }
        }, topics);
        dispute = call("POST", CENTRE + "/" + id + "/steps/CLOSE_CASE", "clerk", "{\"note\":\"协议经司法确认，信访事项办结\"}", 200);
        assertEquals("CASE_CLOSED", dispute.get("status").asText());
        petition = call("GET", "/api/v1/cases/" + caseId, "clerk", null, 200);
        assertEquals("CLOSED", petition.get("status").asText());
        assertEquals("CASE_CLOSED", petition.get("mediation").get("status").asText());
        assertEquals("吴八拆除越界围墙，孙七给予补偿两千元", petition.get("settlement").get("terms").asText());
        String trail = call("GET", "/api/v1/cases/" + caseId + "/audit", "clerk", null, 200).toString();
        assertTrue(trail, trail.contains("\"action\":\"SETTLE\"") && trail.contains("\"action\":\"CLOSE\""));
        waitFor("the case's events", () -> heard.containsAll(List.of("tiaojie/case/SETTLED", "tiaojie/case/CLOSED")));
        listener.unregister();

        String closed = invoke(port, "<m:getDispute xmlns:m='" + SOAP_NS + "'><id>" + id + "</id></m:getDispute>");
        assertEquals("CASE_CLOSED", child(closed, "dispute", "status"));
    }

    @Test
    public void aWalkInDisputeIsSentToALegalRouteAndAChannelMissingIsRetryable() throws Exception {
        waitForPlugins();
        assertEquals("caseId", call("POST", CENTRE, "mediator", "{\"source\":\"PETITION_CASE\",\"caseId\":\"no-such-case\"}",
                400).get("violations").get(0).get("field").asText());
        JsonNode refused = call("POST", CENTRE, "mediator", "{\"source\":\"WALK_IN\",\"township\":\"341122101\","
                + "\"category\":\"LABOUR_WAGES\",\"parties\":[{\"name\":\"郑九\",\"role\":\"APPLICANT\"}],"
                + "\"description\":\"工地欠薪\",\"partiesConsent\":true}", 400);
        assertTrue(refused.toString(), refused.get("violations").toString().contains("parties"));

        JsonNode dispute = call("POST", CENTRE, "mediator", "{\"source\":\"WALK_IN\",\"township\":\"341122101\","
                + "\"category\":\"LABOUR_WAGES\",\"parties\":[{\"name\":\"郑九\",\"role\":\"APPLICANT\"},"
                + "{\"name\":\"某建筑公司\",\"role\":\"RESPONDENT\"}],\"description\":\"工地欠薪\",\"partiesConsent\":true}", 201);
        String id = dispute.get("id").asText();
        assertFalse(dispute.get("allowedActions").toString().contains("CLOSE_CASE"));

        // No labour office is online in the township: administrative mediation says so and refuses, retryably.
        JsonNode assessment = call("GET", CENTRE + "/" + id + "/assessment", "mediator", null, 200);
        assertFalse(assessment.get(1).toString(), assessment.get(1).get("canTake").asBoolean());
        assertEquals("DEPARTMENT_UNAVAILABLE", call("POST", CENTRE + "/" + id + "/dispatch", "mediator",
                "{\"channel\":\"ADMINISTRATIVE\",\"mediator\":\"某干事\"}", 503).get("code").asText());
        assertEquals("NEW", call("GET", CENTRE + "/" + id, "mediator", null, 200).get("status").asText());

        JsonNode referred = call("POST", CENTRE + "/" + id + "/steps/REFER_TO_LEGAL_ROUTE", "mediator",
                "{\"route\":\"LABOUR_ARBITRATION\",\"note\":\"告知向县劳动人事争议仲裁委申请仲裁，时效一年\"}", 200);
        assertEquals("REFERRED", referred.get("status").asText());
        assertTrue(referred.get("legalRoute").asText().startsWith("LABOUR_ARBITRATION"));
        assertEquals(0, referred.get("allowedActions").size());
        assertEquals("ILLEGAL_TRANSITION", call("POST", CENTRE + "/" + id + "/dispatch", "mediator",
                "{\"channel\":\"PEOPLE\",\"committee\":\"341122101201\",\"mediator\":\"M01\"}", 409).get("code").asText());
        assertEquals("another township's staff cannot see it", 404, status(CENTRE + "/" + id, "clerk2"));

        // The centre itself leaves and returns: its disputes wait in its tables.
        featuresService.uninstallFeature(THE_CENTRE, EnumSet.noneOf(FeaturesService.Option.class));
        waitFor("the centre gone", () -> status(CENTRE + "/" + id, "mediator") == 503);
        featuresService.installFeature(THE_CENTRE, EnumSet.noneOf(FeaturesService.Option.class));
        waitFor("the centre back", () -> status(CENTRE + "/" + id, "mediator") == 200);
        assertEquals("REFERRED", call("GET", CENTRE + "/" + id, "mediator", null, 200).get("status").asText());
    }

    /** The text of a direct child of the first element with that local name. */
    private static String child(String xml, String parent, String name) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Element root = factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml))).getDocumentElement();
        Element p = root.getLocalName().equals(parent) ? root
                : (Element) root.getElementsByTagNameNS("*", parent).item(0);
        for (Node n = p.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && name.equals(e.getLocalName())) {
                return e.getTextContent();
            }
        }
        return null;
    }
}
