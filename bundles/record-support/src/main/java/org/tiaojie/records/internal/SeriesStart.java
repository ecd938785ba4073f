package org.tiaojie.records.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import javax.sql.DataSource;
import javax.transaction.Transaction;
import javax.transaction.TransactionManager;

/**
 * Starts a numbering series (a township's cases in a new year, a channel's files in a new year): inserts its
 * counter row in a transaction of its own, committed at once, with the caller's transaction suspended meanwhile, so
 * that the caller — and any other registration at the same moment — then takes its number under the row's lock
 * ({@link Numbering}). A row that another node or thread inserted first is fine. Plain JDBC on the platform's
 * DataSource: the caller's entity manager stays with the caller's transaction.
 */
public class SeriesStart {
    private final TransactionManager transactions;
    private final DataSource dataSource;
    private final String table;
    private final String keyColumn;
    private final String insert;
    /** The series this JVM has seen started: after the first time, ensuring one costs nothing. */
    private final Set<Object> started = ConcurrentHashMap.newKeySet();

    /**
     * @param table     the counter table, e.g. {@code TJ_CASE_COUNTER}
     * @param keyColumn its key column, e.g. {@code ID} or {@code YEAR_VALUE}
     */
    public SeriesStart(TransactionManager transactions, DataSource dataSource, String table, String keyColumn) {
        this.transactions = transactions;
        this.dataSource = dataSource;
        this.table = table;
        this.keyColumn = keyColumn;
        this.insert = "INSERT INTO " + table + " (" + keyColumn + ", NEXT_VALUE) VALUES (?, 1)";
    }

    /** The counter table. */
    public String table() {
        return table;
    }

    /** Its key column. */
    public String keyColumn() {
        return keyColumn;
    }

    /**
     * Makes sure the series exists before the caller's transaction takes a connection of its own: called first, so
     * that a burst of registrations opening a new series never holds one pooled connection each while waiting for
     * a second one. After the first time in this JVM, nothing is done.
     */
    public void ensure(Object key) {
        if (!started.contains(key)) {
            start(key);
        }
    }

    /** Inserts the series' counter row unless it is there already. */
    public void start(Object key) {
        Transaction suspended;
        try {
            suspended = transactions.suspend();
        } catch (Exception e) {
            throw new IllegalStateException("cannot suspend the caller's transaction to start a numbering series", e);
        }
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(insert)) {
            connection.setAutoCommit(true);
            statement.setObject(1, key);
            statement.executeUpdate();
            started.add(key);
        } catch (SQLException e) {
            if (!Failures.isDuplicateKey(e)) {
                throw new IllegalStateException("cannot start the numbering series " + key, e);
            }
            started.add(key);
        } finally {
            if (suspended != null) {
                try {
                    transactions.resume(suspended);
                } catch (Exception e) {
                    throw new IllegalStateException("cannot resume the caller's transaction", e);
                }
            }
        }
    }
}
