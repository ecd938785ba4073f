package org.tiaojie.supervision.internal;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;

import org.tiaojie.cases.api.Evaluation;
import org.tiaojie.cases.api.spi.Delivery;
import org.tiaojie.cases.api.supervision.AccountabilityRecord;
import org.tiaojie.cases.api.supervision.AccountabilityTrigger;
import org.tiaojie.cases.api.supervision.ContactMethod;
import org.tiaojie.cases.api.supervision.NoticeKind;
import org.tiaojie.cases.api.supervision.NoticeStatus;
import org.tiaojie.cases.api.supervision.ReturnVisit;
import org.tiaojie.cases.api.supervision.SupervisionAction;
import org.tiaojie.cases.api.supervision.SupervisionNotice;
import org.tiaojie.records.internal.Failures;

/**
 * Supervision's records in plain JDBC: notices (numbered under their series' row lock, in the insert's transaction,
 * so numbers have no gaps), actions, return visits, accountability records (opened by an insert that the unique key
 * on trigger and subject lets happen once, on whichever node) and the declines that tell a case assigned back. Every
 * change of state is a compare-and-set on the state it starts from, so two clerks at once cannot both win.
 */
public class SupervisionStore {
    private static final String NOTICE_COLUMNS = "ID, NOTICE_NUMBER, KIND, CASE_ID, CASE_NUMBER, TOWNSHIP, UNIT,"
            + " REQUIRED_TEXT, REPLY_BY, STATUS, ISSUED_BY, ISSUED_AT, REPLY_TEXT, REPLIED_BY, REPLIED_AT, LAPSED_AT";
    private static final String ACTION_COLUMNS = "ID, CASE_ID, CASE_NUMBER, TOWNSHIP, NOTICE_ID, METHOD, RESULT_TEXT,"
            + " RECORDED_BY, RECORDED_AT";
    private static final String VISIT_COLUMNS = "ID, CASE_ID, CASE_NUMBER, TOWNSHIP, METHOD, OUTCOME_TEXT, SATISFACTION,"
            + " VISITED_BY, VISITED_AT";
    private static final String ACCOUNTABILITY_COLUMNS = "ID, TRIGGER_CODE, SUBJECT_KEY, CASE_ID, CASE_NUMBER, TOWNSHIP,"
            + " UNIT, DETAIL, OPENED_AT, CLOSED, CONCLUSION, CLOSED_BY, CLOSED_AT";

    private final Sql sql;

    public SupervisionStore(DataSource dataSource) {
        this.sql = new Sql(dataSource);
    }

    // --- notices

    /** Stores a new notice with the next number of its kind's series for the year. */
    SupervisionNotice insertNotice(SupervisionNotice n, int year) {
        String series = n.getKind().name() + "-" + year;
        for (int attempt = 1; ; attempt++) {
            try {
                return sql.inTransaction(c -> {
                    int next = next(c, series);
                    n.setNumber((n.getKind() == NoticeKind.ASSIGNMENT ? "交办" : "督办") + "〔" + year + "〕" + next + "号");
                    Sql.update(c, "INSERT INTO TJ_SV_NOTICE (ID, NOTICE_NUMBER, KIND, CASE_ID, CASE_NUMBER, TOWNSHIP, UNIT,"
                                    + " REQUIRED_TEXT, REPLY_BY, STATUS, ISSUED_BY, ISSUED_AT) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                            n.getId(), n.getNumber(), n.getKind(), n.getCaseId(), n.getCaseNumber(), n.getTownship(),
                            n.getUnit(), n.getRequired(), n.getReplyBy(), n.getStatus(), n.getIssuedBy(), n.getIssuedAt());
                    return n;
                });
            } catch (IllegalStateException e) {
                // Two first notices of a new series at once: one inserts the counter, the other starts again.
                if (attempt >= 3 || !(e.getCause() instanceof SQLException s) || !Failures.isDuplicateKey(s)) {
                    throw e;
                }
            }
        }
    }

