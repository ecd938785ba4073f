package org.tiaojie.itests;

import static org.junit.Assert.fail;

import java.io.File;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.net.URL;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;

import javax.inject.Inject;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import javax.xml.namespace.QName;
import javax.xml.transform.Source;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.stream.StreamResult;
import javax.xml.transform.stream.StreamSource;
import javax.xml.ws.BindingProvider;
import javax.xml.ws.Dispatch;
import javax.xml.ws.Service;

import org.apache.karaf.features.BootFinished;
import org.apache.karaf.features.FeaturesService;
import org.junit.Before;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.CoreOptions;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.ProbeBuilder;
import org.ops4j.pax.exam.TestProbeBuilder;
import org.ops4j.pax.exam.karaf.options.KarafDistributionOption;
import org.ops4j.pax.exam.karaf.options.LogLevelOption;
import org.ops4j.pax.exam.options.MavenArtifactUrlReference;
import org.ops4j.pax.exam.options.extra.VMOption;
import org.ops4j.pax.exam.util.Filter;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.InvalidSyntaxException;
import org.tiaojie.cases.api.spi.Department;

/**
 * The one container configuration of all itests: the real Tiaojie distribution tarball, on a free
 * HTTP port, resolving artifacts only from the local Maven repository. Waits are bounded polls.
 */
public abstract class TiaojieTestSupport {
    /** How long anything in the container may take to appear. */
    protected static final Duration DEADLINE = Duration.ofSeconds(60);
    /** How long an injected service may take to appear. */
    protected static final long SERVICE_TIMEOUT_MS = 120_000;

    @Inject
    protected BundleContext bundleContext;

    @Inject
    @Filter(timeout = SERVICE_TIMEOUT_MS)
    protected FeaturesService featuresService;

    /** The system property naming the project's docs directory inside the container. */
    protected static final String DOCS_PROPERTY = "tiaojie.itest.docs";

    /** How long Karaf may take to install its boot features. */
    protected static final Duration BOOT_DEADLINE = Duration.ofSeconds(180);

    /**
     * Why this container never finished booting. The probe's classes are loaded once per container, so the
     * other tests of the class fail at once instead of waiting again.
     */
    private static volatile String bootFailure;

    protected final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    /**
     * Waits, with a deadline, until Karaf has installed its boot features. If they never finish, the failure
     * carries what the container was doing: the bundles that are not active, every thread's stack with the
     * locks it holds, and the end of karaf.log.
     */
    @Before
    public void waitForBoot() throws InterruptedException {
        if (bootFailure != null) {
            fail("Karaf's boot features were not installed (the class's first failure has the container's state)");
        }
        if (!poll(BOOT_DEADLINE, () -> bundleContext.getServiceReference(BootFinished.class) != null)) {
            bootFailure = "Karaf's boot features were not installed within " + BOOT_DEADLINE.toSeconds() + " s\n"
                    + ContainerDiagnostics.report(bundleContext);
            fail(bootFailure);
        }
    }

    @ProbeBuilder
    public TestProbeBuilder probe(TestProbeBuilder probe) {
        probe.setHeader(Constants.DYNAMICIMPORT_PACKAGE, "*");
        return probe;
    }

