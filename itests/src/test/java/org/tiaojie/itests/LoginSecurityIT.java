package org.tiaojie.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Collections;
import java.util.Dictionary;
import java.util.UUID;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.FixMethodOrder;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.MethodSorters;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.service.cm.ConfigurationAdmin;

/**
 * Logging in: hashed passwords, the back-off after repeated failures (per user, then per address), the rate limit of
 * the public progress look-up, WS-Security UsernameToken for SOAP clients, and the consoles on localhost only. The
 * back-offs are real time (they protect the real world, not the platform's calendar), so the test waits for them
 * to lapse by polling against a deadline. The address back-off locks out this test's own address, so it runs last.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
@FixMethodOrder(MethodSorters.NAME_ASCENDING)
public class LoginSecurityIT extends TiaojieTestSupport {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String INTAKE = "http://tiaojie.org/soap/intake/v1";
    private static final String WSSE = "http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd";
    private static final String TEXT = "http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-username-token-profile-1.0"
            + "#PasswordText";
    private static final String DIGEST = "http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-username-token-profile-1.0"
            + "#PasswordDigest";

    private HttpResponse<String> login(String user, String password) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl() + "/api/v1/townships"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + password)
                        .getBytes(StandardCharsets.UTF_8)))
                .timeout(Duration.ofSeconds(30)).GET().build();
        return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static String code(HttpResponse<String> r) throws IOException {
        return JSON.readTree(r.body()).path("code").asText();
    }

    private HttpResponse<String> withToken(String user, String password, String type) throws Exception {
        String envelope = "<soap:Envelope xmlns:soap='http://schemas.xmlsoap.org/soap/envelope/'><soap:Header>"
                + "<wsse:Security xmlns:wsse='" + WSSE + "' soap:mustUnderstand='1'><wsse:UsernameToken><wsse:Username>"
                + user + "</wsse:Username><wsse:Password Type='" + type + "'>" + password + "</wsse:Password>"
                + "</wsse:UsernameToken></wsse:Security></soap:Header><soap:Body><i:getCase xmlns:i='" + INTAKE + "'>"
                + "<caseId>" + UUID.randomUUID() + "</caseId></i:getCase></soap:Body></soap:Envelope>";
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl() + "/soap/intake"))
                .header("Content-Type", "text/xml; charset=UTF-8").header("SOAPAction", "\"\"")
                .timeout(Duration.ofSeconds(30)).POST(HttpRequest.BodyPublishers.ofString(envelope)).build();
        return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    @Test
    public void a_passwordsAreStoredHashed() throws Exception {
        waitForReady();
        Dictionary<String, Object> jaas = service(ConfigurationAdmin.class).getConfiguration("org.apache.karaf.jaas", null)
                .getProperties();
        assertEquals("true", String.valueOf(jaas.get("encryption.enabled")));
        assertEquals("bcrypt", String.valueOf(jaas.get("encryption.algorithm")));
        assertEquals(200, login("clerk", "clerk").statusCode());
        for (String line : Files.readAllLines(Path.of(System.getProperty("karaf.etc"), "users.properties"))) {
            if (line.isBlank() || line.startsWith("#") || line.startsWith("_g_")) {
                continue;
            }
            String password = line.substring(line.indexOf('=') + 1).split(",")[0].trim();
            assertTrue("a hashed password: " + line.substring(0, line.indexOf('=')), password.startsWith("{CRYPT}")
                    && password.endsWith("{CRYPT}") && password.length() > 40);
        }
    }

    @Test
    public void b_soapClientsMayLogInWithAUsernameToken() throws Exception {
        waitForReady();
        HttpResponse<String> known = withToken("clerk", "clerk", TEXT);
        assertTrue(known.body(), known.body().contains("<code>CASE_NOT_FOUND</code>"));
        HttpResponse<String> wrong = withToken("clerk2", "wrong", TEXT);
        assertTrue(wrong.body(), wrong.body().contains("<code>UNAUTHENTICATED</code>"));
        assertTrue("a digest cannot be checked against a salted hash: refused",
                withToken("clerk", "c2VjcmV0", DIGEST).body().contains("<code>UNAUTHENTICATED</code>"));
        assertEquals("the wrong try above was clerk2's; it is cleared by logging in", 200,
                login("clerk2", "clerk2").statusCode());
    }

    @Test
    public void c_repeatedWrongPasswordsSlowThatUserDown() throws Exception {
        waitForReady();
        for (int i = 0; i < 6; i++) {
            HttpResponse<String> r = login("handler", "guess" + i);
            assertEquals(r.body(), 401, r.statusCode());
            assertEquals("UNAUTHENTICATED", code(r));
        }
        HttpResponse<String> locked = login("handler", "handler");
        assertEquals("even the right password waits: " + locked.body(), 429, locked.statusCode());
        assertEquals("TOO_MANY_REQUESTS", code(locked));
        assertTrue(locked.headers().firstValue("Retry-After").isPresent());
        assertTrue("over SOAP too", withToken("handler", "handler", TEXT).body().contains("<code>TOO_MANY_REQUESTS</code>"));
        assertEquals("other users are not slowed", 200, login("leader", "leader").statusCode());
        String audit = Files.readString(Path.of(System.getProperty("karaf.data"), "log", "security.log"));
        assertTrue("the failed logins are in the security log", audit.contains("handler"));
        waitFor("the back-off to lapse", () -> {
            try {
                return login("handler", "handler").statusCode() == 200;
            } catch (Exception e) {
                return false;
            }
        });
    }

    @Test
    public void d_guessingQueryCodesIsSlowedDown() throws Exception {
        waitForReady();
        HttpResponse<String> r = post("/api/v1/cases", "clerk", "application/json", "{\"township\":\"341122101\","
                + "\"petitionForm\":\"VISIT\",\"category\":\"LABOUR_WAGES\",\"petitioners\":[{\"name\":\"查询人\",\"phone\":\""
                + uniquePhone() + "\"}],\"content\":\"欠薪\"}");
        String queryCode = JSON.readTree(r.body()).get("queryCode").asText();
        assertEquals(200, get("/api/v1/progress/" + queryCode, null).statusCode());
        int misses = 0;
        HttpResponse<String> guess;
        do {
            guess = get("/api/v1/progress/ABCD-EFGH-JKLM-" + String.format("%04d", misses), null);
            misses++;
        } while (guess.statusCode() == 404 && misses < 50);
        assertEquals("guessing is stopped after a few misses: " + guess.body(), 429, guess.statusCode());
        assertTrue("after " + misses + " guesses", misses <= 10);
        assertEquals("TOO_MANY_REQUESTS", code(guess));
        assertTrue("the same for a real code from this address",
                get("/api/v1/progress/" + queryCode, null).statusCode() == 429);
        assertTrue("and over SOAP", soapPost("/soap/progress", null, "<p:getProgress xmlns:p='http://tiaojie.org/"
                + "soap/progress/v1'><queryCode>" + queryCode + "</queryCode></p:getProgress>").body()
                .contains("<code>TOO_MANY_REQUESTS</code>"));
        assertEquals("staff are not affected", 200, get("/api/v1/cases?size=1", "clerk").statusCode());
        waitFor("the look-ups to refill", () -> status("/api/v1/progress/" + queryCode, null) == 200);
    }

    @Test
    public void e_theConsolesListenOnLocalhostOnly() throws Exception {
        ConfigurationAdmin admin = service(ConfigurationAdmin.class);
        assertEquals("127.0.0.1", String.valueOf(admin.getConfiguration("org.apache.karaf.shell", null).getProperties()
                .get("sshHost")));
        Dictionary<String, Object> jmx = admin.getConfiguration("org.apache.karaf.management", null).getProperties();
        assertEquals("127.0.0.1", String.valueOf(jmx.get("rmiRegistryHost")));
        assertEquals("127.0.0.1", String.valueOf(jmx.get("rmiServerHost")));
        int sshPort = Integer.parseInt(String.valueOf(admin.getConfiguration("org.apache.karaf.shell", null)
                .getProperties().get("sshPort")));
        waitFor("the SSH console on localhost", () -> reachable(InetAddress.getLoopbackAddress(), sshPort));
        // From any other address of this machine, nothing answers.
        for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
            for (InetAddress address : Collections.list(nic.getInetAddresses())) {
                if (address instanceof Inet4Address && !address.isLoopbackAddress()) {
                    assertFalse("SSH answers on " + address, reachable(address, sshPort));
                }
            }
        }
    }

    private static boolean reachable(InetAddress address, int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(address, port), 2000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    @Test
    public void f_manyWrongLoginsFromOneAddressSlowNewLoginsFromItButNotTheUsersAlreadyIn() throws Exception {
        waitForReady();
        assertEquals(200, login("clerk", "clerk").statusCode());
        // Twenty failures from an address are free (the earlier tests' count too); then it waits.
        int tries = 0;
        HttpResponse<String> wrong;
        do {
            wrong = login("nobody" + tries++, "guess");
        } while (wrong.statusCode() == 401 && tries < 30);
        assertEquals("the address is slowed after its free failures: " + wrong.body(), 429, wrong.statusCode());
        HttpResponse<String> fresh = login("court", "court");
        assertEquals("a new login from the address waits: " + fresh.body(), 429, fresh.statusCode());
        assertEquals("a clerk who logged in minutes ago keeps working", 200, login("clerk", "clerk").statusCode());
        waitFor("the address back-off to lapse", () -> {
            try {
                return login("court", "court").statusCode() == 200;
            } catch (Exception e) {
                return false;
            }
        });
    }
}
