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
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;

import org.tiaojie.cases.api.spi.Delivery;
import org.tiaojie.cases.api.supervision.Reminder;
import org.tiaojie.cases.api.supervision.ReminderStage;
import org.tiaojie.records.internal.Failures;

/**
 * Supervision's reminder ledger ({@code TJ_SV_REMINDER}, {@code TJ_SV_DELIVERY}) in plain JDBC, each statement
 * committed on its own: the insert of a reminder is its claim — the unique key on limit, due date, stage and lead
 * time lets exactly one run, on whichever node, insert it — and nothing else may wait on a transaction of the
 * caller's.
 */
public class ReminderStore {
    /** Stored, delivery under way or to be tried again. */
    static final String PENDING = "PENDING";
    /** Every live channel delivered it or had no one to deliver it to. */
    static final String SENT = "SENT";
    /** Still failing on some channel after the last attempt allowed. */
    static final String FAILED = "FAILED";

    /** The claim key of one reminder. */
    record Key(String source, String subjectId, String limit, LocalDate dueDate, ReminderStage stage, int lead) {
    }

    /** A reminder as stored, with what the list shows of it. */
    record Row(Reminder reminder, boolean restricted, int attempts) {
    }

    /**
     * Who may read which reminders: townships (null: all); whether the ordinary ones show (not to the discipline
     * body); whether the restricted ones show (or only those naming the reader).
     */
    record Readers(List<String> townships, boolean ordinary, boolean restricted, String userId) {
    }

    private static final String COLUMNS = "ID, SOURCE, SUBJECT_ID, LIMIT_CODE, DUE_DATE, STAGE, LEAD_DAYS, SUBJECT_NUMBER,"
            + " CASE_ID, CASE_NUMBER, LIMIT_LABEL, TOWNSHIP, UNIT, PERSON, RESTRICTED, NOTICE_TEXT, REMINDED_AT, REAL_AT,"
            + " STATUS, ATTEMPTS, CLAIMED_AT";
    private final DataSource dataSource;

