package org.tiaojie.cases.api;

import io.swagger.v3.oas.annotations.media.Schema;

/** The decision of a review or re-review body — 复查/复核意见. */
@Schema(description = "The decision of a review or re-review body — 复查/复核意见. Values — UPHELD: 维持; CHANGED: 变更; "
        + "REVOKED: 撤销并责令重新办理")
public enum ReviewOutcome {
    /** 维持 */
    UPHELD,
    /** 变更 */
    CHANGED,
    /** 撤销并责令重新办理 */
    REVOKED
}
