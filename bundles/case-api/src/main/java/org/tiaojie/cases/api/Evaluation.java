package org.tiaojie.cases.api;

/** The petitioner's rating of the handling — 满意度评价. */
public enum Evaluation {
    /** 满意 */
    SATISFIED,
    /** 基本满意 */
    BASICALLY_SATISFIED,
    /** 不满意 */
    DISSATISFIED
}
