package org.tiaojie.supervision.internal;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Plain JDBC for supervision's own tables: each call on a connection of its own, committed at once, unless it runs
 * inside {@link #inTransaction}. Instants are {@code TIMESTAMP}s, dates {@code DATE}s; the filters of a list are
 * built as a WHERE clause with its arguments, never by pasting values into SQL.
 */
final class Sql {
    interface Row<T> {
        T map(ResultSet r) throws SQLException;
    }

    interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    /** A WHERE clause in the making. */
    static final class Where {
        private final StringBuilder sql = new StringBuilder(" WHERE 1 = 1");
        private final List<Object> args = new ArrayList<>();

        Where is(String column, Object value) {
            if (value != null) {
                sql.append(" AND ").append(column).append(" = ?");
                args.add(value);
            }
            return this;
        }

        /** {@code column IN (values)}; null: no condition; empty: nothing matches. */
        Where in(String column, List<String> values) {
            if (values != null) {
                if (values.isEmpty()) {
                    sql.append(" AND 1 = 0");
                } else {
                    sql.append(" AND ").append(column).append(" IN (")
                            .append(String.join(",", Collections.nCopies(values.size(), "?"))).append(")");
                    args.addAll(values);
                }
            }
            return this;
        }

        Where raw(String condition, Object... values) {
            sql.append(" AND ").append(condition);
            args.addAll(Arrays.asList(values));
            return this;
        }
    }

    /** One page and the count of everything the filter matches. */
    record PageOf<T>(long total, List<T> items) {
    }

    private final DataSource dataSource;

    Sql(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    int update(String sql, Object... args) {
        return call(c -> update(c, sql, args));
    }

    static int update(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            bind(s, Arrays.asList(args));
            return s.executeUpdate();
        }
    }

    <T> Optional<T> one(String sql, Row<T> row, Object... args) {
        return call(c -> one(c, sql, row, args));
    }

    static <T> Optional<T> one(Connection c, String sql, Row<T> row, Object... args) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            bind(s, Arrays.asList(args));
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? Optional.of(row.map(r)) : Optional.empty();
            }
        }
    }

    <T> List<T> list(String sql, Row<T> row, int max, Object... args) {
        return call(c -> {
            try (PreparedStatement s = c.prepareStatement(sql)) {
                s.setMaxRows(max);
                bind(s, Arrays.asList(args));
                List<T> found = new ArrayList<>();
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        found.add(row.map(r));
                    }
                }
                return found;
            }
        });
    }

    /** A page of {@code table}, newest first by {@code order}, with its count. */
    <T> PageOf<T> page(String columns, String table, Where where, String order, int offset, int size, Row<T> row) {
        return call(c -> {
            long total;
            try (PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM " + table + where.sql)) {
                bind(s, where.args);
                try (ResultSet r = s.executeQuery()) {
                    r.next();
                    total = r.getLong(1);
                }
            }
            List<T> items = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("SELECT " + columns + " FROM " + table + where.sql
                    + " ORDER BY " + order + " OFFSET " + offset + " ROWS FETCH NEXT " + size + " ROWS ONLY")) {
                bind(s, where.args);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        items.add(row.map(r));
                    }
                }
            }
            return new PageOf<>(total, items);
        });
    }

    /** How many rows of {@code table} the filter matches. */
    long count(String table, Where where) {
        return call(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM " + table + where.sql)) {
                bind(s, where.args);
                try (ResultSet r = s.executeQuery()) {
                    r.next();
                    return r.getLong(1);
                }
            }
        });
    }

    /** {@code SELECT columns FROM table WHERE … tail}, e.g. with a GROUP BY as the tail. */
    <T> List<T> select(String columns, String table, Where where, String tail, Row<T> row) {
        return call(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT " + columns + " FROM " + table + where.sql + " " + tail)) {
                bind(s, where.args);
                List<T> found = new ArrayList<>();
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        found.add(row.map(r));
                    }
                }
                return found;
            }
        });
    }

    /** Runs the work in one transaction, committed when it returns and rolled back when it throws. */
    <T> T inTransaction(Work<T> work) {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                T result = work.run(c);
                c.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("supervision's tables could not be written", e);
        }
    }

    <T> T call(Work<T> work) {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(true);
            return work.run(c);
        } catch (SQLException e) {
            throw new IllegalStateException("supervision's tables could not be read or written", e);
        }
    }

    private static void bind(PreparedStatement s, List<?> args) throws SQLException {
        java.sql.ParameterMetaData types = null;
        for (int i = 0; i < args.size(); i++) {
            Object a = args.get(i);
            if (a instanceof Instant instant) {
                s.setTimestamp(i + 1, new Timestamp(instant.toEpochMilli()));
            } else if (a instanceof LocalDate date) {
                s.setDate(i + 1, Date.valueOf(date));
            } else if (a instanceof Enum<?> e) {
                s.setString(i + 1, e.name());
            } else if (a instanceof Boolean b) {
                s.setInt(i + 1, b ? 1 : 0);
            } else if (a == null) {
                // The column's own type: PostgreSQL refuses a null typed VARCHAR for a DATE column. The statement's
                // parameter types are read once, and only when a null is bound (on PostgreSQL it is a round trip).
                if (types == null) {
                    types = s.getParameterMetaData();
                }
                s.setNull(i + 1, nullType(types, i + 1));
            } else {
                s.setObject(i + 1, a);
            }
        }
    }

    private static int nullType(java.sql.ParameterMetaData types, int index) {
        try {
            return types.getParameterType(index);
        } catch (SQLException unknown) {
            return java.sql.Types.VARCHAR;
        }
    }

    static Instant instant(ResultSet r, String column) throws SQLException {
        Timestamp t = r.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    static LocalDate date(ResultSet r, String column) throws SQLException {
        Date d = r.getDate(column);
        return d == null ? null : d.toLocalDate();
    }
}