    /** The series' next value, under the counter row's lock until the caller's transaction ends. */
    private static int next(Connection c, String series) throws SQLException {
        if (Sql.update(c, "UPDATE TJ_SV_COUNTER SET LAST_VALUE = LAST_VALUE + 1 WHERE SERIES = ?", series) == 0) {
            Sql.update(c, "INSERT INTO TJ_SV_COUNTER (SERIES, LAST_VALUE) VALUES (?, 1)", series);
            return 1;
        }
        return Sql.one(c, "SELECT LAST_VALUE FROM TJ_SV_COUNTER WHERE SERIES = ?", r -> r.getInt(1), series).orElseThrow();
    }

    Optional<SupervisionNotice> notice(String id) {
        Optional<SupervisionNotice> n = sql.one("SELECT " + NOTICE_COLUMNS + " FROM TJ_SV_NOTICE WHERE ID = ?",
                SupervisionStore::notice, id);
        n.ifPresent(found -> withDeliveries(List.of(found)));
        return n;
    }

    /** Each channel's answer for one notice sent about a supervision notice ({@code event}: issued, answered, lapsed). */
    void recordDeliveries(String noticeId, String event, Map<String, Delivery> answers, Instant at) {
        for (Map.Entry<String, Delivery> a : answers.entrySet()) {
            String detail = a.getValue().detail();
            sql.update("INSERT INTO TJ_SV_NOTICE_DELIVERY (NOTICE_ID, EVENT, CHANNEL, OUTCOME, DETAIL, DELIVERED_AT)"
                    + " VALUES (?, ?, ?, ?, ?, ?)", noticeId, event, a.getKey(), a.getValue().outcome(),
                    detail == null ? null : detail.length() > 300 ? detail.substring(0, 300) : detail, at);
        }
    }

    /** Adds to each notice its deliveries ("NOTICE_ISSUED email: DELIVERED: …"), oldest first, in one read. */
    private List<SupervisionNotice> withDeliveries(List<SupervisionNotice> notices) {
        Map<String, SupervisionNotice> byId = new java.util.LinkedHashMap<>();
        notices.forEach(n -> byId.put(n.getId(), n));
        if (!byId.isEmpty()) {
            sql.select("NOTICE_ID, EVENT, CHANNEL, OUTCOME, DETAIL", "TJ_SV_NOTICE_DELIVERY",
                    new Sql.Where().in("NOTICE_ID", new ArrayList<>(byId.keySet())), "ORDER BY NOTICE_ID, DELIVERED_AT, CHANNEL",
                    r -> {
                        String detail = r.getString(5);
                        return byId.get(r.getString(1)).getDeliveries().add(r.getString(2) + " " + r.getString(3) + ": "
                                + r.getString(4) + (detail == null || detail.isEmpty() ? "" : ": " + detail));
                    });
        }
        return notices;
    }

    /** Records the reply if the notice is still waiting for one (open, or lapsed); false when it was answered. */
    boolean reply(String id, NoticeStatus from, NoticeStatus to, String reply, String by, Instant at) {
        return sql.update("UPDATE TJ_SV_NOTICE SET STATUS = ?, REPLY_TEXT = ?, REPLIED_BY = ?, REPLIED_AT = ?"
                + " WHERE ID = ? AND STATUS = ?", to, reply, by, at, id, from) == 1;
    }

    /** Open notices whose reply date is before {@code today}. */
    List<SupervisionNotice> unansweredPast(LocalDate today, int max) {
        return sql.list("SELECT " + NOTICE_COLUMNS + " FROM TJ_SV_NOTICE WHERE STATUS = ? AND REPLY_BY < ?"
                + " ORDER BY REPLY_BY, ID", SupervisionStore::notice, max, NoticeStatus.OPEN, today);
    }

    /** Marks an open notice lapsed; false when another run (or the reply) came first. */
    boolean lapse(String id, Instant at) {
        return sql.update("UPDATE TJ_SV_NOTICE SET STATUS = ?, LAPSED_AT = ? WHERE ID = ? AND STATUS = ?",
                NoticeStatus.LAPSED, at, id, NoticeStatus.OPEN) == 1;
    }

