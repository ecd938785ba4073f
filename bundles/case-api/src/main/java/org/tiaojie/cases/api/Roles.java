package org.tiaojie.cases.api;

/**
 * Role names as they appear in the JAAS realm (e.g. {@code etc/users.properties}). A user's township
 * assignment is carried the same way, as a role {@code township:<code>}.
 */
public final class Roles {
    /** 信访接待员: registers and triages petitions. */
    public static final String CLERK = "clerk";
    /** 职能部门承办人: handles cases assigned to a department. */
    public static final String HANDLER = "handler";
    /** 包案领导 */
    public static final String LEADER = "leader";
    /** 调解员 */
    public static final String MEDIATOR = "mediator";
    /** 法律援助中心工作人员 */
    public static final String LEGAL_AID = "legal-aid";
    /** 督查督办 */
    public static final String SUPERVISOR = "supervisor";
    /** 系统管理员: brings departments online, manages users. */
    public static final String OPERATOR = "operator";
    /** 县信访局: sees every township. */
    public static final String COUNTY = "county";
    /** 司法行政部门: decides objections to legal-aid refusals. */
    public static final String JUSTICE_BUREAU = "justice-bureau";
    /** 人民法院: judges and court-appointed mediators (judicial mediation and confirmation). */
    public static final String COURT = "court";
    /** Prefix of a township assignment carried as a role. */
    public static final String TOWNSHIP_PREFIX = "township:";

    /** Roles whose work needs petitioners' unmasked personal data (to contact and serve them). */
    public static final String[] PERSONAL_DATA_READERS = {CLERK, HANDLER, LEADER, MEDIATOR, LEGAL_AID, COUNTY};

    private Roles() {
    }

    /**
     * The check every service makes first, the core's and the plug-ins' alike.
     *
     * @throws TiaojieException {@link ErrorCode#UNAUTHENTICATED} without an actor, {@link ErrorCode#ACCESS_DENIED}
     *                          when the actor holds none of the roles
     */
    public static void require(Actor actor, String... roles) {
        if (actor == null) {
            throw new TiaojieException(ErrorCode.UNAUTHENTICATED, "no authenticated user");
        }
        if (!actor.hasAnyRole(roles)) {
            throw new TiaojieException(ErrorCode.ACCESS_DENIED,
                    actor.userId() + " needs one of the roles " + String.join(", ", roles));
        }
    }
}
