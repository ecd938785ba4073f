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
 * A complaint about an official (检举控告) never leaves the core through a module that takes a case id: the
 * grand-mediation centre, legal aid and a mediation channel answer exactly as for an id that does not exist, for
 * every role, and nothing of it is copied [《信访工作条例》 30, 46].
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class WithheldComplaintIT extends TiaojieTestSupport {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TYPE = "application/json";
    private static final String NO_SUCH_CASE = "7c0d9a4e-0000-4000-8000-000000000000";
    private static final String COMPLAINANT = "举报人丙";

    private String register(String extra) throws Exception {
        HttpResponse<String> r = post("/api/v1/cases", "clerk", TYPE, "{\"township\":\"341122101\",\"petitionForm\":\"VISIT\","
                + "\"category\":\"LAND_ACQUISITION\",\"petitioners\":[{\"name\":\"" + COMPLAINANT + "\",\"phone\":\""
                + uniquePhone() + "\"}],\"content\":\"国土所所长在征地补偿中收受好处\"" + extra + "}");
        assertEquals(r.body(), 201, r.statusCode());
        return JSON.readTree(r.body()).get("caseId").asText();
    }

    private String dispute(String caseId) {
        return "{\"source\":\"PETITION_CASE\",\"caseId\":\"" + caseId + "\",\"partiesConsent\":true,"
                + "\"parties\":[{\"name\":\"国土所\",\"role\":\"RESPONDENT\"}]}";
    }

    private String application(String caseId) {
        return "{\"caseId\":\"" + caseId + "\",\"township\":\"341122101\",\"applicantName\":\"" + COMPLAINANT + "\","
                + "\"matter\":\"STATE_COMPENSATION\",\"exemption\":\"MIGRANT_WORKER\",\"description\":\"申请法律援助\"}";
    }

    private String mediation(String caseId) {
        return "{\"caseId\":\"" + caseId + "\",\"township\":\"341122101\",\"category\":\"LAND_ACQUISITION\","
                + "\"partiesConsent\":true,\"parties\":[{\"name\":\"" + COMPLAINANT + "\",\"role\":\"APPLICANT\"},"
                + "{\"name\":\"国土所\",\"role\":\"RESPONDENT\"}],\"committee\":\"341122101201\",\"mediator\":\"M01\","
                + "\"description\":\"征地补偿\"}";
    }

    /** The refusal for the withheld case is the refusal for a case that does not exist, byte for byte. */
    private void refusedAsUnknown(String path, String user, String withheldBody, String unknownBody) throws Exception {
        HttpResponse<String> withheld = post(path, user, TYPE, withheldBody);
        HttpResponse<String> unknown = post(path, user, TYPE, unknownBody);
        assertEquals(user + " " + path + ": " + withheld.body(), 400, withheld.statusCode());
        assertEquals(unknown.body(), withheld.body());
        assertEquals("VALIDATION_FAILED", JSON.readTree(withheld.body()).get("code").asText());
        assertFalse(withheld.body(), withheld.body().contains(COMPLAINANT));
    }

    @Test
    public void noModuleTakesAComplaintAboutAnOfficial() throws Exception {
        waitForReady();
        waitFor("the centre, legal aid and people's mediation", () -> status("/api/v1/mediation-centre/disputes", "clerk")
                == 200 && status("/api/v1/legal-aid/applications", "legalaid") == 200
                && status("/api/v1/mediation/people/records", "mediator") == 200);
        String complaint = register(",\"nature\":\"COMPLAINT_ABOUT_OFFICIAL\"");
        assertEquals("WITHHELD", JSON.readTree(get("/api/v1/cases/" + complaint, "clerk").body())
                .get("routingState").asText());

        for (String user : new String[]{"clerk", "bureau", "mediator"}) {
            refusedAsUnknown("/api/v1/mediation-centre/disputes", user, dispute(complaint), dispute(NO_SUCH_CASE));
        }
        refusedAsUnknown("/api/v1/legal-aid/applications", "legalaid", application(complaint), application(NO_SUCH_CASE));
        refusedAsUnknown("/api/v1/mediation/people/records", "mediator", mediation(complaint), mediation(NO_SUCH_CASE));
        refusedAsUnknown("/api/v1/mediation/people/records", "clerk", mediation(complaint), mediation(NO_SUCH_CASE));

        // Nothing was copied anywhere, and the case was never handed out.
        for (String[] list : new String[][]{{"/api/v1/mediation-centre/disputes?size=200", "bureau"},
                {"/api/v1/mediation/people/records?size=200", "mediator"},
                {"/api/v1/legal-aid/applications?size=200", "legalaid"}}) {
            String body = get(list[0], list[1]).body();
            assertFalse(list[0] + ": " + body, body.contains(COMPLAINANT) || body.contains(complaint));
        }
        String trail = get("/api/v1/cases/" + complaint + "/audit", "bureau").body();
        assertFalse(trail, trail.contains("SHARED"));
        assertEquals("the office complained about never sees it", 404,
                get("/api/v1/cases/" + complaint, "handler").statusCode());
    }

    /**
     * Only the discipline body, the county bureau and the clerk who registered it see a complaint about an official;
     * to everyone else it is a case that does not exist, in every read, REST and SOAP.
     */
    @Test
    public void onlyDisciplineTheCountyBureauAndTheRegisteringClerkSeeAComplaint() throws Exception {
        waitForReady();
        String complaint = register(",\"nature\":\"COMPLAINT_ABOUT_OFFICIAL\"");
        java.util.Set<String> see = java.util.Set.of("discipline", "bureau", "clerk");
        for (PermissionTable.User user : PermissionTable.demoUsers()) {
            if (user.name() == null) {
                continue;
            }
            String name = user.name();
            HttpResponse<String> read = get("/api/v1/cases/" + complaint, name);
            HttpResponse<String> unknown = get("/api/v1/cases/" + NO_SUCH_CASE, name);
            String list = get("/api/v1/cases?size=200", name).body();
            String soap = soapPost("/soap/intake", name, "<i:getCase xmlns:i='http://tiaojie.org/soap/intake/v1'>"
                    + "<caseId>" + complaint + "</caseId></i:getCase>").body();
            if (see.contains(name)) {
                assertEquals(name + ": " + read.body(), 200, read.statusCode());
                assertTrue(name + " lists it", list.contains(complaint));
                assertTrue(name + " over SOAP", soap.contains(complaint));
                assertEquals(name + " reads its trail", 200, get("/api/v1/cases/" + complaint + "/audit", name).statusCode());
                assertTrue(name + " reads the complainant", get("/api/v1/cases/" + complaint
                        + "/petitioners?purpose=%E6%A0%B8%E6%9F%A5", name).body().contains(COMPLAINANT));
            } else {
                assertEquals(name + " is answered as for a case that does not exist", unknown.statusCode(),
                        read.statusCode());
                assertEquals(name, unknown.body(), read.body());
                assertFalse(name + " does not list it", list.contains(complaint));
                assertFalse(name + " does not see it over SOAP", soap.contains(complaint) || soap.contains(COMPLAINANT));
                for (String part : new String[]{"/audit", "/steps"}) {
                    assertEquals(name + " " + part, get("/api/v1/cases/" + NO_SUCH_CASE + part, name).body(),
                            get("/api/v1/cases/" + complaint + part, name).body());
                }
            }
        }
    }

    @Test
    public void aMatterSharedWithAModuleCannotBecomeAComplaintAfterwards() throws Exception {
        waitForReady();
        waitFor("the centre", () -> status("/api/v1/mediation-centre/disputes", "clerk") == 200);
        String id = register(",\"departmentFields\":{\"landLocation\":\"河西村三组\"}");
        HttpResponse<String> taken = post("/api/v1/mediation-centre/disputes", "clerk", TYPE, dispute(id));
        assertEquals(taken.body(), 201, taken.statusCode());
        JsonNode trail = JSON.readTree(get("/api/v1/cases/" + id + "/audit", "clerk").body());
        assertTrue(trail.toString(), trail.toString().contains("\"action\":\"SHARED\"")
                && trail.toString().contains("mediation-centre"));

        HttpResponse<String> classify = post("/api/v1/cases/" + id + "/steps", "clerk", TYPE,
                "{\"action\":\"CLASSIFY\",\"nature\":\"COMPLAINT_ABOUT_OFFICIAL\",\"note\":\"实为举报\"}");
        assertEquals(classify.body(), 409, classify.statusCode());
        assertEquals("ILLEGAL_TRANSITION", JSON.readTree(classify.body()).get("code").asText());
        assertTrue(classify.body(), classify.body().contains("new matter"));
        assertEquals("REQUEST", JSON.readTree(get("/api/v1/cases/" + id, "clerk").body()).get("nature").asText());
    }
}
