package org.tiaojie.cases.api;

/** The decision of a written opinion — 处理决定 (《信访工作条例》 art. 32). */
public enum OpinionDecision {
    /** 予以支持 */
    SUPPORT,
    /** 解释说明 */
    EXPLAIN,
    /** 不予支持 */
    NOT_SUPPORT
}
