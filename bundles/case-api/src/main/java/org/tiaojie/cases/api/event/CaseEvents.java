package org.tiaojie.cases.api.event;

/**
 * Topics the core posts (asynchronously, after the change is committed) for every state change.
 * Listeners such as supervision and statistics subscribe; none of them is needed for a case to move.
 */
public final class CaseEvents {
    /** Prefix of all case topics; subscribe to {@code tiaojie/case/*} for all of them. */
    public static final String TOPIC_PREFIX = "tiaojie/case/";
    /** A case was registered (登记). */
    public static final String REGISTERED = TOPIC_PREFIX + "REGISTERED";

    /** A repeat submission was linked to an existing case (重信重访). */
    public static final String REPEAT_LINKED = TOPIC_PREFIX + "REPEAT_LINKED";

    /** A case was handed to another department or back to the petition office queue (改派). */
    public static final String REASSIGNED = TOPIC_PREFIX + "REASSIGNED";
    /** A department that came online took a case from its township's unrouted backlog. */
    public static final String ROUTED_FROM_BACKLOG = TOPIC_PREFIX + "ROUTED_FROM_BACKLOG";

    /** Property: the step that was taken ({@link org.tiaojie.cases.api.CaseAction} name), on step topics. */
    public static final String ACTION = "action";

    /** Property: case id. */
    public static final String CASE_ID = "caseId";
    /** Property: human case number. */
    public static final String CASE_NUMBER = "caseNumber";
    /** Property: township code. */
    public static final String TOWNSHIP = "township";
    /** Property: department code, absent when unrouted. */
    public static final String DEPARTMENT = "department";
    /** Property: user id of the actor. */
    public static final String ACTOR = "actor";

    /** The topic of a step that led to {@code status}, e.g. {@code tiaojie/case/ACCEPTED}. */
    public static String topic(org.tiaojie.cases.api.CaseStatus status) {
        return TOPIC_PREFIX + status.name();
    }

    private CaseEvents() {
    }
}