    @Configuration
    public Option[] config() {
        String karafVersion = System.getProperty("karaf.version");
        String localRepository = System.getProperty("org.ops4j.pax.url.mvn.localRepository", "");
        // A port of its own per container: the previous class's container may still be letting go of its own.
        String httpPort = Integer.toString(freePort());
        MavenArtifactUrlReference distribution = CoreOptions.maven().groupId("org.tiaojie")
                .artifactId("tiaojie-karaf-distribution").type("tar.gz").versionAsInProject();
        List<Option> options = new ArrayList<>(List.of(
                KarafDistributionOption.karafDistributionConfiguration().frameworkUrl(distribution)
                        .name("Tiaojie").unpackDirectory(new File("target/exam")).useDeployFolder(false),
                KarafDistributionOption.keepRuntimeFolder(),
                KarafDistributionOption.configureConsole().ignoreLocalConsole(),
                KarafDistributionOption.logLevel(LogLevelOption.LogLevel.INFO),
                KarafDistributionOption.editConfigurationFilePut("etc/org.ops4j.pax.web.cfg",
                        "org.osgi.service.http.port", httpPort),
                KarafDistributionOption.editConfigurationFilePut("etc/org.apache.karaf.shell.cfg",
                        "sshPort", Integer.toString(freePort())),
                KarafDistributionOption.editConfigurationFilePut("etc/org.apache.karaf.management.cfg",
                        "rmiRegistryPort", Integer.toString(freePort())),
                KarafDistributionOption.editConfigurationFilePut("etc/org.apache.karaf.management.cfg",
                        "rmiServerPort", Integer.toString(freePort())),
                KarafDistributionOption.editConfigurationFilePut("etc/org.ops4j.pax.url.mvn.cfg",
                        "org.ops4j.pax.url.mvn.localRepository", localRepository),
                KarafDistributionOption.editConfigurationFilePut("etc/org.ops4j.pax.url.mvn.cfg",
                        "org.ops4j.pax.url.mvn.repositories", ""),
                KarafDistributionOption.editConfigurationFilePut("etc/system.properties",
                        "tiaojie.itest.httpPort", httpPort),
                // The project's docs, for the tests that hold the running platform to them (docs/PERMISSIONS.md).
                KarafDistributionOption.editConfigurationFilePut("etc/system.properties",
                        DOCS_PROPERTY, new File("../docs").getAbsolutePath()),
                // What bin/karaf passes to a Java 9+ VM; Pax Exam 4.13 does not ("Container never came up" without them).
                new VMOption("--add-reads=java.xml=java.logging"),
                new VMOption("--add-exports=java.base/org.apache.karaf.specs.locator=java.xml,ALL-UNNAMED"),
                new VMOption("--patch-module"),
                new VMOption("java.base=lib/endorsed/org.apache.karaf.specs.locator-" + karafVersion + ".jar"),
                new VMOption("--patch-module"),
                new VMOption("java.xml=lib/endorsed/org.apache.karaf.specs.java.xml-" + karafVersion + ".jar"),
                new VMOption("--add-opens"), new VMOption("java.base/java.security=ALL-UNNAMED"),
                new VMOption("--add-opens"), new VMOption("java.base/java.net=ALL-UNNAMED"),
                new VMOption("--add-opens"), new VMOption("java.base/java.lang=ALL-UNNAMED"),
                new VMOption("--add-opens"), new VMOption("java.base/java.util=ALL-UNNAMED"),
                new VMOption("--add-opens"), new VMOption("java.naming/javax.naming.spi=ALL-UNNAMED"),
                new VMOption("--add-opens"), new VMOption("java.rmi/sun.rmi.transport.tcp=ALL-UNNAMED"),
                new VMOption("--add-exports=java.base/sun.net.www.protocol.file=ALL-UNNAMED"),
                new VMOption("--add-exports=java.base/sun.net.www.protocol.http=ALL-UNNAMED"),
                new VMOption("--add-exports=java.base/sun.net.www.protocol.https=ALL-UNNAMED"),
                new VMOption("--add-exports=java.base/sun.net.www.protocol.jar=ALL-UNNAMED"),
                new VMOption("--add-exports=jdk.naming.rmi/com.sun.jndi.url.rmi=ALL-UNNAMED"),
                // A container lives for one class: the quick compiler only, which spends far less CPU on JIT
                // compilation at boot than the optimising one would win back in so short a run.
                new VMOption("-XX:TieredStopAtLevel=1"),
                new VMOption("-classpath"),
                new VMOption("lib/jdk9plus/*" + File.pathSeparator + "lib/boot/*"),
                KarafDistributionOption.editConfigurationFilePut("etc/system.properties",
                        ItestDatabase.PROPERTY, ItestDatabase.kind())));
        if (trainingInstallation()) {
            options.add(KarafDistributionOption.editConfigurationFilePut("etc/system.properties",
                    "tiaojie.installation", "training"));
        }
        java.nio.file.Path dataSource = dataSourceConfig();
        if (dataSource != null) {
            options.add(KarafDistributionOption.replaceConfigurationFile("etc/org.ops4j.datasource-tiaojie.cfg",
                    dataSource.toFile()));
        }
        return options.toArray(new Option[0]);
    }

