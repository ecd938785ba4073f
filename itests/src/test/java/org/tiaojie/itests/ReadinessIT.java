package org.tiaojie.itests;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.apache.karaf.features.FeaturesService;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.Bundle;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

/**
 * "Ready" means every department that configuration enables is live, and the configuration files the platform
 * writes are never read half-written, even when operators enable and disable departments at the same moment.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class ReadinessIT extends TiaojieTestSupport {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String LAND_INTAKE = "{\"township\":\"341122101\",\"petitionForm\":\"VISIT\","
            + "\"category\":\"LAND_ACQUISITION\",\"petitioners\":[{\"name\":\"张三\",\"phone\":\"%s\"}],"
            + "\"content\":\"征地补偿款未按协议发放\",\"departmentFields\":{\"landLocation\":\"河西村三组东侧\"}}";

    private Bundle bundle(String symbolicName) {
        for (Bundle b : bundleContext.getBundles()) {
            if (symbolicName.equals(b.getSymbolicName())) {
                return b;
            }
        }
        throw new AssertionError("no bundle " + symbolicName);
    }

    private JsonNode health() throws Exception {
        return JSON.readTree(get("/api/health", null).body());
    }

    @Test
    public void readyOnlyOnceEveryConfiguredDepartmentIsLive() throws Exception {
        waitForReady();
        waitForDepartment("land", "341122101");
        Bundle land = bundle("org.tiaojie.department.land");

        // As after a restart: the land office's bundle is there, its intake not yet. Not ready, and the body says why.
        land.stop();
        waitFor("readiness to go down", () -> status("/api/health", null) == 503);
        JsonNode down = health();
        assertEquals("DOWN", down.get("status").asText());
        assertEquals("STARTING", down.get("departments").get("land@341122101").asText());
        assertEquals("STARTING", down.get("components").get("departments").asText());

        land.start();
        waitForReady();
        assertEquals("the README's intake example works the moment the platform is ready", 201,
                post("/api/v1/cases", "clerk", "application/json", String.format(LAND_INTAKE, uniquePhone())).statusCode());

        // A configured department whose feature is not installed does not hold readiness back; it is named.
        featuresService.uninstallFeature("tiaojie-department-land", EnumSet.noneOf(FeaturesService.Option.class));
        waitFor("the land office gone", () -> {
            try {
                return health().path("departments").path("land@341122101").asText().equals("NOT_INSTALLED");
            } catch (Exception e) {
                return false;
            }
        });
        assertEquals(200, get("/api/health", null).statusCode());
        featuresService.installFeature("tiaojie-department-land", EnumSet.noneOf(FeaturesService.Option.class));
        waitForDepartment("land", "341122101");
        waitForReady();
    }

    @Test
    public void concurrentEnablesAndDisablesLeaveWholeFilesAndMatchingDepartments() throws Exception {
        waitForReady();
        for (String feature : List.of("tiaojie-department-water", "tiaojie-department-forestry")) {
            featuresService.installFeature(feature, EnumSet.noneOf(FeaturesService.Option.class));
        }
        waitFor("water and forestry installed", () -> departmentInstalled("water") && departmentInstalled("forestry"));
        String[] departments = {"water", "forestry"};
        String[] townships = {"341122101", "341122102"};
        List<String> failures = java.util.Collections.synchronizedList(new ArrayList<>());
        ExecutorService operators = Executors.newFixedThreadPool(5);
        List<Future<?>> work = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            work.add(operators.submit(() -> {
                for (int i = 0; i < 8; i++) {
                    String d = departments[ThreadLocalRandom.current().nextInt(2)];
                    String township = townships[ThreadLocalRandom.current().nextInt(2)];
                    boolean enable = ThreadLocalRandom.current().nextBoolean();
                    try {
                        HttpResponse<String> r = send(enable ? "PUT" : "DELETE", "/api/v1/townships/" + township
                                + "/departments/" + d, "operator", enable ? "{}" : null);
                        if (r.statusCode() != 200) {
                            failures.add(r.statusCode() + " " + r.body());
                        }
                    } catch (Exception e) {
                        failures.add(e.toString());
                    }
                }
            }));
        }
        // The demo's own file is rewritten the whole time.
        work.add(operators.submit(() -> {
            for (int i = 0; i < 8; i++) {
                try {
                    HttpResponse<String> r = send("PUT", "/api/v1/townships/341122101/departments/land", "operator",
                            "{\"handlingDays\":" + (50 + i) + "}");
                    if (r.statusCode() != 200 || !JSON.readTree(r.body()).get("enabled").asBoolean()) {
                        failures.add("land: " + r.statusCode() + " " + r.body());
                    }
                } catch (Exception e) {
                    failures.add(e.toString());
                }
            }
        }));
        for (Future<?> f : work) {
            f.get(5, TimeUnit.MINUTES);
        }
        operators.shutdown();
        assertEquals(failures.toString(), List.of(), failures);

        // Every file the platform wrote is whole, and the files, Config Admin and the live departments agree.
        Path etc = Path.of(System.getProperty("karaf.etc"));
        try (DirectoryStream<Path> partial = Files.newDirectoryStream(etc, ".*.writing")) {
            assertFalse("no temporary file left behind", partial.iterator().hasNext());
        }
        for (String d : departments) {
            for (String township : townships) {
                boolean file = enablingFile(etc, d, township);
                waitFor(d + "@" + township + " live exactly when a file enables it (" + file + ")",
                        () -> departmentLive(township, d) == file);
            }
        }
        ConfigurationAdmin configAdmin = service(ConfigurationAdmin.class);
        Configuration[] configs = configAdmin.listConfigurations("(service.factoryPid=org.tiaojie.department.*)");
        for (Configuration c : configs == null ? new Configuration[0] : configs) {
            assertTrue("no empty configuration: " + c.getProperties(), c.getProperties().get("township") != null);
        }
        waitFor("the land office live", () -> departmentLive("341122101", "land"));
        for (JsonNode d : JSON.readTree(get("/api/v1/townships/341122101/departments", "operator").body())) {
            if ("land".equals(d.get("department").asText())) {
                assertEquals("the last of the land office's limits", 57, d.get("handlingDays").asInt());
            }
        }

        // And from any such state, switching everything on and then off again works and leaves no file behind.
        for (String d : departments) {
            for (String township : townships) {
                assertEquals(200, send("PUT", "/api/v1/townships/" + township + "/departments/" + d, "operator", "{}")
                        .statusCode());
                waitFor(d + "@" + township + " live", () -> departmentLive(township, d));
                assertEquals(200, send("DELETE", "/api/v1/townships/" + township + "/departments/" + d, "operator", null)
                        .statusCode());
                assertFalse(enablingFile(etc, d, township));
            }
        }
    }

    /** Whether a whole file in etc/ enables the department in the township. */
    private static boolean enablingFile(Path etc, String department, String township) throws Exception {
        boolean found = false;
        try (DirectoryStream<Path> files = Files.newDirectoryStream(etc, "org.tiaojie.department." + department + "-*.cfg")) {
            for (Path file : files) {
                String text = Files.readString(file, StandardCharsets.UTF_8);
                assertTrue("a whole file: " + file + ": " + text, text.contains("township = ") && text.contains("handlingDays"));
                found |= text.contains("township = " + township);
            }
        }
        return found;
    }

    private boolean departmentInstalled(String department) {
        try {
            for (JsonNode d : JSON.readTree(get("/api/v1/townships/341122101/departments", "operator").body())) {
                if (department.equals(d.get("department").asText())) {
                    return d.get("installed").asBoolean();
                }
            }
        } catch (Exception e) {
            return false;
        }
        return false;
    }
}
