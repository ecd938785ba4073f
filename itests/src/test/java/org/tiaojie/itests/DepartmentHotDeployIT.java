package org.tiaojie.itests;

import java.net.http.HttpResponse;
import java.util.EnumSet;

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
 * A township brings a department online in the running distribution and takes it off again: feature
 * install, per-township enablement over the operator's REST, backlog takeover, department-offline cases
 * in the petition office queue, their return, reassignment, and intake refused while the department is away.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class DepartmentHotDeployIT extends TiaojieTestSupport {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TYPE = "application/json";
    private static final String TOWN = "341122101";
    private static final String WATER = "tiaojie-department-water";
    private static final EnumSet<FeaturesService.Option> NONE = EnumSet.noneOf(FeaturesService.Option.class);

    private static String waterIntake(String content, boolean withFields) {
        return "{\"township\":\"" + TOWN + "\",\"petitionForm\":\"VISIT\",\"category\":\"WATER_CONSERVANCY\","
                + "\"petitioners\":[{\"name\":\"用水户\",\"phone\":\"" + uniquePhone() + "\"}],\"content\":\"" + content + "\""
                + (withFields ? ",\"departmentFields\":{\"facility\":\"东干渠\"}" : "") + "}";
    }

    private JsonNode register(String body, int expected) throws Exception {
        HttpResponse<String> r = post("/api/v1/cases", "clerk", TYPE, body);
        assertEquals(r.body(), expected, r.statusCode());
        return JSON.readTree(r.body());
    }

    private JsonNode read(String id) throws Exception {
        return JSON.readTree(get("/api/v1/cases/" + id, "clerk").body());
    }


    private String routingOf(String id) {
        try {
            return read(id).path("routingState").asText();
        } catch (Exception e) {
            return "?";
        }
    }

    @Test
    public void aTownshipBringsTheWaterStationOnlineAndTakesItOffAgain() throws Exception {
        waitForReady();
        // Before the water station exists, water matters wait in the petition office queue.
        String early = register(waterIntake("东干渠被堵，灌溉受阻", false), 201).get("caseId").asText();
        assertEquals("UNROUTED", read(early).get("routingState").asText());
        assertEquals("the department's fields cannot be checked while it is away: nothing written",
                "DEPARTMENT_UNAVAILABLE", register(waterIntake("带部门字段", true), 503).get("code").asText());

        long installAt = System.nanoTime();
        featuresService.installFeature(WATER, NONE);
        HttpResponse<String> byClerk = send("PUT", "/api/v1/townships/" + TOWN + "/departments/water", "clerk", "{}");
        assertEquals("only operators switch departments", 403, byClerk.statusCode());
        HttpResponse<String> enabled = send("PUT", "/api/v1/townships/" + TOWN + "/departments/water", "operator",
                "{\"handlingDays\":30}");
        assertEquals(enabled.body(), 200, enabled.statusCode());
        assertTrue(JSON.readTree(enabled.body()).get("enabled").asBoolean());
        waitFor("the water station live in 青山镇", () -> departmentLive(TOWN, "water"));
        waitFor("the unrouted backlog taken over", () -> "ROUTED".equals(routingOf(early)));
        System.out.printf("MEASURE install-to-routed-backlog-case-ms %d%n", (System.nanoTime() - installAt) / 1_000_000);
        assertEquals("water", read(early).get("department").asText());

        String routed = register(waterIntake("水闸漏水", true), 201).get("caseId").asText();
        assertEquals("water", read(routed).get("department").asText());
        String moved = register(waterIntake("另一件", true), 201).get("caseId").asText();

        // Disabled for the township: its cases stay, marked offline, in the petition office queue.
        assertEquals(200, send("DELETE", "/api/v1/townships/" + TOWN + "/departments/water", "operator", null).statusCode());
        waitFor("the water station offline", () -> !departmentLive(TOWN, "water"));
        assertEquals("DEPARTMENT_OFFLINE", read(routed).get("routingState").asText());
        assertEquals("water", read(routed).get("department").asText());
        String queue = get("/api/v1/cases?petitionOfficeQueue=true&size=200", "clerk").body();
        assertTrue(queue, queue.contains(routed) && queue.contains(moved));
        assertEquals("DEPARTMENT_UNAVAILABLE", JSON.readTree(post("/api/v1/cases/" + moved + "/reassign", "clerk", TYPE,
                "{\"department\":\"water\",\"note\":\"仍交水利站\"}").body()).get("code").asText());
        JsonNode reassigned = JSON.readTree(post("/api/v1/cases/" + moved + "/reassign", "clerk", TYPE,
                "{\"department\":\"land\",\"note\":\"涉及土地，改由国土所办理\"}").body());
        assertEquals("land", reassigned.get("department").asText());
        assertEquals("ROUTED", reassigned.get("routingState").asText());
        assertTrue(get("/api/v1/cases/" + moved + "/audit", "clerk").body().contains("REASSIGNED"));

        // Enabled again: its own cases are its again; the reassigned one stays where it went.
        assertEquals(200, send("PUT", "/api/v1/townships/" + TOWN + "/departments/water", "operator", "{}").statusCode());
        waitFor("the water station back", () -> departmentLive(TOWN, "water"));
        assertEquals("ROUTED", read(routed).get("routingState").asText());
        assertEquals("water", read(routed).get("department").asText());
        assertEquals("land", read(moved).get("department").asText());

        // The feature uninstalled and reinstalled: the same, and the township's configuration is kept.
        featuresService.uninstallFeature(WATER, NONE);
        waitFor("the water station gone", () -> !departmentLive(TOWN, "water"));
        assertEquals("DEPARTMENT_OFFLINE", read(routed).get("routingState").asText());
        long reinstallAt = System.nanoTime();
        featuresService.installFeature(WATER, NONE);
        waitFor("the water station back after reinstall", () -> departmentLive(TOWN, "water"));
        waitFor("new water cases routed", () -> {
            try {
                return "water".equals(register(waterIntake("重新上线后登记", true), 201).path("department").asText());
            } catch (Exception e) {
                return false;
            }
        });
        System.out.printf("MEASURE reinstall-to-first-routed-case-ms %d%n", (System.nanoTime() - reinstallAt) / 1_000_000);
        assertEquals("ROUTED", read(routed).get("routingState").asText());
        assertFalse(get("/api/v1/cases?petitionOfficeQueue=true&size=200", "clerk").body().contains(routed));
    }
}
