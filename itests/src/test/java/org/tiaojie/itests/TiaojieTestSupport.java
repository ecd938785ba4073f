package org.tiaojie.itests;

import java.io.File;
import java.io.IOException;
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
import java.util.function.BooleanSupplier;

import javax.inject.Inject;

import org.apache.karaf.features.BootFinished;
import org.apache.karaf.features.FeaturesService;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.CoreOptions;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.ProbeBuilder;
import org.ops4j.pax.exam.TestProbeBuilder;
import org.ops4j.pax.exam.karaf.options.KarafDistributionOption;
import org.ops4j.pax.exam.karaf.options.LogLevelOption;
import org.ops4j.pax.exam.options.MavenArtifactUrlReference;
import org.ops4j.pax.exam.options.extra.VMOption;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;

/**
 * The one container configuration of all itests: the real Tiaojie distribution tarball, on a free
 * HTTP port, resolving artifacts only from the local Maven repository. Waits are bounded polls.
 */
public abstract class TiaojieTestSupport {
    /** How long anything in the container may take to appear. */
    protected static final Duration DEADLINE = Duration.ofSeconds(60);

    private static final String HTTP_PORT = Integer.toString(freePort());

    @Inject
    protected BundleContext bundleContext;

    @Inject
    protected FeaturesService featuresService;

    /** Makes the tests wait until the boot features are installed. */
    @Inject
    protected BootFinished bootFinished;

    protected final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @ProbeBuilder
    public TestProbeBuilder probe(TestProbeBuilder probe) {
        probe.setHeader(Constants.DYNAMICIMPORT_PACKAGE, "*");
        return probe;
    }

    @Configuration
    public Option[] config() {
        String karafVersion = System.getProperty("karaf.version");
        String localRepository = System.getProperty("org.ops4j.pax.url.mvn.localRepository", "");
        MavenArtifactUrlReference distribution = CoreOptions.maven().groupId("org.tiaojie")
                .artifactId("tiaojie-karaf-distribution").type("tar.gz").versionAsInProject();
        List<Option> options = new ArrayList<>(List.of(
                KarafDistributionOption.karafDistributionConfiguration().frameworkUrl(distribution)
                        .name("Tiaojie").unpackDirectory(new File("target/exam")).useDeployFolder(false),
                KarafDistributionOption.keepRuntimeFolder(),
                KarafDistributionOption.configureConsole().ignoreLocalConsole(),
                KarafDistributionOption.logLevel(LogLevelOption.LogLevel.INFO),
                KarafDistributionOption.editConfigurationFilePut("etc/org.ops4j.pax.web.cfg",
                        "org.osgi.service.http.port", HTTP_PORT),
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
                        "tiaojie.itest.httpPort", HTTP_PORT),
                // What bin/karaf passes to a Java 9+ VM; Pax Exam 4.13 does not (toolchain pitfall 4).
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
                new VMOption("-classpath"),
                new VMOption("lib/jdk9plus/*" + File.pathSeparator + "lib/boot/*"),
                KarafDistributionOption.editConfigurationFilePut("etc/system.properties",
                        ItestDatabase.PROPERTY, ItestDatabase.kind())));
        if (ItestDatabase.POSTGRESQL.equals(ItestDatabase.kind())) {
            options.add(KarafDistributionOption.replaceConfigurationFile("etc/org.ops4j.datasource-tiaojie.cfg",
                    ItestDatabase.createPostgresDataSourceConfig().toFile()));
        }
        return options.toArray(new Option[0]);
    }

    /** The database product the container is expected to run on ("Apache Derby" or "PostgreSQL"). */
    protected static String expectedDatabaseProduct() {
        return ItestDatabase.POSTGRESQL.equals(System.getProperty(ItestDatabase.PROPERTY)) ? "PostgreSQL" : "Apache Derby";
    }

    protected static String baseUrl() {
        return "http://localhost:" + System.getProperty("tiaojie.itest.httpPort") + "/cxf";
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

    private static HttpRequest.Builder authorised(HttpRequest.Builder request, String user) {
        if (user != null) {
            // Demo users' passwords equal their names (etc/users.properties).
            String token = Base64.getEncoder().encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8));
            request.header("Authorization", "Basic " + token);
        }
        return request.timeout(Duration.ofSeconds(30));
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
        long deadline = System.nanoTime() + DEADLINE.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out after " + DEADLINE.toSeconds() + " s waiting for " + what);
            }
            Thread.sleep(250);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
