package org.tiaojie.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.After;
import org.junit.Test;

/**
 * Two nodes of the distribution (two Karaf processes, each unpacked from the tarball, on ports of their own) on one
 * PostgreSQL database, with clerks registering through both at once. Then one node is killed with SIGKILL — its own
 * process, which this test started — in the middle of the load, and started again. Every submission that got its
 * case is stored exactly once; every other one got a clear error or, retried with its idempotency key on either
 * node, is stored once; numbering has no gap across the nodes; a key replayed on the other node returns the same
 * case; and a department enabled through one node goes live on the other, and disabled through that one goes away
 * on the first. Runs with the PostgreSQL itests ({@code -Ppostgres}); a plain JUnit test, since Pax Exam starts one
 * container per class.
 */
public class TwoNodesIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration BOOT = Duration.ofSeconds(180);
    private static final Pattern URL = Pattern.compile("(?m)^url = (jdbc:postgresql://[^?\\s]+)");
    private static final String QINGSHAN = "341122101";
    private static final String BAISHUI = "341122102";

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final List<Node> nodes = new ArrayList<>();
    private String databaseUrl;

    /** One Karaf of the distribution: its directory, its HTTP port, and the process this test started. */
    private final class Node {
        final String name;
        final Path home;
        final int port;
        Process process;

        Node(String name, Path home, int port) {
            this.name = name;
            this.home = home;
            this.port = port;
        }

        String base() {
            return "http://127.0.0.1:" + port + "/cxf";
        }

        void start() throws IOException {
            ProcessBuilder builder = new ProcessBuilder(home.resolve("bin/karaf").toString(), "daemon")
                    .directory(home.toFile()).redirectErrorStream(true)
                    .redirectOutput(home.resolve("console.out").toFile());
            // bin/karaf execs the JVM for "daemon": the process is Karaf's own, and its PID is the one killed.
            process = builder.start();
        }

        /** SIGKILL to this node's own process, as a crash would end it. */
        void crash() throws InterruptedException {
            process.destroyForcibly();
            assertTrue(name + " ended", process.waitFor(30, TimeUnit.SECONDS));
        }

        void stop() throws InterruptedException {
            if (process != null && process.isAlive()) {
                process.destroy();
                if (!process.waitFor(60, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                    process.waitFor(30, TimeUnit.SECONDS);
                }
            }
        }
    }

    @After
    public void stopNodes() throws InterruptedException {
        for (Node node : nodes) {
            node.stop();
        }
    }

    private Node unpack(String name, Path dataSource) throws Exception {
        Path home = Path.of("target", "two-nodes", name).toAbsolutePath();
        if (Files.exists(home)) {
            try (var walk = Files.walk(home)) {
                walk.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            }
        }
        Files.createDirectories(home);
        Path tarball = Path.of(System.getProperty("tiaojie.itest.distribution"));
        Process tar = new ProcessBuilder("tar", "-xzf", tarball.toString(), "-C", home.toString(), "--strip-components=1")
                .redirectErrorStream(true).start();
        assertEquals("unpacking " + tarball, 0, tar.waitFor());
        int port = TiaojieTestSupport.freePort();
        set(home.resolve("etc/org.ops4j.pax.web.cfg"), "org.osgi.service.http.port", Integer.toString(port));
        set(home.resolve("etc/org.apache.karaf.shell.cfg"), "sshPort", Integer.toString(TiaojieTestSupport.freePort()));
        set(home.resolve("etc/org.apache.karaf.management.cfg"), "rmiRegistryPort",
                Integer.toString(TiaojieTestSupport.freePort()));
        set(home.resolve("etc/org.apache.karaf.management.cfg"), "rmiServerPort",
                Integer.toString(TiaojieTestSupport.freePort()));
        // Nothing is fetched at run time: the distribution's own system/ folder and the local repository.
        set(home.resolve("etc/org.ops4j.pax.url.mvn.cfg"), "org.ops4j.pax.url.mvn.repositories", "");
        Files.copy(dataSource, home.resolve("etc/org.ops4j.datasource-tiaojie.cfg"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Node node = new Node(name, home, port);
        nodes.add(node);
        return node;
    }

    /** Sets a property in a .cfg file, replacing its line or adding one. */
    private static void set(Path cfg, String key, String value) throws IOException {
        List<String> lines = new ArrayList<>(Files.readAllLines(cfg, StandardCharsets.UTF_8));
        boolean found = false;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).matches("\\s*" + Pattern.quote(key) + "\\s*=.*")) {
                lines.set(i, key + " = " + value);
                found = true;
            }
        }
        if (!found) {
            lines.add(key + " = " + value);
        }
        Files.write(cfg, lines, StandardCharsets.UTF_8);
    }

    private static void await(String what, Duration deadline, BooleanSupplier condition) throws InterruptedException {
        if (!TiaojieTestSupport.poll(deadline, condition)) {
            fail(what + " within " + deadline.toSeconds() + " s");
        }
    }

    private boolean ready(Node node) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(node.base() + "/api/health")).timeout(Duration.ofSeconds(5))
                    .build(), HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private HttpResponse<String> send(Node node, String method, String path, String user, String body, String key)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(node.base() + path)).timeout(Duration.ofSeconds(60))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + user)
                        .getBytes(StandardCharsets.UTF_8)))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** A submission: the same body and key each time it is sent. */
    private record Submission(String key, String township, String user, String body) {
    }

    private static Submission submission(int n) {
        boolean qingshan = n % 2 == 0;
        String phone = String.format("137%08d", 10_000_000 + n);
        return new Submission("two-nodes-" + n, qingshan ? QINGSHAN : BAISHUI, qingshan ? "clerk" : "clerk2",
                "{\"township\":\"" + (qingshan ? QINGSHAN : BAISHUI) + "\",\"petitionForm\":\"VISIT\",\"category\":"
                        + "\"LABOUR_WAGES\",\"petitioners\":[{\"name\":\"双节点" + n + "\",\"phone\":\"" + phone + "\"}],"
                        + "\"content\":\"工地拖欠工资\"}");
    }

    @Test
    public void twoNodesOnOneDatabaseLoseNothingThroughACrash() throws Exception {
        Path dataSource = ItestDatabase.createPostgresDataSourceConfig();
        Matcher url = URL.matcher(Files.readString(dataSource));
        assertTrue("the datasource names its database", url.find());
        databaseUrl = url.group(1);
        Node a = unpack("node-a", dataSource);
        Node b = unpack("node-b", dataSource);
        // Both at once, on a new database: their migrations meet in Liquibase's lock.
        a.start();
        b.start();
        await("node A ready", BOOT, () -> ready(a));
        await("node B ready", BOOT, () -> ready(b));

        // Eight clerks, four through each node, each submission with its own idempotency key.
        Map<String, String> outcome = new ConcurrentHashMap<>();
        Map<String, String> caseOf = new ConcurrentHashMap<>();
        AtomicInteger next = new AtomicInteger();
        AtomicBoolean stop = new AtomicBoolean();
        List<Submission> sent = Collections.synchronizedList(new ArrayList<>());
        ExecutorService clerks = Executors.newFixedThreadPool(8);
        for (int t = 0; t < 8; t++) {
            Node node = t % 2 == 0 ? a : b;
            clerks.submit(() -> {
                while (!stop.get()) {
                    Submission s = submission(next.incrementAndGet());
                    sent.add(s);
                    try {
                        HttpResponse<String> r = send(node, "POST", "/api/v1/cases", s.user(), s.body(), s.key());
                        outcome.put(s.key(), Integer.toString(r.statusCode()));
                        if (r.statusCode() == 201 || r.statusCode() == 200) {
                            caseOf.put(s.key(), JSON.readTree(r.body()).get("caseId").asText());
                        }
                    } catch (IOException e) {
                        // As a load balancer would: no more requests to a node until its health check passes.
                        outcome.put(s.key(), "no answer");
                        TiaojieTestSupport.poll(BOOT, () -> stop.get() || ready(node));
                    }
                }
                return null;
            });
        }
        await("submissions under way", Duration.ofSeconds(60), () -> caseOf.size() >= 40);
        a.crash();
        int atCrash = caseOf.size();
        await("node B registering on its own", Duration.ofSeconds(60), () -> caseOf.size() >= atCrash + 20);
        a.start();
        await("node A ready again", BOOT, () -> ready(a));
        await("both nodes registering again", Duration.ofSeconds(60), () -> caseOf.size() >= atCrash + 60);
        stop.set(true);
        clerks.shutdown();
        assertTrue("the clerks stopped", clerks.awaitTermination(120, TimeUnit.SECONDS));

        // Every answer was a case or a clear error; the ones without a case are sent again with their key.
        Map<String, Integer> answers = new TreeMap<>();
        outcome.values().forEach(o -> answers.merge(o, 1, Integer::sum));
        for (String o : answers.keySet()) {
            assertTrue("only cases, clear refusals while a node was down, or no answer: " + answers,
                    o.equals("201") || o.equals("503") || o.equals("no answer"));
        }
        int retried = 0;
        for (Submission s : sent) {
            if (!caseOf.containsKey(s.key())) {
                retried++;
                HttpResponse<String> r = send(b, "POST", "/api/v1/cases", s.user(), s.body(), s.key());
                assertTrue(r.body(), r.statusCode() == 201 || r.statusCode() == 200);
                caseOf.put(s.key(), JSON.readTree(r.body()).get("caseId").asText());
            }
        }
        Files.writeString(Path.of("target", "two-nodes.txt"), "Two nodes: " + sent.size() + " submissions, answers "
                + answers + "; " + retried + " sent again with their key after the crash; " + atCrash
                + " cases registered before node A was killed\n", StandardCharsets.UTF_8);
        // A key replayed on the other node returns the same case.
        Submission first = sent.get(0);
        HttpResponse<String> replay = send(b, "POST", "/api/v1/cases", first.user(), first.body(), first.key());
        assertEquals(replay.body(), 200, replay.statusCode());
        assertEquals(caseOf.get(first.key()), JSON.readTree(replay.body()).get("caseId").asText());
        assertTrue(JSON.readTree(replay.body()).get("replayed").asBoolean());

        // Stored exactly once each, numbered without a gap in each township across both nodes.
        try (Connection db = DriverManager.getConnection(databaseUrl, "postgres", "");
             Statement sql = db.createStatement()) {
            assertEquals("one case per submission", sent.size(), count(sql, "SELECT COUNT(*) FROM TJ_CASE"));
            assertEquals("one key per submission", sent.size(), count(sql, "SELECT COUNT(*) FROM TJ_IDEMPOTENCY_KEY"));
            assertEquals("every key names its own case", sent.size(),
                    count(sql, "SELECT COUNT(DISTINCT CASE_ID) FROM TJ_IDEMPOTENCY_KEY"));
            for (String township : List.of(QINGSHAN, BAISHUI)) {
                TreeSet<Long> numbers = new TreeSet<>();
                try (ResultSet rs = sql.executeQuery("SELECT CASE_NUMBER FROM TJ_CASE WHERE TOWNSHIP = '" + township + "'")) {
                    while (rs.next()) {
                        String number = rs.getString(1);
                        numbers.add(Long.parseLong(number.substring(number.lastIndexOf('-') + 1)));
                    }
                }
                assertEquals(township + " numbered 1.." + numbers.size() + " without a gap", numbers.size(),
                        numbers.isEmpty() ? 0 : numbers.last().intValue());
            }
        }
        for (Map.Entry<String, String> e : caseOf.entrySet()) {
            HttpResponse<String> read = send(a, "GET", "/api/v1/cases/" + e.getValue(), "bureau", null, null);
            assertEquals("node A reads " + e.getKey(), 200, read.statusCode());
        }

        // A department enabled through node A goes live on node B, and disabled through B goes away on A.
        HttpResponse<String> enabled = send(a, "PUT", "/api/v1/townships/" + BAISHUI + "/departments/land", "operator",
                "{\"handlingDays\": 45}", null);
        assertEquals(enabled.body(), 200, enabled.statusCode());
        await("land live in 白水乡 on node B", Duration.ofSeconds(60), () -> landLive(b, BAISHUI, true));
        HttpResponse<String> disabled = send(b, "DELETE", "/api/v1/townships/" + BAISHUI + "/departments/land",
                "operator", null, null);
        assertEquals(disabled.body(), 200, disabled.statusCode());
        await("land gone from 白水乡 on node A", Duration.ofSeconds(60), () -> landLive(a, BAISHUI, false));
        assertTrue("the demo's land office stays live in 青山镇 on both nodes",
                landLive(a, QINGSHAN, true) && landLive(b, QINGSHAN, true));
    }

    private boolean landLive(Node node, String township, boolean expected) {
        try {
            for (JsonNode d : JSON.readTree(send(node, "GET", "/api/v1/townships/" + township + "/departments",
                    "operator", null, null).body())) {
                if ("land".equals(d.get("department").asText())) {
                    return d.get("live").asBoolean() == expected;
                }
            }
            return !expected;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static long count(Statement sql, String query) throws Exception {
        try (ResultSet rs = sql.executeQuery(query)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
