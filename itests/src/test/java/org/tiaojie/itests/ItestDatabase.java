package org.tiaojie.itests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The database an itest container runs on, chosen by the system property {@code tiaojie.itest.db}:
 * {@code derby} keeps the distribution's embedded default; {@code postgresql} creates a throwaway
 * database on the server named by {@code tiaojie.itest.postgres.url} and drops it when the test JVM ends.
 * Runs in the test driver JVM, never inside the container.
 */
final class ItestDatabase {
    static final String PROPERTY = "tiaojie.itest.db";
    static final String POSTGRESQL = "postgresql";

    private ItestDatabase() {
    }

    static String kind() {
        String kind = System.getProperty(PROPERTY, "derby").trim();
        return kind.isEmpty() ? "derby" : kind;
    }

    /** Creates a fresh PostgreSQL database and returns a datasource configuration file for it. */
    static Path createPostgresDataSourceConfig() {
        return postgresDataSourceConfig(createPostgresDatabase());
    }

    /**
     * Creates a fresh PostgreSQL database, runs a plain SQL script in it (a dump of an earlier release's database)
     * and returns a datasource configuration file for it.
     */
    static Path createPostgresDataSourceConfig(String scriptResource) {
        String url = createPostgresDatabase();
        String user = System.getProperty("tiaojie.itest.postgres.user", "postgres");
        try (java.io.InputStream in = ItestDatabase.class.getResourceAsStream(scriptResource)) {
            execute(url, user, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + scriptResource, e);
        }
        return postgresDataSourceConfig(url);
    }

    /**
     * A datasource configuration file for a PostgreSQL database that does not exist yet: the container starts
     * against a database that "comes up late", when the test creates it. The name is recorded and dropped with the
     * others.
     */
    static Path latePostgresDataSourceConfig(String name) {
        String serverUrl = System.getProperty("tiaojie.itest.postgres.url", "jdbc:postgresql://127.0.0.1:5432/test");
        record(name);
        CREATED.add(name);
        Runtime.getRuntime().addShutdownHook(new Thread(ItestDatabase::dropAll, "drop itest databases"));
        return postgresDataSourceConfig(serverUrl.substring(0, serverUrl.lastIndexOf('/') + 1) + name);
    }

    /** A datasource configuration file for an embedded Derby database in the given directory. */
    static Path derbyDataSourceConfig(Path database) {
        return write(String.join("\n",
                "osgi.jdbc.driver.name = derby",
                "databaseName = " + database.toAbsolutePath(),
                "createDatabase = create",
                "dataSourceName = tiaojie",
                "osgi.jndi.service.name = tiaojie-pool",
                "xa = true",
                "pool = dbcp2",
                "pool.maxTotal = 16",
                "pool.maxWaitMillis = 30000",
                ""));
    }

    /** Creates a database on the server and returns its URL. */
    private static String createPostgresDatabase() {
        String serverUrl = System.getProperty("tiaojie.itest.postgres.url", "jdbc:postgresql://127.0.0.1:5432/test");
        String user = System.getProperty("tiaojie.itest.postgres.user", "postgres");
        String name = "tiaojie_it_" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMddHHmmss"))
                + "_" + Integer.toString(ThreadLocalRandom.current().nextInt(1 << 20), 36);
        record(name);
        execute(serverUrl, user, "CREATE DATABASE " + name + " ENCODING 'UTF8' TEMPLATE template0");
        CREATED.add(name);
        // Dropped by DropItestDatabases when the run ends (every container is stopped by then); the hook is the
        // fallback for a run that ends otherwise. Surefire may halt the JVM without running hooks, hence both.
        Runtime.getRuntime().addShutdownHook(new Thread(ItestDatabase::dropAll, "drop itest databases"));
        return serverUrl.substring(0, serverUrl.lastIndexOf('/') + 1) + name;
    }

    private static Path postgresDataSourceConfig(String databaseUrl) {
        String user = System.getProperty("tiaojie.itest.postgres.user", "postgres");
        return write(String.join("\n",
                "osgi.jdbc.driver.name = PostgreSQL JDBC Driver",
                // Bounded waits, so a stalled server or a held lock fails loudly instead of holding up the boot;
                // no statement of an itest legitimately runs for two minutes.
                "url = " + databaseUrl + "?connectTimeout=10&loginTimeout=20&socketTimeout=120&options=-c%20lock_timeout%3D60000",
                "user = " + user,
                "dataSourceName = tiaojie",
                "osgi.jndi.service.name = tiaojie-pool",
                "xa = true",
                "pool = dbcp2",
                "pool.maxTotal = 16",
                "pool.maxWaitMillis = 30000",
                ""));
    }

    private static Path write(String config) {
        try {
            Path file = Files.createTempFile("org.ops4j.datasource-tiaojie", ".cfg");
            Files.writeString(file, config, StandardCharsets.UTF_8);
            file.toFile().deleteOnExit();
            return file;
        } catch (IOException e) {
            throw new IllegalStateException("cannot write the datasource configuration", e);
        }
    }

    /** The databases this JVM created and has not dropped yet. */
    private static final java.util.Set<String> CREATED = java.util.concurrent.ConcurrentHashMap.newKeySet();

    /** Drops every database this JVM created; called once all containers have stopped. */
    static void dropAll() {
        String serverUrl = System.getProperty("tiaojie.itest.postgres.url", "jdbc:postgresql://127.0.0.1:5432/test");
        String user = System.getProperty("tiaojie.itest.postgres.user", "postgres");
        for (String name : java.util.List.copyOf(CREATED)) {
            try {
                // FORCE covers a pool that lingers after its container stopped.
                execute(serverUrl, user, "DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
                CREATED.remove(name);
            } catch (IllegalStateException e) {
                System.err.println("Could not drop " + name + ": " + e.getMessage());
            }
        }
    }

    /** Lists the name in target/itest-databases.txt, so CI can check afterwards that none was left behind. */
    private static void record(String name) {
        try {
            Path list = Path.of("target", "itest-databases.txt");
            Files.createDirectories(list.getParent());
            Files.writeString(list, name + "\n", StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.CREATE,
                    java.nio.file.StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new IllegalStateException("cannot record the itest database " + name, e);
        }
    }

    private static void execute(String url, String user, String sql) {
        try (Connection connection = DriverManager.getConnection(url, user, "");
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL at " + url + " refused: " + sql
                    + " (is the server running? see README, 'PostgreSQL instead of Derby')", e);
        }
    }
}
