package org.tiaojie.itests;

import java.net.http.HttpResponse;
import java.util.HashSet;
import java.util.Set;

import javax.xml.transform.Source;
import javax.xml.ws.Dispatch;

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
 * The plug-ins' lists are filtered, sorted and paged in the database with the case list's paging contract, so a
 * list is never silently cut short: every record of the caller's townships is on some page, and only those.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class PluginListsIT extends TiaojieTestSupport {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TYPE = "application/json";

    /** Reads every page of a list at the given page size; checks the paging fields on the way. */
    private Set<String> allPages(String path, String user, int size, int expectedTotal) throws Exception {
        Set<String> ids = new HashSet<>();
        int pages = (expectedTotal + size - 1) / size;
        for (int page = 0; page <= pages; page++) {
            JsonNode p = json(get(path + (path.contains("?") ? "&" : "?") + "page=" + page + "&size=" + size, user), 200);
            assertEquals(expectedTotal, p.get("total").asLong());
            assertEquals(page, p.get("page").asInt());
            assertEquals(page < pages - 1 ? size : page == pages - 1 ? expectedTotal - size * (pages - 1) : 0,
                    p.get("items").size());
            p.get("items").forEach(item -> ids.add(item.get("id").asText()));
        }
        assertEquals("no record on two pages", expectedTotal, ids.size());
        return ids;
    }

    @Test
    public void disputesRecordsAndApplicationsArePagedInTheDatabase() throws Exception {
        waitForReady();
        waitFor("the centre, people's mediation and legal aid", () -> status("/api/v1/mediation-centre/disputes", "clerk")
                == 200 && status("/api/v1/mediation/people/records", "mediator") == 200
                && status("/api/v1/legal-aid/applications", "legalaid") == 200);
        Set<String> qingshan = new HashSet<>();
        for (int i = 0; i < 5; i++) {
            qingshan.add(json(post("/api/v1/mediation-centre/disputes", "clerk", TYPE, walkIn("341122101", i)), 201)
                    .get("id").asText());
        }
        String baishui = json(post("/api/v1/mediation-centre/disputes", "clerk2", TYPE, walkIn("341122102", 9)), 201)
                .get("id").asText();

        // A clerk of 青山镇 sees the five of 青山镇, two at a time; the county sees all six.
        assertEquals(qingshan, allPages("/api/v1/mediation-centre/disputes", "clerk", 2, 5));
        assertTrue(allPages("/api/v1/mediation-centre/disputes", "bureau", 4, 6).contains(baishui));
        assertEquals(1, json(get("/api/v1/mediation-centre/disputes?township=341122102", "bureau"), 200)
                .get("total").asInt());
        assertEquals("another township's list is refused", 403,
                get("/api/v1/mediation-centre/disputes?township=341122102", "clerk").statusCode());
        assertEquals(0, json(get("/api/v1/mediation-centre/disputes?status=CASE_CLOSED", "clerk"), 200).get("total").asInt());
        assertEquals(400, get("/api/v1/mediation-centre/disputes?size=201", "clerk").statusCode());

        for (int i = 0; i < 3; i++) {
            json(post("/api/v1/mediation/people/records", "mediator", TYPE, "{\"township\":\"341122101\",\"category\":"
                    + "\"NEIGHBOUR_FAMILY\",\"partiesConsent\":true,\"parties\":[{\"name\":\"甲" + i + "\",\"role\":"
                    + "\"APPLICANT\"},{\"name\":\"乙" + i + "\",\"role\":\"RESPONDENT\"}],\"committee\":\"341122101201\","
                    + "\"mediator\":\"M01\",\"description\":\"邻里纠纷" + i + "\"}"), 201);
        }
        allPages("/api/v1/mediation/people/records", "mediator", 2, 3);
        allPages("/api/v1/mediation/people/records?status=OPEN", "mediator", 3, 3);

        for (int i = 0; i < 3; i++) {
            json(post("/api/v1/legal-aid/applications", "legalaid", TYPE, "{\"township\":\"341122101\",\"applicantName\":"
                    + "\"申请人" + i + "\",\"matter\":\"WAGES_AND_EMPLOYMENT\",\"exemption\":\"MIGRANT_WORKER\","
                    + "\"description\":\"追索劳动报酬\"}"), 201);
        }
        allPages("/api/v1/legal-aid/applications?status=RECEIVED", "legalaid", 2, 3);

        // Over SOAP, the same page.
        String ns = "http://tiaojie.org/soap/mediation-centre/v1";
        Dispatch<Source> port = soapPort("/soap/mediation-centre", ns, "MediationCentreService", "MediationCentrePort", "clerk");
        String page = invoke(port, "<m:listDisputes xmlns:m='" + ns + "'><page>1</page><size>2</size></m:listDisputes>");
        assertTrue(page, page.contains("<total>5</total>") && page.contains("<page>1</page>"));
        assertEquals(page, 2, page.split("<dispute[ >]", -1).length - 1);
        assertFalse(page, page.contains(baishui));
    }

    private static String walkIn(String township, int i) {
        return "{\"source\":\"WALK_IN\",\"township\":\"" + township + "\",\"category\":\"NEIGHBOUR_FAMILY\","
                + "\"partiesConsent\":true,\"parties\":[{\"name\":\"来访甲" + i + "\",\"role\":\"APPLICANT\"},"
                + "{\"name\":\"来访乙" + i + "\",\"role\":\"RESPONDENT\"}],\"description\":\"相邻纠纷" + i + "\"}";
    }
}
