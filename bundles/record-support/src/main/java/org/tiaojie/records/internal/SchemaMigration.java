package org.tiaojie.records.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.sql.DataSource;

import liquibase.Scope;
import liquibase.UpdateSummaryOutputEnum;
import liquibase.command.CommandScope;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.ClassLoaderResourceAccessor;
import liquibase.ui.LoggerUIService;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings the tables a bundle owns to the version its code expects, with the bundle's own Liquibase changelog, before
 * the bundle reads or writes them. Blueprint calls {@link #migrate()} as the bean's init method; the beans that use
 * the tables depend on it, so nothing is served from a schema that is behind.
 *
 * <p>The changelog is read through the class loader of the bundle that embeds this class, so each bundle sees only
 * its own. Every node of a cluster runs the same changelogs at start; Liquibase's lock table lets one of them apply
 * a change while the others wait, and its history table makes a second run a no-op. A database that is not reachable
 * yet is retried for {@code patience}; a changelog that fails is not retried, and the bundle does not start.
 */
public final class SchemaMigration {
    private static final Logger LOG = LoggerFactory.getLogger(SchemaMigration.class);

    private final DataSource dataSource;
    private final String changelog;
    private final Duration patience;

    /**
     * @param dataSource the platform's DataSource
     * @param changelog  the changelog's path inside the bundle, e.g. {@code db/case-core.changelog.xml}
     * @param patienceSeconds how long to wait for a database that does not answer yet
     */
    public SchemaMigration(DataSource dataSource, String changelog, long patienceSeconds) {
        this.dataSource = dataSource;
        this.changelog = changelog;
        this.patience = Duration.ofSeconds(patienceSeconds);
    }

    /** Applies every change of the changelog the database does not have yet. */
    public void migrate() throws Exception {
        long deadline = System.nanoTime() + patience.toNanos();
        long wait = 500;
        int failures = 0;
        while (true) {
            Connection connection;
            try {
                connection = dataSource.getConnection();
            } catch (SQLException e) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("the database did not answer within " + patience.toSeconds()
                            + " s; the tables of " + changelog + " were not checked", e);
                }
                // The SQL state says why (a refused connection, a bad password) without quoting anything stored.
                LOG.warn("Waiting for the database to migrate {} (SQL state {})", changelog, e.getSQLState());
                Thread.sleep(wait);
                wait = Math.min(wait * 2, 10_000);
                continue;
            }
            // One migration at a time in this JVM. Liquibase's lock table keeps nodes apart, but inside one JVM its
            // lock service is shared by every run against the same database, so two bundles starting at once would
            // each think they hold the lock. Every bundle embeds its own copy of this class: the monitor is a class
            // of the one Liquibase bundle they all share.
            synchronized (Scope.class) {
                try (connection) {
                    migrate(connection);
                    return;
                } catch (Exception e) {
                    // Nodes starting on a new database at the same moment can race to create Liquibase's own
                    // tables; the loser's next attempt finds them. A changelog that is wrong fails every time.
                    if (++failures >= 3 || System.nanoTime() > deadline) {
                        throw e;
                    }
                    LOG.warn("Migrating {} failed ({}); trying again", changelog, e.getClass().getSimpleName());
                }
            }
            Thread.sleep(wait);
            wait = Math.min(wait * 2, 10_000);
        }
    }

    private void migrate(Connection connection) throws Exception {
        boolean autoCommit = connection.getAutoCommit();
        try {
            apply(connection);
        } finally {
            // Liquibase commits what it changes; what it only read is ended here, and the pooled connection goes
            // back as it came.
            if (!connection.getAutoCommit()) {
                connection.commit();
            }
            connection.setAutoCommit(autoCommit);
        }
    }

    private void apply(Connection connection) throws Exception {
        long started = System.nanoTime();
        Database database = DatabaseFactory.getInstance()
                .findCorrectDatabaseImplementation(new JdbcConnection(connection));
        Map<String, Object> scope = new LinkedHashMap<>();
        scope.put(Scope.Attr.resourceAccessor.name(), new ClassLoaderResourceAccessor(SchemaMigration.class.getClassLoader()));
        // Liquibase's messages go to the log, not to Karaf's console; nothing is reported to anyone over the network.
        scope.put(Scope.Attr.ui.name(), new LoggerUIService());
        scope.put("liquibase.analytics.enabled", Boolean.FALSE);
        scope.put("liquibase.showBanner", Boolean.FALSE);
        // Another node migrating is waited for as long as a database that does not answer (not Liquibase's 5 min).
        scope.put("liquibase.changelogLockWaitTimeInMinutes", Math.max(1L, patience.toMinutes()));
        Scope.child(scope, () -> new CommandScope("update")
                .addArgumentValue("database", database)
                .addArgumentValue("changelogFile", changelog)
                // The summary of what ran goes to the log, like everything else, not to the process's stdout.
                .addArgumentValue("showSummaryOutput", UpdateSummaryOutputEnum.LOG)
                .execute());
        LOG.info("Schema of {} is current ({} ms)", changelog, (System.nanoTime() - started) / 1_000_000);
    }
}