    /**
     * The datasource configuration the container starts with, or null for the distribution's own (a new embedded
     * Derby database): a throwaway PostgreSQL database when the itests run on PostgreSQL. Runs in the test driver JVM.
     */
    protected java.nio.file.Path dataSourceConfig() {
        return ItestDatabase.POSTGRESQL.equals(ItestDatabase.kind()) ? ItestDatabase.createPostgresDataSourceConfig() : null;
    }

    /**
     * Whether the container is a training installation, whose clock the test may set and advance (the way time
     * passes in an itest: never by sleeping). Production otherwise, as the distribution ships.
     */
    protected boolean trainingInstallation() {
        return false;
    }

    /** The database product the container is expected to run on ("Apache Derby" or "PostgreSQL"). */
    protected static String expectedDatabaseProduct() {
        return ItestDatabase.POSTGRESQL.equals(System.getProperty(ItestDatabase.PROPERTY)) ? "PostgreSQL" : "Apache Derby";
    }

    private static final AtomicLong PHONES =
            new AtomicLong(System.currentTimeMillis() % 100_000_000L * 10);

    /**
     * A mobile number no earlier intake of this run used, so repeat detection (same name and phone) treats
     * each test's petitioner as a new person. Seeded from the clock because on PostgreSQL the test classes
     * share one database.
     */
    protected static String uniquePhone() {
        return String.format("139%08d", PHONES.incrementAndGet() % 100_000_000L);
    }

