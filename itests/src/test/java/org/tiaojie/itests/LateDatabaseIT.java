package org.tiaojie.itests;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ThreadLocalRandom;

import javax.sql.DataSource;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.karaf.options.KarafDistributionOption;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.Bundle;
import org.osgi.framework.ServiceReference;
import org.osgi.service.blueprint.container.BlueprintContainer;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

/**
 * A database that comes up after Karaf (PostgreSQL profile): the platform starts against a database that does not
 * exist yet, waits for it without giving up, says what it waits for, and comes up whole, plug-ins included, the
 * moment the database is there.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class LateDatabaseIT extends TiaojieTestSupport {
    private static final String NAME_PROPERTY = "tiaojie.itest.lateDatabase";
    /** The bundles that own tables: each must come up once the database does. */
    private static final List<String> WITH_TABLES = List.of("org.tiaojie.cases.core", "org.tiaojie.legalaid",
            "org.tiaojie.mediation.people", "org.tiaojie.mediation.centre");

    private static String databaseName;

    @Override
    protected Path dataSourceConfig() {
        databaseName = "tiaojie_it_late_" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMddHHmmss"))
                + "_" + Integer.toString(ThreadLocalRandom.current().nextInt(1 << 20), 36);
        return ItestDatabase.latePostgresDataSourceConfig(databaseName);
    }

    @Override
    @Configuration
    public Option[] config() {
        Option[] base = super.config();
        Option[] all = Arrays.copyOf(base, base.length + 1);
        all[base.length] = KarafDistributionOption.editConfigurationFilePut("etc/system.properties", NAME_PROPERTY,
                databaseName);
        return all;
    }

    @Test
    public void aDatabaseThatComesUpLateIsWaitedForAndEveryBundleWithTablesComesUpWithIt() throws Exception {
        // Plug-ins with tables of their own, installed while the database is away, wait with the core.
        for (String feature : List.of("tiaojie-legal-aid", "tiaojie-mediation-people", "tiaojie-mediation-centre")) {
            featuresService.installFeature(feature, java.util.EnumSet.noneOf(org.apache.karaf.features.FeaturesService.Option.class));
        }
        // The pool is there from the start; the platform's DataSource is not, and nothing that needs it pretends.
        waitFor("the connection pool", () -> !dataSources("(osgi.jndi.service.name=tiaojie-pool)").isEmpty());
        waitFor("the health endpoint", () -> {
            try {
                return status("/api/health", null) == 503;
            } catch (Exception e) {
                return false;
            }
        });
        assertTrue("no DataSource is published before the database answers",
                dataSources("(osgi.jndi.service.name=tiaojie)").isEmpty());
        for (String name : WITH_TABLES) {
            assertTrue(name + " waits for the database", blueprint(name) == null);
        }
        assertTrue("the wait is logged with what is awaited", poll(DEADLINE, () -> karafLog().contains(
                "Waiting for the database of pool") && karafLog().contains(System.getProperty(NAME_PROPERTY))));

        // The database comes up (here: is created) well after Karaf did.
        createDatabase(System.getProperty(NAME_PROPERTY));

        waitForReady();
        for (String name : WITH_TABLES) {
            waitFor(name + " up", () -> blueprint(name) != null);
        }
        assertEquals("a petition is registered on the late database", 201, post("/api/v1/cases", "clerk",
                "application/json", "{\"township\":\"341122101\",\"petitionForm\":\"VISIT\",\"category\":\"LAND_ACQUISITION\","
                        + "\"petitioners\":[{\"name\":\"张三\",\"phone\":\"" + uniquePhone() + "\"}],"
                        + "\"content\":\"征地补偿款未按协议发放\",\"departmentFields\":{\"landLocation\":\"河西村三组东侧\"}}")
                .statusCode());
        assertEquals("legal aid answers from its own tables", 200,
                get("/api/v1/legal-aid/applications", "legalaid").statusCode());
    }

    private Collection<ServiceReference<DataSource>> dataSources(String filter) {
        try {
            return bundleContext.getServiceReferences(DataSource.class, filter);
        } catch (org.osgi.framework.InvalidSyntaxException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** The bundle's Blueprint container once it is up, or null while it waits. */
    private BlueprintContainer blueprint(String symbolicName) {
        for (Bundle b : bundleContext.getBundles()) {
            if (symbolicName.equals(b.getSymbolicName())) {
                try {
                    Collection<ServiceReference<BlueprintContainer>> refs = bundleContext.getServiceReferences(
                            BlueprintContainer.class, "(osgi.blueprint.container.symbolicname=" + symbolicName + ")");
                    return refs.isEmpty() ? null : bundleContext.getService(refs.iterator().next());
                } catch (org.osgi.framework.InvalidSyntaxException e) {
                    throw new IllegalArgumentException(e);
                }
            }
        }
        throw new AssertionError("no bundle " + symbolicName);
    }

    private static String karafLog() {
        try {
            return java.nio.file.Files.readString(Path.of(System.getProperty("karaf.data"), "log", "karaf.log"));
        } catch (java.io.IOException e) {
            return "";
        }
    }

    /** Creates the database on the server the container's pool points at, with the driver the container has. */
    private static void createDatabase(String name) throws Exception {
        Properties credentials = new Properties();
        credentials.setProperty("user", "postgres");
        try (Connection c = new org.postgresql.Driver().connect("jdbc:postgresql://127.0.0.1:5432/postgres", credentials);
             Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name + " ENCODING 'UTF8' TEMPLATE template0");
        }
    }
}
