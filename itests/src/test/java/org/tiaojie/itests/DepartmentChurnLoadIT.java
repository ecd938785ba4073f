package org.tiaojie.itests;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

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
 * Proof under load: several clerks keep registering while the water station's feature is uninstalled and
 * reinstalled again and again. Every submission must end as exactly one case or a clear error, no case may
 * be lost or duplicated, and every case must end in the right queue once the department is back.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class DepartmentChurnLoadIT extends TiaojieTestSupport {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TYPE = "application/json";
    private static final String TOWN = "341122101";
    private static final String WATER = "tiaojie-department-water";
    private static final EnumSet<FeaturesService.Option> NONE = EnumSet.noneOf(FeaturesService.Option.class);
    private static final int CLERKS = 4;
    private static final int CYCLES = 3;
    /** A form made for the water station, while it is away. */
    private static final Set<String> CLEAR_WITH_FIELDS = Set.of("DEPARTMENT_UNAVAILABLE", "SERVICE_UNAVAILABLE", "CONFLICT");
    /** A form without the station's fields, while it is live and requires them. */
    private static final Set<String> CLEAR_WITHOUT_FIELDS = Set.of("VALIDATION_FAILED", "SERVICE_UNAVAILABLE", "CONFLICT");

    /** What became of one submission: the case it made, or the error it got. */
    private record Outcome(boolean withFields, String caseId, String error) {
    }


    /**
     * One submission, retried with its idempotency key while the answer is retryable, as a client would. Half
     * carry the water station's fields (routed, or refused while it is away); half do not (unrouted while it
     * is away and taken over when it returns, refused for the missing field while it is live).
     */
    private Outcome submit(String marker, int n) throws Exception {
        boolean withFields = n % 2 == 0;
        String key = "load-" + UUID.randomUUID();
        String body = "{\"idempotencyKey\":\"" + key + "\",\"township\":\"" + TOWN + "\",\"petitionForm\":\"VISIT\","
                + "\"category\":\"WATER_CONSERVANCY\",\"petitioners\":[{\"name\":\"负载\",\"phone\":\"" + uniquePhone()
                + "\"}],\"content\":\"" + marker + " #" + n + "\""
                + (withFields ? ",\"departmentFields\":{\"facility\":\"西干渠\"}" : "") + "}";
        String lastError = null;
        for (int attempt = 0; attempt < 5; attempt++) {
            HttpResponse<String> r = post("/api/v1/cases", "clerk", TYPE, body);
            JsonNode answer = JSON.readTree(r.body());
            if (r.statusCode() == 201 || r.statusCode() == 200) {
                return new Outcome(withFields, answer.get("caseId").asText(), null);
            }
            lastError = answer.path("code").asText("HTTP " + r.statusCode());
            if (!answer.path("retryable").asBoolean(false)) {
                break;
            }
        }
        return new Outcome(withFields, null, lastError);
    }

    @Test
    public void registrationsSurviveADepartmentComingAndGoing() throws Exception {
        waitForReady();
        featuresService.installFeature(WATER, NONE);
        assertEquals(200, send("PUT", "/api/v1/townships/" + TOWN + "/departments/water", "operator", "{}").statusCode());
        waitFor("the water station live", () -> departmentLive(TOWN, "water"));

        String marker = "LOAD-" + UUID.randomUUID();
        AtomicBoolean churning = new AtomicBoolean(true);
        Map<String, Outcome> outcomes = new ConcurrentHashMap<>();
        ExecutorService clerks = Executors.newFixedThreadPool(CLERKS);
        List<Future<?>> running = new ArrayList<>();
        for (int c = 0; c < CLERKS; c++) {
            int clerk = c;
            running.add(clerks.submit(() -> {
                int n = 0;
                while (churning.get() || n < 10) {
                    int number = clerk * 10_000 + n++;
                    outcomes.put(marker + " #" + number, submit(marker, number));
                }
                return null;
            }));
        }
        try {
            for (int cycle = 0; cycle < CYCLES; cycle++) {
                featuresService.uninstallFeature(WATER, NONE);
                waitFor("the water station gone", () -> !departmentLive(TOWN, "water"));
                featuresService.installFeature(WATER, NONE);
                waitFor("the water station back", () -> departmentLive(TOWN, "water"));
            }
        } finally {
            churning.set(false);
        }
        for (Future<?> f : running) {
            f.get(2, TimeUnit.MINUTES);
        }
        clerks.shutdown();

        // Every submission: one case, or a clear error.
        Map<String, String> created = new HashMap<>();
        for (Map.Entry<String, Outcome> e : outcomes.entrySet()) {
            Outcome o = e.getValue();
            if (o.caseId() == null) {
                assertTrue(e.getKey() + " failed unclearly: " + o.error(),
                        (o.withFields() ? CLEAR_WITH_FIELDS : CLEAR_WITHOUT_FIELDS).contains(o.error()));
            } else {
                created.put(e.getKey(), o.caseId());
            }
        }
        assertTrue("some submissions went through", created.size() > CLERKS);

        // Nothing lost, nothing twice, and — the department being back — every case in its queue.
        waitFor("every case of the run routed to the water station", () -> {
            try {
                Map<String, JsonNode> stored = casesWith(marker);
                return stored.values().stream().allMatch(c -> "ROUTED".equals(c.get("routingState").asText())
                        && "water".equals(c.get("department").asText()));
            } catch (Exception e) {
                return false;
            }
        });
        Map<String, JsonNode> stored = casesWith(marker);
        assertEquals("one stored case per successful submission", created.size(), stored.size());
        assertEquals(new HashSet<>(created.values()), stored.keySet());
        for (Map.Entry<String, String> e : created.entrySet()) {
            assertEquals(e.getKey(), stored.get(e.getValue()).get("content").asText());
        }
        System.out.printf("MEASURE churn submissions=%d cases=%d errors=%d%n", outcomes.size(), created.size(),
                outcomes.size() - created.size());
    }

    /** The cases of this run, by id; fails on a duplicate content (a submission stored twice). */
    private Map<String, JsonNode> casesWith(String marker) throws Exception {
        Map<String, JsonNode> byId = new HashMap<>();
        Set<String> contents = new HashSet<>();
        for (int page = 0; ; page++) {
            JsonNode result = JSON.readTree(get("/api/v1/cases?category=WATER_CONSERVANCY&size=200&page=" + page,
                    "clerk").body());
            for (JsonNode c : result.get("items")) {
                String content = c.get("content").asText();
                if (content.startsWith(marker + " #")) {
                    assertTrue("stored twice: " + content, contents.add(content));
                    byId.put(c.get("id").asText(), c);
                }
            }
            // A short page is the last: the list's total is exact only up to Page.COUNTED_UP_TO (1,000).
            if (result.get("items").size() < 200) {
                return byId;
            }
        }
    }
}