    Sql.PageOf<SupervisionNotice> notices(List<String> townships, String caseId, String township, String unit,
                                          NoticeStatus status, int offset, int size) {
        Sql.Where where = new Sql.Where().in("TOWNSHIP", townships).is("CASE_ID", caseId).is("TOWNSHIP", township)
                .is("UNIT", unit).is("STATUS", status);
        Sql.PageOf<SupervisionNotice> page = sql.page(NOTICE_COLUMNS, "TJ_SV_NOTICE", where, "ISSUED_AT DESC, ID", offset,
                size, SupervisionStore::notice);
        return new Sql.PageOf<>(page.total(), withDeliveries(page.items()));
    }

    private static SupervisionNotice notice(ResultSet r) throws SQLException {
        SupervisionNotice n = new SupervisionNotice();
        n.setId(r.getString("ID"));
        n.setNumber(r.getString("NOTICE_NUMBER"));
        n.setKind(NoticeKind.valueOf(r.getString("KIND")));
        n.setCaseId(r.getString("CASE_ID"));
        n.setCaseNumber(r.getString("CASE_NUMBER"));
        n.setTownship(r.getString("TOWNSHIP"));
        n.setUnit(r.getString("UNIT"));
        n.setRequired(r.getString("REQUIRED_TEXT"));
        n.setReplyBy(Sql.date(r, "REPLY_BY"));
        n.setStatus(NoticeStatus.valueOf(r.getString("STATUS")));
        n.setIssuedBy(r.getString("ISSUED_BY"));
        n.setIssuedAt(Sql.instant(r, "ISSUED_AT"));
        n.setReply(r.getString("REPLY_TEXT"));
        n.setRepliedBy(r.getString("REPLIED_BY"));
        n.setRepliedAt(Sql.instant(r, "REPLIED_AT"));
        n.setLapsedAt(Sql.instant(r, "LAPSED_AT"));
        return n;
    }

    // --- actions and return visits

    void insertAction(SupervisionAction a) {
        sql.update("INSERT INTO TJ_SV_ACTION (" + ACTION_COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", a.getId(),
                a.getCaseId(), a.getCaseNumber(), a.getTownship(), a.getNoticeId(), a.getMethod(), a.getResult(),
                a.getRecordedBy(), a.getRecordedAt());
    }

    Sql.PageOf<SupervisionAction> actions(List<String> townships, String caseId, int offset, int size) {
        return sql.page(ACTION_COLUMNS, "TJ_SV_ACTION", new Sql.Where().in("TOWNSHIP", townships).is("CASE_ID", caseId),
                "RECORDED_AT DESC, ID", offset, size, r -> {
                    SupervisionAction a = new SupervisionAction();
                    a.setId(r.getString("ID"));
                    a.setCaseId(r.getString("CASE_ID"));
                    a.setCaseNumber(r.getString("CASE_NUMBER"));
                    a.setTownship(r.getString("TOWNSHIP"));
                    a.setNoticeId(r.getString("NOTICE_ID"));
                    a.setMethod(ContactMethod.valueOf(r.getString("METHOD")));
                    a.setResult(r.getString("RESULT_TEXT"));
                    a.setRecordedBy(r.getString("RECORDED_BY"));
                    a.setRecordedAt(Sql.instant(r, "RECORDED_AT"));
                    return a;
                });
    }

    void insertVisit(ReturnVisit v) {
        sql.update("INSERT INTO TJ_SV_RETURN_VISIT (" + VISIT_COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", v.getId(),
                v.getCaseId(), v.getCaseNumber(), v.getTownship(), v.getMethod(), v.getOutcome(), v.getSatisfaction(),
                v.getVisitedBy(), v.getVisitedAt());
    }

    Sql.PageOf<ReturnVisit> visits(List<String> townships, String caseId, int offset, int size) {
        return sql.page(VISIT_COLUMNS, "TJ_SV_RETURN_VISIT", new Sql.Where().in("TOWNSHIP", townships).is("CASE_ID", caseId),
                "VISITED_AT DESC, ID", offset, size, r -> {
                    ReturnVisit v = new ReturnVisit();
                    v.setId(r.getString("ID"));
                    v.setCaseId(r.getString("CASE_ID"));
                    v.setCaseNumber(r.getString("CASE_NUMBER"));
                    v.setTownship(r.getString("TOWNSHIP"));
                    v.setMethod(ContactMethod.valueOf(r.getString("METHOD")));
                    v.setOutcome(r.getString("OUTCOME_TEXT"));
                    v.setSatisfaction(Evaluation.valueOf(r.getString("SATISFACTION")));
                    v.setVisitedBy(r.getString("VISITED_BY"));
                    v.setVisitedAt(Sql.instant(r, "VISITED_AT"));
                    return v;
                });
    }