    /**
     * Runs a console command as the given user with the given roles, the way ssh or bin/client would, and returns
     * what it printed; a refused command throws with its message.
     */
    protected String console(String command, String user, String... roles) throws Exception {
        org.apache.karaf.shell.api.console.SessionFactory factory = service(
                org.apache.karaf.shell.api.console.SessionFactory.class);
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        java.io.PrintStream print = new java.io.PrintStream(out, true, StandardCharsets.UTF_8);
        org.apache.karaf.shell.api.console.Session session = factory.create(System.in, print, print);
        javax.security.auth.Subject subject = new javax.security.auth.Subject();
        subject.getPrincipals().add(new org.apache.karaf.jaas.boot.principal.UserPrincipal(user));
        for (String role : roles) {
            subject.getPrincipals().add(new org.apache.karaf.jaas.boot.principal.RolePrincipal(role));
        }
        try {
            javax.security.auth.Subject.doAs(subject,
                    (java.security.PrivilegedExceptionAction<Object>) () -> session.execute(command));
        } finally {
            print.flush();
            session.close();
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    /**
     * Writes a report of the run to itests/target (the container's working directory is elsewhere), for the counts
     * a test's summary gives beside its pass or fail.
     */
    protected static void report(String fileName, String text) throws IOException {
        java.nio.file.Path target = java.nio.file.Path.of(System.getProperty(DOCS_PROPERTY), "..", "itests", "target");
        java.nio.file.Files.createDirectories(target);
        java.nio.file.Files.writeString(target.resolve(fileName), text + System.lineSeparator(), StandardCharsets.UTF_8);
    }

    /** Today as the platform's clock counts it (GET /cxf/api/v1/clock): dates in tests are never hard-coded. */
    /** The answer's JSON, once its status is the one expected (else the body is the failure's message). */
    protected static JsonNode json(HttpResponse<String> r, int expected) throws IOException {
        org.junit.Assert.assertEquals(r.body(), expected, r.statusCode());
        return new ObjectMapper().readTree(r.body());
    }

    /** Moves a training installation's one clock to 09:00 of the day, the county's time. */
    protected void setClock(java.time.LocalDate day) throws IOException, InterruptedException {
        json(send("PUT", "/api/v1/clock", "operator", "{\"now\":\"" + day + "T09:00:00+08:00\"}"), 200);
    }

    protected java.time.LocalDate platformToday() throws IOException, InterruptedException {
        HttpResponse<String> clock = get("/api/v1/clock", "clerk");
        if (clock.statusCode() != 200) {
            throw new AssertionError("GET /api/v1/clock: " + clock.statusCode() + " " + clock.body());
        }
        return java.time.LocalDate.parse(new ObjectMapper().readTree(clock.body()).get("today").asText());
    }

    /** The operator at the console. */
    protected String operatorConsole(String command) throws Exception {
        return console(command, "operator", "operator", "county", "admin");
    }

    /** A service of the container, waiting (bounded) until it is registered. */
    protected <S> S service(Class<S> type) throws InterruptedException {
        waitFor(type.getSimpleName(), () -> bundleContext.getServiceReference(type) != null);
        return bundleContext.getService(bundleContext.getServiceReference(type));
    }

    /** Waits until the department's intake plug-in is live in the township (the demo's land office, say). */
    protected void waitForDepartment(String department, String township) throws InterruptedException {
        String filter = "(&(" + Department.DEPARTMENT + "=" + department + ")(" + Department.TOWNSHIP + "="
                + township + "))";
        waitFor(department + " in " + township, () -> {
            try {
                return !bundleContext.getServiceReferences(Department.class, filter).isEmpty();
            } catch (InvalidSyntaxException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    /** Whether the operator's console reports the department live in the township (false while unreachable). */
    protected boolean departmentLive(String township, String department) {
        try {
            for (JsonNode d : new ObjectMapper().readTree(get("/api/v1/townships/" + township + "/departments",
                    "operator").body())) {
                if (department.equals(d.get("department").asText())) {
                    return d.get("live").asBoolean();
                }
            }
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return false;
    }

    /** The HTTP status of a GET, or -1 while nothing answers. */
    protected int status(String path, String user) {
        try {
            return get(path, user).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    /** The body of a GET that answers 200, or "" otherwise (while nothing answers, too). */
    protected String bodyOf(String path, String user) {
        try {
            HttpResponse<String> r = get(path, user);
            return r.statusCode() == 200 ? r.body() : "";
        } catch (IOException e) {
            return "";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "";
        }
    }

    /** A SOAP port of the distribution, built from its served WSDL, speaking XML payloads. */
    protected Dispatch<Source> soapPort(String path, String namespace, String service, String port, String user)
            throws Exception {
        waitFor("the WSDL of " + path, () -> status(path + "?wsdl", null) == 200);
        Dispatch<Source> dispatch = Service.create(new URL(baseUrl() + path + "?wsdl"), new QName(namespace, service))
                .createDispatch(new QName(namespace, port), Source.class, Service.Mode.PAYLOAD);
        if (user != null) {
            dispatch.getRequestContext().put(BindingProvider.USERNAME_PROPERTY, user);
            dispatch.getRequestContext().put(BindingProvider.PASSWORD_PROPERTY, user);
        }
        return dispatch;
    }

    protected static String invoke(Dispatch<Source> port, String payload) throws Exception {
        StringWriter out = new StringWriter();
        TransformerFactory.newInstance().newTransformer()
                .transform(port.invoke(new StreamSource(new StringReader(payload))), new StreamResult(out));
        return out.toString();
    }

    protected static String baseUrl() {
        return "http://localhost:" + System.getProperty("tiaojie.itest.httpPort") + "/cxf";
    }

    /** The SOAP services CXF lists, as {@code /soap/<name>} addresses, in the order of its service page. */
    protected List<String> soapAddresses() throws IOException, InterruptedException {
        List<String> addresses = new ArrayList<>();
        for (String line : get("/?formatted=false", null).body().split("\\s+")) {
            int at = line.indexOf("/soap/");
            if (at >= 0) {
                addresses.add(line.substring(at));
            }
        }
        return addresses;
    }

    protected HttpResponse<String> get(String path, String user) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl() + path)).GET();
        return http.send(authorised(request, user).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    protected HttpResponse<String> post(String path, String user, String contentType, String body)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl() + path))
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        return http.send(authorised(request, user).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** Any method, with a JSON body or none. */
    protected HttpResponse<String> send(String method, String path, String user, String jsonBody)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = authorised(HttpRequest.newBuilder(URI.create(baseUrl() + path)), user)
                .header("Content-Type", "application/json")
                .method(method, jsonBody == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(jsonBody));
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /**
     * A SOAP 1.1 call as raw XML: the payload wrapped in an envelope, HTTP Basic for the user (none when null). The
     * answer is whatever came back, fault or not, so a test can look at exactly what a client would.
     */
    protected HttpResponse<String> soapPost(String path, String user, String payload)
            throws IOException, InterruptedException {
        String envelope = "<soap:Envelope xmlns:soap='http://schemas.xmlsoap.org/soap/envelope/'><soap:Body>" + payload
                + "</soap:Body></soap:Envelope>";
        HttpRequest.Builder request = authorised(HttpRequest.newBuilder(URI.create(baseUrl() + path)), user)
                .header("Content-Type", "text/xml; charset=UTF-8")
                .header("SOAPAction", "\"\"")
                .POST(HttpRequest.BodyPublishers.ofString(envelope, StandardCharsets.UTF_8));
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** HTTP Basic for a demo user (whose password is the name); nothing for null, an anonymous caller. */
    protected static HttpRequest.Builder authorised(HttpRequest.Builder request, String user) {
        if (user != null) {
            // Demo users' passwords equal their names (etc/users.properties).
            String token = Base64.getEncoder().encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8));
            request.header("Authorization", "Basic " + token);
        }
        return request.timeout(Duration.ofSeconds(30));
    }

    /** Readiness, and every plug-in of the distribution answering: the centre, legal aid, the three channels. */
    protected void waitForPlugins() throws InterruptedException {
        waitForReady();
        waitFor("the centre, legal aid and the mediation channels", () ->
                status("/api/v1/mediation-centre/disputes", "clerk") == 200
                        && status("/api/v1/legal-aid/applications", "legalaid") == 200
                        && status("/api/v1/mediation/people/records", "mediator") == 200
                        && status("/api/v1/mediation/administrative/records", "handler") == 200
                        && status("/api/v1/mediation/judicial/records", "court") == 200);
    }

    /** Polls the public readiness endpoint until the case services and master data are there. */
    protected void waitForReady() throws InterruptedException {
        waitFor("readiness (GET /cxf/api/health = 200)", () -> {
            try {
                return get("/api/health", null).statusCode() == 200;
            } catch (IOException e) {
                return false;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        });
    }

    /** Polls until the condition holds or the deadline passes. */
    protected static void waitFor(String what, BooleanSupplier condition) throws InterruptedException {
        if (!poll(DEADLINE, condition)) {
            throw new AssertionError("timed out after " + DEADLINE.toSeconds() + " s waiting for " + what);
        }
    }

    /** Polls the condition every 250 ms until it holds (true) or the time is up (false): the itests' one wait. */
    static boolean poll(Duration limit, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            Thread.sleep(250);
        }
        return true;
    }

    /** Ports handed out in this JVM, so no two containers or services of one are given the same. */
    private static final Set<Integer> PORTS_GIVEN = ConcurrentHashMap.newKeySet();

    /**
     * A port that is free now, below the kernel's ephemeral range (32768 and up on Linux) and above Pax Exam's
     * own RMI ports (21000…), so no outgoing connection — a database pool's, say — can take it before Karaf
     * binds it, and a port the last container may still hold is not given again.
     */
    static int freePort() {
        for (int attempt = 0; attempt < 200; attempt++) {
            int port = ThreadLocalRandom.current().nextInt(22_000, 32_000);
            if (!PORTS_GIVEN.add(port)) {
                continue;
            }
            try (ServerSocket socket = new ServerSocket(port)) {
                return port;
            } catch (IOException taken) {
                // in use: try another
            }
        }
        throw new IllegalStateException("no free port between 22000 and 32000");
    }
}
