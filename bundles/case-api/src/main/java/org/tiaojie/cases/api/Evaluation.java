package org.tiaojie.cases.api;

import io.swagger.v3.oas.annotations.media.Schema;

/** The petitioner's rating of the handling — 满意度评价. */
@Schema(description = "The petitioner's rating of the handling — 满意度评价. Values — SATISFIED: 满意; "
        + "BASICALLY_SATISFIED: 基本满意; DISSATISFIED: 不满意")
public enum Evaluation {
    /** 满意 */
    SATISFIED,
    /** 基本满意 */
    BASICALLY_SATISFIED,
    /** 不满意 */
    DISSATISFIED
}