    // --- accountability

    /** Opens the record unless one of its trigger and subject exists; true when this call opened it. */
    boolean openAccountability(AccountabilityRecord a, String subjectKey) {
        try {
            sql.update("INSERT INTO TJ_SV_ACCOUNTABILITY (ID, TRIGGER_CODE, SUBJECT_KEY, CASE_ID, CASE_NUMBER, TOWNSHIP,"
                            + " UNIT, DETAIL, OPENED_AT, CLOSED) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 0)", a.getId(), a.getTrigger(),
                    subjectKey, a.getCaseId(), a.getCaseNumber(), a.getTownship(), a.getUnit(), a.getDetail(), a.getOpenedAt());
            return true;
        } catch (IllegalStateException e) {
            if (e.getCause() instanceof SQLException s && Failures.isDuplicateKey(s)) {
                return false;
            }
            throw e;
        }
    }

    /** Which of these subjects already have a record of the trigger. */
    java.util.Set<String> opened(AccountabilityTrigger trigger, List<String> subjectKeys) {
        if (subjectKeys.isEmpty()) {
            return java.util.Set.of();
        }
        Sql.Where where = new Sql.Where().is("TRIGGER_CODE", trigger).in("SUBJECT_KEY", subjectKeys);
        return new java.util.HashSet<>(sql.page("SUBJECT_KEY", "TJ_SV_ACCOUNTABILITY", where, "SUBJECT_KEY", 0,
                subjectKeys.size(), r -> r.getString(1)).items());
    }

    Optional<AccountabilityRecord> accountabilityRecord(String id) {
        return sql.one("SELECT " + ACCOUNTABILITY_COLUMNS + " FROM TJ_SV_ACCOUNTABILITY WHERE ID = ?",
                SupervisionStore::accountability, id);
    }

    boolean close(String id, String conclusion, String by, Instant at) {
        return sql.update("UPDATE TJ_SV_ACCOUNTABILITY SET CLOSED = 1, CONCLUSION = ?, CLOSED_BY = ?, CLOSED_AT = ?"
                + " WHERE ID = ? AND CLOSED = 0", conclusion, by, at, id) == 1;
    }

    Sql.PageOf<AccountabilityRecord> accountability(List<String> townships, String township, Boolean closed, int offset,
                                                    int size) {
        return sql.page(ACCOUNTABILITY_COLUMNS, "TJ_SV_ACCOUNTABILITY", new Sql.Where().in("TOWNSHIP", townships)
                .is("TOWNSHIP", township).is("CLOSED", closed), "OPENED_AT DESC, ID", offset, size,
                SupervisionStore::accountability);
    }

    private static AccountabilityRecord accountability(ResultSet r) throws SQLException {
        AccountabilityRecord a = new AccountabilityRecord();
        a.setId(r.getString("ID"));
        a.setTrigger(AccountabilityTrigger.valueOf(r.getString("TRIGGER_CODE")));
        a.setCaseId(r.getString("CASE_ID"));
        a.setCaseNumber(r.getString("CASE_NUMBER"));
        a.setTownship(r.getString("TOWNSHIP"));
        a.setUnit(r.getString("UNIT"));
        a.setDetail(r.getString("DETAIL"));
        a.setOpenedAt(Sql.instant(r, "OPENED_AT"));
        a.setClosed(r.getInt("CLOSED") == 1);
        a.setConclusion(r.getString("CONCLUSION"));
        a.setClosedBy(r.getString("CLOSED_BY"));
        a.setClosedAt(Sql.instant(r, "CLOSED_AT"));
        return a;
    }

    // --- declines

    /** The department that declined the case last (replacing an earlier one). */
    void recordDecline(String caseId, String department, Instant at) {
        sql.inTransaction(c -> {
            if (Sql.update(c, "UPDATE TJ_SV_DECLINE SET DEPARTMENT = ?, DECLINED_AT = ? WHERE CASE_ID = ?",
                    department, at, caseId) == 0) {
                Sql.update(c, "INSERT INTO TJ_SV_DECLINE (CASE_ID, DEPARTMENT, DECLINED_AT) VALUES (?, ?, ?)",
                        caseId, department, at);
            }
            return null;
        });
    }

