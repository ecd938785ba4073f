package org.tiaojie.cases.api;

/** The decision of a review or re-review body — 复查/复核意见. */
public enum ReviewOutcome {
    /** 维持 */
    UPHELD,
    /** 变更 */
    CHANGED,
    /** 撤销并责令重新办理 */
    REVOKED
}
