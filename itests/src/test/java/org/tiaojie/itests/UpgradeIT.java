package org.tiaojie.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import javax.sql.DataSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

/**
 * The distribution started on a database the release before schema migrations made (its own buildSchema, filled
 * through its own REST API by itests/upgrade/make-fixture.sh: cases with a repeat, steps and an idempotency key, a
 * complaint about an official, a people's mediation agreement, a dispute in administrative mediation, a judicial
 * file, legal-aid applications). Every bundle's changelog recognises the old tables, brings them up to date, and
 * every record is still there and still works: numbering goes on without a gap, the old idempotency key replays,
 * a step larger than the old audit column could hold is recorded.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class UpgradeIT extends TiaojieTestSupport {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TYPE = "application/json";
    private static final String FIXTURE = "/upgrade/release-5fadafe-";

    @Override
    protected Path dataSourceConfig() {
        if (ItestDatabase.POSTGRESQL.equals(ItestDatabase.kind())) {
            return ItestDatabase.createPostgresDataSourceConfig(FIXTURE + "postgresql.sql");
        }
        try {
            Path directory = Files.createTempDirectory(Path.of("target"), "upgrade-derby-");
            try (InputStream in = UpgradeIT.class.getResourceAsStream(FIXTURE + "derby.zip");
                 ZipInputStream zip = new ZipInputStream(in)) {
                for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
                    Path to = directory.resolve(entry.getName()).normalize();
                    if (!to.startsWith(directory)) {
                        throw new IOException("an entry outside the fixture: " + entry.getName());
                    }
                    if (entry.isDirectory()) {
                        Files.createDirectories(to);
                    } else {
                        Files.createDirectories(to.getParent());
                        Files.copy(zip, to);
                    }
                }
            }
            return ItestDatabase.derbyDataSourceConfig(directory.resolve("derby"));
        } catch (IOException e) {
            throw new IllegalStateException("cannot unpack the release's Derby database", e);
        }
    }

    private JsonNode json(HttpResponse<String> r, int expected, String what) throws IOException {
        assertEquals(what + ": " + r.body(), expected, r.statusCode());
        return JSON.readTree(r.body());
    }

    @Test
    public void theReleasesRecordsAreKeptAndWorkAfterTheUpgrade() throws Exception {
        waitForPlugins();

        // Every change set of every bundle is recorded: the release's tables taken as the baseline, the rest run.
        Map<String, String> changeSets = changeSets();
        for (String baseline : List.of("tiaojie/case-core 1-baseline", "tiaojie/legal-aid 1-baseline",
                "tiaojie/mediation-centre 1-baseline", "tiaojie/mediation-files PM-1-baseline",
                "tiaojie/mediation-files AM-1-baseline", "tiaojie/mediation-files JM-1-baseline")) {
            assertEquals(baseline + " in " + changeSets, "MARK_RAN", changeSets.get(baseline));
        }
        assertEquals(changeSets.toString(), "EXECUTED", changeSets.get("tiaojie/case-core 3-audit-large-objects"));
        assertEquals(changeSets.toString(), "EXECUTED", changeSets.get("tiaojie/case-core 4-indexes-for-reads-at-scale"));

        // Every case: the county bureau sees all six, the complaint about an official included.
        JsonNode all = json(get("/api/v1/cases?size=50", "bureau"), 200, "the county's cases");
        TreeSet<String> numbers = new TreeSet<>();
        all.get("items").forEach(c -> numbers.add(c.get("caseNumber").asText()));
        assertEquals(numbers.toString(), 6, numbers.size());
        String year = numbers.first().substring(10, 14);
        for (int n = 1; n <= 5; n++) {
            assertTrue(numbers.toString(), numbers.contains(String.format("341122101-%s-%06d", year, n)));
        }
        assertTrue(numbers.toString(), numbers.contains("341122102-" + year + "-000001"));

        // The land case: its steps, its department's field, its repeat and its audit trail.
        JsonNode land = null;
        for (JsonNode c : all.get("items")) {
            if (c.get("caseNumber").asText().equals("341122101-" + year + "-000001")) {
                land = json(get("/api/v1/cases/" + c.get("id").asText(), "clerk"), 200, "the land case");
            }
        }
        assertEquals("DISPATCHED", land.get("status").asText());
        assertEquals("河西村三组东侧", land.get("departmentFields").get("landLocation").asText());
        assertEquals(1, land.get("repeatCount").asInt());
        JsonNode trail = json(get("/api/v1/cases/" + land.get("id").asText() + "/audit", "clerk"), 200, "its audit trail");
        List<String> actions = new ArrayList<>();
        trail.forEach(a -> actions.add(a.get("action").asText()));
        assertTrue(actions.toString(), actions.containsAll(List.of("REGISTERED", "ACCEPT", "DISPATCH", "REPEAT_LINKED")));

        // The old idempotency key (stored before keys kept a hash) replays its case.
        HttpResponse<String> replay = http.send(authorised(HttpRequest.newBuilder(URI.create(baseUrl() + "/api/v1/cases"))
                .header("Content-Type", TYPE).header("Idempotency-Key", "fixture-key-0001")
                .POST(HttpRequest.BodyPublishers.ofString("{\"township\":\"341122101\",\"petitionForm\":\"ONLINE\","
                        + "\"category\":\"SOCIAL_ASSISTANCE\",\"petitioners\":[{\"name\":\"钱七\",\"phone\":\"13500005555\"}],"
                        + "\"content\":\"低保申请未获答复\"}")), "clerk").build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(replay.body(), 200, replay.statusCode());
        assertTrue(replay.body(), JSON.readTree(replay.body()).get("replayed").asBoolean());

        // Numbering goes on from the release's last number, and a step larger than the old 4,000-character audit
        // column is recorded in full.
        LocalDate today = platformToday();
        String expected = today.getYear() == Integer.parseInt(year) ? String.format("341122101-%s-%06d", year, 6)
                : String.format("341122101-%d-%06d", today.getYear(), 1);
        JsonNode fresh = json(post("/api/v1/cases", "clerk", TYPE, "{\"township\":\"341122101\",\"petitionForm\":\"VISIT\","
                + "\"category\":\"LAND_ACQUISITION\",\"petitioners\":[{\"name\":\"新申请人\",\"phone\":\"" + uniquePhone()
                + "\"}],\"content\":\"升级后的新登记\",\"departmentFields\":{\"landLocation\":\"河东村\"}}"), 201, "a new case");
        assertEquals(expected, fresh.get("caseNumber").asText());
        String caseId = fresh.get("caseId").asText();
        json(post("/api/v1/cases/" + caseId + "/steps", "clerk", TYPE, "{\"action\":\"ACCEPT\",\"serviceMethod\":\"IN_PERSON\"}"),
                200, "accept");
        // 2,000 characters of requirement and twenty cooperating units of 100: within the form's limits, past 4,000.
        String requirement = "长".repeat(2000);
        StringBuilder units = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            units.append(i == 0 ? "" : ",").append('"').append(String.format("%02d", i)).append("配".repeat(98)).append('"');
        }
        json(post("/api/v1/cases/" + caseId + "/steps", "clerk", TYPE, "{\"action\":\"DISPATCH\",\"responsibility\":{"
                + "\"leadUnit\":\"国土所\",\"responsibleLeader\":\"李副镇长\",\"handler\":\"赵干事\",\"requirement\":\""
                + requirement + "\",\"cooperatingUnits\":[" + units + "]}}"), 200, "a dispatch larger than the old audit column");
        String audit = get("/api/v1/cases/" + caseId + "/audit", "clerk").body();
        assertTrue("the whole dispatch is in the audit trail", audit.contains(requirement) && audit.contains("19" + "配".repeat(98)));

        // The plug-ins' records: the agreement, the dispute in administrative mediation, the court's file, the
        // applications, and the next numbers after them.
        JsonNode peoples = json(get("/api/v1/mediation/people/records", "mediator"), 200, "people's mediation");
        assertEquals(1, peoples.get("total").asInt());
        assertEquals("AGREED", peoples.get("items").get(0).get("status").asText());
        JsonNode disputes = json(get("/api/v1/mediation-centre/disputes", "clerk"), 200, "the centre's disputes");
        assertEquals(1, disputes.get("total").asInt());
        assertEquals(land.get("id").asText(), disputes.get("items").get(0).get("caseId").asText());
        assertEquals(1, json(get("/api/v1/mediation/administrative/records", "handler"), 200, "administrative")
                .get("total").asInt());
        assertEquals(1, json(get("/api/v1/mediation/judicial/records", "court"), 200, "judicial").get("total").asInt());
        JsonNode applications = json(get("/api/v1/legal-aid/applications", "legalaid"), 200, "legal aid");
        assertEquals(2, applications.get("total").asInt());
        TreeSet<String> applicationNumbers = new TreeSet<>();
        applications.get("items").forEach(a -> applicationNumbers.add(a.get("number").asText()));
        JsonNode next = json(post("/api/v1/legal-aid/applications", "legalaid", TYPE, "{\"township\":\"341122101\","
                + "\"applicantName\":\"申请人丁\",\"matter\":\"MAINTENANCE\",\"monthlyIncomePerCapita\":800,"
                + "\"description\":\"追索赡养费\"}"), 201, "a new application");
        if (today.getYear() == Integer.parseInt(year)) {
            String last = applicationNumbers.last();
            int n = Integer.parseInt(last.substring(last.lastIndexOf('-') + 1));
            assertEquals(last.substring(0, last.lastIndexOf('-') + 1) + String.format("%04d", n + 1),
                    next.get("number").asText());
        }
    }

    /** Liquibase's record of what ran, read through the platform's own DataSource: "file id" -> how it ran. */
    private Map<String, String> changeSets() throws Exception {
        Map<String, String> result = new TreeMap<>();
        DataSource dataSource = service(DataSource.class);
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT FILENAME, ID, EXECTYPE FROM DATABASECHANGELOG")) {
            while (rs.next()) {
                result.put(rs.getString(1) + " " + rs.getString(2), rs.getString(3));
            }
        }
        return result;
    }
}