    Optional<String> declinedBy(String caseId) {
        return sql.one("SELECT DEPARTMENT FROM TJ_SV_DECLINE WHERE CASE_ID = ?", r -> r.getString(1), caseId);
    }

    void clearDecline(String caseId) {
        sql.update("DELETE FROM TJ_SV_DECLINE WHERE CASE_ID = ?", caseId);
    }

    // --- bulletins

    /** The scope of a bulletin in its table: a township's code, or the county's. */
    static final String COUNTY = "COUNTY";

    /** Keeps a week's bulletin unless one of its scope and week is kept; true when this call kept it. */
    boolean keepBulletin(String id, String scope, LocalDate weekStart, Instant generatedAt, String content) {
        try {
            sql.update("INSERT INTO TJ_SV_BULLETIN (ID, SCOPE, WEEK_START, GENERATED_AT, CONTENT) VALUES (?, ?, ?, ?, ?)",
                    id, scope, weekStart, generatedAt, content);
            return true;
        } catch (IllegalStateException e) {
            if (e.getCause() instanceof SQLException s && Failures.isDuplicateKey(s)) {
                return false;
            }
            throw e;
        }
    }

    /** The scopes whose bulletin of the week is kept. */
    java.util.Set<String> keptScopes(LocalDate weekStart) {
        return new java.util.HashSet<>(sql.select("SCOPE", "TJ_SV_BULLETIN", new Sql.Where().is("WEEK_START", weekStart),
                "", r -> r.getString(1)));
    }

    Optional<String> bulletin(String scope, LocalDate weekStart) {
        return sql.one("SELECT CONTENT FROM TJ_SV_BULLETIN WHERE SCOPE = ? AND WEEK_START = ?", r -> r.getString(1),
                scope, weekStart);
    }

    Sql.PageOf<String> bulletins(String scope, int offset, int size) {
        return sql.page("CONTENT, WEEK_START", "TJ_SV_BULLETIN", new Sql.Where().is("SCOPE", scope),
                "WEEK_START DESC", offset, size, r -> r.getString(1));
    }

    /** A week's figures of one scope (null township: the county), from supervision's own tables. */
    record WeekFigures(int noticesIssued, int noticesAnswered, int noticesAnsweredLate, int noticesLapsed,
                       java.util.Map<String, Integer> visitsBySatisfaction, int accountabilityOpened,
                       int accountabilityClosed) {
    }

    WeekFigures figures(String township, Instant from, Instant to) {
        int issued = count("TJ_SV_NOTICE", township, "ISSUED_AT", from, to, null);
        int answered = count("TJ_SV_NOTICE", township, "REPLIED_AT", from, to, "STATUS = 'ANSWERED'");
        int late = count("TJ_SV_NOTICE", township, "REPLIED_AT", from, to, "STATUS = 'ANSWERED_LATE'");
        int lapsed = count("TJ_SV_NOTICE", township, "LAPSED_AT", from, to, null);
        java.util.Map<String, Integer> visits = new java.util.TreeMap<>();
        Sql.Where where = new Sql.Where().is("TOWNSHIP", township).raw("VISITED_AT >= ?", from).raw("VISITED_AT < ?", to);
        sql.select("SATISFACTION, COUNT(*)", "TJ_SV_RETURN_VISIT", where, "GROUP BY SATISFACTION",
                r -> visits.put(r.getString(1), r.getInt(2)));
        return new WeekFigures(issued, answered, late, lapsed, visits,
                count("TJ_SV_ACCOUNTABILITY", township, "OPENED_AT", from, to, null),
                count("TJ_SV_ACCOUNTABILITY", township, "CLOSED_AT", from, to, null));
    }

    private int count(String table, String township, String column, Instant from, Instant to, String condition) {
        Sql.Where where = new Sql.Where().is("TOWNSHIP", township).raw(column + " >= ?", from).raw(column + " < ?", to);
        if (condition != null) {
            where.raw(condition);
        }
        return (int) sql.count(table, where);
    }
}
