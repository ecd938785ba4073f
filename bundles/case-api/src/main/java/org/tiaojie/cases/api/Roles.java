package org.tiaojie.cases.api;

/**
 * Role names as they appear in the JAAS realm (e.g. {@code etc/users.properties}). A role says what a user may
 * do (a permission); where they may do it is their scope, carried as roles too: {@code township:<code>} for each
 * township they work for, or {@link #COUNTY} for every township. The scope grants no operation by itself.
 * docs/PERMISSIONS.md is the matrix of every operation and role.
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
    /** Scope, not a permission: the user works for every township of the county (县级). */
    public static final String COUNTY = "county";
    /** 纪检监察机关: reads the complaints about officials (检举控告) referred to it, and nothing else. */
    public static final String DISCIPLINE = "discipline";
    /** 司法行政部门: decides objections to legal-aid refusals. */
    public static final String JUSTICE_BUREAU = "justice-bureau";
    /** 人民法院: judges and court-appointed mediators (judicial mediation and confirmation). */
    public static final String COURT = "court";
    /** Prefix of a township assignment carried as a role. */
    public static final String TOWNSHIP_PREFIX = "township:";
    /**
     * Prefix of a unit membership carried as a role: {@code unit:<department code>} (e.g. {@code unit:land}) puts the
     * department's cases of the user's townships on the user's unit worklist. Scope, not a permission.
     */
    public static final String UNIT_PREFIX = "unit:";

    /** Roles whose work needs petitioners' unmasked personal data (to contact and serve them). */
    public static final String[] PERSONAL_DATA_READERS = {CLERK, HANDLER, LEADER, MEDIATOR, LEGAL_AID, DISCIPLINE};

    /** Roles that read petition cases (masked) in their scope. Operators administer; they do not read cases. */
    public static final String[] CASE_READERS = {CLERK, HANDLER, LEADER, MEDIATOR, LEGAL_AID, SUPERVISOR, DISCIPLINE};

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