    public ReminderStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** The keys already claimed among the reminders of these subjects of one source. */
    Set<Key> claimed(String source, Collection<String> subjectIds) {
        Set<Key> keys = new HashSet<>();
        if (subjectIds.isEmpty()) {
            return keys;
        }
        String marks = String.join(",", java.util.Collections.nCopies(subjectIds.size(), "?"));
        try (Connection c = connection(); PreparedStatement s = c.prepareStatement("SELECT SUBJECT_ID, LIMIT_CODE,"
                + " DUE_DATE, STAGE, LEAD_DAYS FROM TJ_SV_REMINDER WHERE SOURCE = ? AND SUBJECT_ID IN (" + marks + ")")) {
            s.setString(1, source);
            int i = 2;
            for (String id : subjectIds) {
                s.setString(i++, id);
            }
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    keys.add(new Key(source, r.getString(1), r.getString(2), r.getDate(3).toLocalDate(),
                            ReminderStage.valueOf(r.getString(4)), r.getInt(5)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the reminders already sent", e);
        }
        return keys;
    }

    /** Inserts the reminder as this run's claim; false when another run (or node) claimed it first. */
    boolean claim(Reminder m, boolean restricted, Instant realNow) {
        try (Connection c = connection(); PreparedStatement s = c.prepareStatement("INSERT INTO TJ_SV_REMINDER ("
                + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            s.setString(1, m.getId());
            s.setString(2, m.getSource());
            s.setString(3, m.getSubjectId());
            s.setString(4, m.getLimit());
            s.setDate(5, Date.valueOf(m.getDueDate()));
            s.setString(6, m.getStage().name());
            s.setInt(7, m.getLeadWorkingDays() == null ? 0 : m.getLeadWorkingDays());
            s.setString(8, m.getSubjectNumber());
            s.setString(9, m.getCaseId());
            s.setString(10, m.getCaseNumber());
            s.setString(11, m.getLimitLabel());
            s.setString(12, m.getTownship());
            s.setString(13, m.getUnit());
            s.setString(14, m.getPerson());
            s.setInt(15, restricted ? 1 : 0);
            s.setString(16, m.getText());
            s.setTimestamp(17, at(m.getRemindedAt()));
            s.setTimestamp(18, at(realNow));
            s.setString(19, PENDING);
            s.setInt(20, 1);
            s.setTimestamp(21, at(realNow));
            s.executeUpdate();
            return true;
        } catch (SQLException e) {
            if (Failures.isDuplicateKey(e)) {
                return false;
            }
            throw new IllegalStateException("cannot store the reminder " + m.getId(), e);
        }
    }

    /** One channel's answer to one attempt. */
    void delivery(String reminderId, int attempt, String channel, Delivery delivery, Instant realNow) {
        try (Connection c = connection(); PreparedStatement s = c.prepareStatement("INSERT INTO TJ_SV_DELIVERY"
                + " (REMINDER_ID, ATTEMPT, CHANNEL, OUTCOME, DETAIL, DELIVERED_AT) VALUES (?, ?, ?, ?, ?, ?)")) {
            s.setString(1, reminderId);
            s.setInt(2, attempt);
            s.setString(3, channel);
            s.setString(4, delivery.outcome().name());
            s.setString(5, clip(delivery.detail(), 300));
            s.setTimestamp(6, at(realNow));
            s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot record the delivery of " + reminderId, e);
        }
    }

    /** Sets the reminder's status after an attempt. */
    void status(String reminderId, String status) {
        update("UPDATE TJ_SV_REMINDER SET STATUS = ? WHERE ID = ?", status, reminderId);
    }

    /** Pending reminders whose last attempt started before {@code leaseEnded}: a failed channel, or a node stopped. */
    List<Row> stale(Instant leaseEnded, int limit) {
        List<Row> rows = new ArrayList<>();
        try (Connection c = connection(); PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS
                + " FROM TJ_SV_REMINDER WHERE STATUS = ? AND CLAIMED_AT < ? ORDER BY CLAIMED_AT")) {
            s.setMaxRows(limit);
            s.setString(1, PENDING);
            s.setTimestamp(2, at(leaseEnded));
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    rows.add(row(r));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the reminders to deliver again", e);
        }
        return rows;
    }

    /** Takes a stale reminder for one more attempt; false when another run took it first. */
    boolean reclaim(String reminderId, int attempts, Instant realNow) {
        try (Connection c = connection(); PreparedStatement s = c.prepareStatement("UPDATE TJ_SV_REMINDER"
                + " SET ATTEMPTS = ?, CLAIMED_AT = ? WHERE ID = ? AND ATTEMPTS = ? AND STATUS = ?")) {
            s.setInt(1, attempts + 1);
            s.setTimestamp(2, at(realNow));
            s.setString(3, reminderId);
            s.setInt(4, attempts);
            s.setString(5, PENDING);
            return s.executeUpdate() == 1;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot take the reminder " + reminderId + " again", e);
        }
    }

    /** The channels that are done with a reminder: delivered, or nobody to deliver to. */
    Set<String> settledChannels(String reminderId) {
        Set<String> done = new HashSet<>();
        try (Connection c = connection(); PreparedStatement s = c.prepareStatement("SELECT DISTINCT CHANNEL FROM"
                + " TJ_SV_DELIVERY WHERE REMINDER_ID = ? AND OUTCOME IN ('DELIVERED', 'NOT_APPLICABLE')")) {
            s.setString(1, reminderId);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    done.add(r.getString(1));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the deliveries of " + reminderId, e);
        }
        return done;
    }

    /** The reminders the readers may see, newest first, with their count. */
    record PageOf(long total, List<Reminder> items) {
    }

    PageOf list(Readers readers, String caseId, String township, ReminderStage stage, int offset, int size) {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        List<Object> args = new ArrayList<>();
        if (readers.townships() != null) {
            if (readers.townships().isEmpty()) {
                return new PageOf(0, List.of());
            }
            where.append(" AND TOWNSHIP IN (").append(String.join(",",
                    java.util.Collections.nCopies(readers.townships().size(), "?"))).append(")");
            args.addAll(readers.townships());
        }
        if (!readers.ordinary()) {
            where.append(" AND RESTRICTED = 1");
        }
        if (!readers.restricted()) {
            where.append(" AND (RESTRICTED = 0 OR PERSON = ?)");
            args.add(readers.userId());
        }
        if (caseId != null) {
            where.append(" AND CASE_ID = ?");
            args.add(caseId);
        }
        if (township != null) {
            where.append(" AND TOWNSHIP = ?");
            args.add(township);
        }
        if (stage != null) {
            where.append(" AND STAGE = ?");
            args.add(stage.name());
        }
        try (Connection c = connection()) {
            long total;
            try (PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM TJ_SV_REMINDER" + where)) {
                bind(s, args);
                try (ResultSet r = s.executeQuery()) {
                    r.next();
                    total = r.getLong(1);
                }
            }
            Map<String, Reminder> page = new LinkedHashMap<>();
            try (PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS + " FROM TJ_SV_REMINDER" + where
                    + " ORDER BY REMINDED_AT DESC, ID OFFSET " + offset + " ROWS FETCH NEXT " + size + " ROWS ONLY")) {
                bind(s, args);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        Reminder m = row(r).reminder();
                        page.put(m.getId(), m);
                    }
                }
            }
            if (!page.isEmpty()) {
                try (PreparedStatement s = c.prepareStatement("SELECT REMINDER_ID, CHANNEL, OUTCOME, DETAIL FROM"
                        + " TJ_SV_DELIVERY WHERE REMINDER_ID IN (" + String.join(",",
                        java.util.Collections.nCopies(page.size(), "?")) + ") ORDER BY REMINDER_ID, ATTEMPT, CHANNEL")) {
                    bind(s, new ArrayList<>(page.keySet()));
                    try (ResultSet r = s.executeQuery()) {
                        while (r.next()) {
                            String detail = r.getString(4);
                            page.get(r.getString(1)).getDeliveries().add(r.getString(2) + ": " + r.getString(3)
                                    + (detail == null || detail.isEmpty() ? "" : ": " + detail));
                        }
                    }
                }
            }
            return new PageOf(total, new ArrayList<>(page.values()));
        } catch (SQLException e) {
            throw new IllegalStateException("cannot list the reminders", e);
        }
    }

    private static Row row(ResultSet r) throws SQLException {
        Reminder m = new Reminder();
        m.setId(r.getString("ID"));
        m.setSource(r.getString("SOURCE"));
        m.setSubjectId(r.getString("SUBJECT_ID"));
        m.setLimit(r.getString("LIMIT_CODE"));
        m.setDueDate(r.getDate("DUE_DATE").toLocalDate());
        m.setStage(ReminderStage.valueOf(r.getString("STAGE")));
        m.setLeadWorkingDays(m.getStage() == ReminderStage.DUE_SOON ? r.getInt("LEAD_DAYS") : null);
        m.setSubjectNumber(r.getString("SUBJECT_NUMBER"));
        m.setCaseId(r.getString("CASE_ID"));
        m.setCaseNumber(r.getString("CASE_NUMBER"));
        m.setLimitLabel(r.getString("LIMIT_LABEL"));
        m.setTownship(r.getString("TOWNSHIP"));
        m.setUnit(r.getString("UNIT"));
        m.setPerson(r.getString("PERSON"));
        m.setText(r.getString("NOTICE_TEXT"));
        m.setRemindedAt(r.getTimestamp("REMINDED_AT").toInstant());
        return new Row(m, r.getInt("RESTRICTED") == 1, r.getInt("ATTEMPTS"));
    }

    private void update(String sql, String... args) {
        try (Connection c = connection(); PreparedStatement s = c.prepareStatement(sql)) {
            bind(s, List.of((Object[]) args));
            s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot update the reminders", e);
        }
    }

    private static void bind(PreparedStatement s, List<?> args) throws SQLException {
        for (int i = 0; i < args.size(); i++) {
            s.setObject(i + 1, args.get(i));
        }
    }

    private Connection connection() throws SQLException {
        Connection c = dataSource.getConnection();
        try {
            c.setAutoCommit(true);
        } catch (SQLException e) {
            c.close();
            throw e;
        }
        return c;
    }

    private static Timestamp at(Instant instant) {
        return new Timestamp(instant.toEpochMilli());
    }

    private static String clip(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
