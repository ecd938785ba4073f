package org.tiaojie.records.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;

import javax.persistence.EntityManagerFactory;
import javax.persistence.Persistence;

import org.apache.derby.jdbc.EmbeddedDataSource;

/**
 * Holds a bundle's changelog to its JPA mappings, outside OSGi, on an in-memory Derby database: the changelog runs
 * through {@link SchemaMigration} as the bundle runs it, then OpenJPA opens the bundle's persistence unit and
 * validates every mapped table and column against what the changelog made. Optionally the database starts as the
 * release before migrations left it ({@link #RELEASE_SCHEMA}), which checks the upgrade path too.
 */
public final class SchemaCheck {
    /** The schema OpenJPA's buildSchema made in the release before migrations (every bundle's tables, on Derby). */
    public static final String RELEASE_SCHEMA = "release-schema-derby.sql";
    private static final AtomicInteger DATABASES = new AtomicInteger();

    static {
        // Derby's own log goes under target/, not into the module's directory.
        System.setProperty("derby.stream.error.file", "target/derby.log");
    }

    private final EmbeddedDataSource dataSource = new EmbeddedDataSource();

    public SchemaCheck() {
        dataSource.setDatabaseName("memory:schemacheck" + DATABASES.incrementAndGet());
        dataSource.setCreateDatabase("create");
    }

    /**
     * On a new database the changelog makes what the unit maps, with the given indexes on the table, and a second run
     * changes nothing.
     */
    public static SchemaCheck assertNewDatabase(String changelog, String unit, String table, String... indexes)
            throws Exception {
        return new SchemaCheck().migrate(changelog).validate(unit).assertIndexes(table, indexes).assertIdempotent(changelog);
    }

    /** The same from the release's schema: the baseline is recognised and the later change sets bring it up to date. */
    public static SchemaCheck assertReleaseUpgraded(String changelog, String unit, String table, String... indexes)
            throws Exception {
        return new SchemaCheck().fromRelease().migrate(changelog).validate(unit).assertIndexes(table, indexes)
                .assertIdempotent(changelog);
    }

    /** The table has (at least) these indexes. */
    public SchemaCheck assertIndexes(String table, String... names) throws SQLException {
        TreeSet<String> present = indexes(table);
        for (String name : names) {
            org.junit.jupiter.api.Assertions.assertTrue(present.contains(name), table + " lacks " + name + ": " + present);
        }
        return this;
    }

    /** Starts the database as the release left it. */
    public SchemaCheck fromRelease() throws IOException, SQLException {
        try (InputStream in = SchemaCheck.class.getResourceAsStream(RELEASE_SCHEMA);
             Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            for (String ddl : new String(in.readAllBytes(), StandardCharsets.UTF_8).split(";\\s*\n")) {
                if (!ddl.isBlank()) {
                    s.execute(ddl.trim());
                }
            }
        }
        return this;
    }

    /** The database, for what a store does in plain SQL on its own connection (a new number series, say). */
    public javax.sql.DataSource dataSource() {
        return dataSource;
    }

    /** Runs a changelog the way the bundle does. */
    public SchemaCheck migrate(String changelog) throws Exception {
        // On a test's flat class path the property files every bundle embeds are there once per bundle jar; in
        // OSGi each bundle sees only its own copy.
        System.setProperty("liquibase.duplicateFileMode", "WARN");
        new SchemaMigration(dataSource, changelog, 5).migrate();
        return this;
    }

    /** Opens the persistence unit with OpenJPA validating its mappings against the tables (throws if one is missing). */
    public SchemaCheck validate(String unit) {
        EntityManagerFactory emf = open(unit);
        try {
            emf.createEntityManager().close();
        } finally {
            emf.close();
        }
        return this;
    }

    /**
     * The persistence unit on this database, for reading through the bundle's own mappings and queries (a store's
     * lists, say); the caller closes it. There are no transactions: write with {@link #execute(String)}.
     */
    public EntityManagerFactory open(String unit) {
        Map<String, Object> properties = new HashMap<>();
        properties.put("javax.persistence.transactionType", "RESOURCE_LOCAL");
        properties.put("openjpa.ConnectionFactory", dataSource);
        properties.put("openjpa.ConnectionFactoryName", "");
        properties.put("openjpa.ManagedRuntime", NoTransactions.class.getName());
        properties.put("openjpa.jdbc.SynchronizeMappings", "validate");
        properties.put("openjpa.jdbc.SchemaFactory", "native(ForeignKeys=true)");
        properties.put("openjpa.InitializeEagerly", "true");
        properties.put("openjpa.Log", "slf4j");
        return Persistence.createEntityManagerFactory(unit, properties);
    }

    /** The indexes of a table, by name. */
    public TreeSet<String> indexes(String table) throws SQLException {
        TreeSet<String> names = new TreeSet<>();
        try (Connection c = dataSource.getConnection();
             ResultSet rs = c.getMetaData().getIndexInfo(null, null, table, false, false)) {
            while (rs.next()) {
                if (rs.getString("INDEX_NAME") != null) {
                    names.add(rs.getString("INDEX_NAME"));
                }
            }
        }
        return names;
    }

    /** The type of a column as the database reports it. */
    public String columnType(String table, String column) throws SQLException {
        try (Connection c = dataSource.getConnection();
             ResultSet rs = c.getMetaData().getColumns(null, null, table, column)) {
            return rs.next() ? rs.getString("TYPE_NAME") : null;
        }
    }

    /** Runs a query that counts something. */
    public long count(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Runs a statement. */
    public SchemaCheck execute(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
        return this;
    }

    /** A second run applies nothing. */
    public SchemaCheck assertIdempotent(String changelog) throws Exception {
        long before = count("SELECT COUNT(*) FROM DATABASECHANGELOG");
        migrate(changelog);
        assertEquals(before, count("SELECT COUNT(*) FROM DATABASECHANGELOG"), "a second run of " + changelog);
        return this;
    }
}
