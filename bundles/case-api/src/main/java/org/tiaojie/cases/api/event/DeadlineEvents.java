package org.tiaojie.cases.api.event;

/**
 * Topics supervision posts when it reminds people of a time limit — 临期/超期 — once per limit, due date and lead
 * time, after the reminder is claimed in the database (so once across nodes). Later modules (statistics,
 * accountability) subscribe to {@code tiaojie/deadline/*}.
 */
public final class DeadlineEvents {
    /** Prefix of the deadline topics. */
    public static final String TOPIC_PREFIX = "tiaojie/deadline/";
    /** A limit falls due within its lead time (临期提醒). */
    public static final String DUE_SOON = TOPIC_PREFIX + "DUE_SOON";
    /** A limit has passed with its step not taken (超期). */
    public static final String OVERDUE = TOPIC_PREFIX + "OVERDUE";

    /** Property: the reminder's id. */
    public static final String REMINDER_ID = "reminderId";
    /** Property: the {@link org.tiaojie.cases.api.spi.DeadlineSource#SOURCE source} of the limit. */
    public static final String SOURCE = "source";
    /** Property: the record the limit belongs to. */
    public static final String SUBJECT_ID = "subjectId";
    /** Property: the limit's code, e.g. {@code HANDLING}. */
    public static final String LIMIT = "limit";
    /** Property: the due date, ISO-8601. */
    public static final String DUE_DATE = "dueDate";
    /** Property: the lead time in working days (DUE_SOON only). */
    public static final String LEAD_WORKING_DAYS = "leadWorkingDays";
    /** Property: the unit answering for it, when named. */
    public static final String UNIT = "unit";

    private DeadlineEvents() {
    }
}
