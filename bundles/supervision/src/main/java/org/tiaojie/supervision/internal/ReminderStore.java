package org.tiaojie.supervision.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
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
    private final Sql sql;

    public ReminderStore(DataSource dataSource) {
        this.sql = new Sql(dataSource);
    }

    /** The keys already claimed among the reminders of these subjects of one source. */
    Set<Key> claimed(String source, Collection<String> subjectIds) {
        if (subjectIds.isEmpty()) {
            return new HashSet<>();
        }
        Sql.Where where = new Sql.Where().is("SOURCE", source).in("SUBJECT_ID", List.copyOf(subjectIds));
        return new HashSet<>(sql.select("SUBJECT_ID, LIMIT_CODE, DUE_DATE, STAGE, LEAD_DAYS", "TJ_SV_REMINDER", where, "",
                r -> new Key(source, r.getString(1), r.getString(2), Sql.date(r, "DUE_DATE"),
                        ReminderStage.valueOf(r.getString(4)), r.getInt(5))));
    }

    /** Inserts the reminder as this run's claim; false when another run (or node) claimed it first. */
    boolean claim(Reminder m, boolean restricted, Instant realNow) {
        try {
            sql.update("INSERT INTO TJ_SV_REMINDER (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
                            + " ?, ?, ?, ?, ?, ?)", m.getId(), m.getSource(), m.getSubjectId(), m.getLimit(), m.getDueDate(),
                    m.getStage(), m.getLeadWorkingDays() == null ? 0 : m.getLeadWorkingDays(), m.getSubjectNumber(),
                    m.getCaseId(), m.getCaseNumber(), m.getLimitLabel(), m.getTownship(), m.getUnit(), m.getPerson(),
                    restricted ? 1 : 0, m.getText(), m.getRemindedAt(), realNow, PENDING, 1, realNow);
            return true;
        } catch (IllegalStateException e) {
            if (e.getCause() instanceof SQLException s && Failures.isDuplicateKey(s)) {
                return false;
            }
            throw e;
        }
    }

    /** One channel's answer to one attempt. */
    void delivery(String reminderId, int attempt, String channel, Delivery delivery, Instant realNow) {
        sql.update("INSERT INTO TJ_SV_DELIVERY (REMINDER_ID, ATTEMPT, CHANNEL, OUTCOME, DETAIL, DELIVERED_AT)"
                + " VALUES (?, ?, ?, ?, ?, ?)", reminderId, attempt, channel, delivery.outcome(),
                clip(delivery.detail(), 300), realNow);
    }

    /** Sets the reminder's status after an attempt. */
    void status(String reminderId, String status) {
        sql.update("UPDATE TJ_SV_REMINDER SET STATUS = ? WHERE ID = ?", status, reminderId);
    }

    /** Pending reminders whose last attempt started before {@code leaseEnded}: a failed channel, or a node stopped. */
    List<Row> stale(Instant leaseEnded, int limit) {
        return sql.list("SELECT " + COLUMNS + " FROM TJ_SV_REMINDER WHERE STATUS = ? AND CLAIMED_AT < ? ORDER BY CLAIMED_AT",
                ReminderStore::row, limit, PENDING, leaseEnded);
    }

    /** Takes a stale reminder for one more attempt; false when another run took it first. */
    boolean reclaim(String reminderId, int attempts, Instant realNow) {
        return sql.update("UPDATE TJ_SV_REMINDER SET ATTEMPTS = ?, CLAIMED_AT = ? WHERE ID = ? AND ATTEMPTS = ?"
                + " AND STATUS = ?", attempts + 1, realNow, reminderId, attempts, PENDING) == 1;
    }

    /** The channels that are done with a reminder: delivered, or nobody to deliver to. */
    Set<String> settledChannels(String reminderId) {
        return new HashSet<>(sql.select("DISTINCT CHANNEL", "TJ_SV_DELIVERY", new Sql.Where().is("REMINDER_ID", reminderId)
                .raw("OUTCOME IN ('DELIVERED', 'NOT_APPLICABLE')"), "", r -> r.getString(1)));
    }

    /** The reminders the readers may see, newest first, with their count and each one's deliveries. */
    Sql.PageOf<Reminder> list(Readers readers, String caseId, String township, ReminderStage stage, int offset, int size) {
        Sql.Where where = new Sql.Where().in("TOWNSHIP", readers.townships());
        if (!readers.ordinary()) {
            where.raw("RESTRICTED = 1");
        }
        if (!readers.restricted()) {
            where.raw("(RESTRICTED = 0 OR PERSON = ?)", readers.userId());
        }
        where.is("CASE_ID", caseId).is("TOWNSHIP", township).is("STAGE", stage);
        Sql.PageOf<Row> rows = sql.page(COLUMNS, "TJ_SV_REMINDER", where, "REMINDED_AT DESC, ID", offset, size,
                ReminderStore::row);
        Map<String, Reminder> page = new LinkedHashMap<>();
        rows.items().forEach(r -> page.put(r.reminder().getId(), r.reminder()));
        if (!page.isEmpty()) {
            sql.select("REMINDER_ID, CHANNEL, OUTCOME, DETAIL", "TJ_SV_DELIVERY",
                    new Sql.Where().in("REMINDER_ID", new ArrayList<>(page.keySet())), "ORDER BY REMINDER_ID, ATTEMPT, CHANNEL",
                    r -> {
                        String detail = r.getString(4);
                        return page.get(r.getString(1)).getDeliveries().add(r.getString(2) + ": " + r.getString(3)
                                + (detail == null || detail.isEmpty() ? "" : ": " + detail));
                    });
        }
        return new Sql.PageOf<>(rows.total(), new ArrayList<>(page.values()));
    }

    private static Row row(ResultSet r) throws SQLException {
        Reminder m = new Reminder();
        m.setId(r.getString("ID"));
        m.setSource(r.getString("SOURCE"));
        m.setSubjectId(r.getString("SUBJECT_ID"));
        m.setLimit(r.getString("LIMIT_CODE"));
        m.setDueDate(Sql.date(r, "DUE_DATE"));
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
        m.setRemindedAt(Sql.instant(r, "REMINDED_AT"));
        return new Row(m, r.getInt("RESTRICTED") == 1, r.getInt("ATTEMPTS"));
    }

    private static String clip(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
