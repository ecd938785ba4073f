package org.tiaojie.cases.api;

import io.swagger.v3.oas.annotations.media.Schema;

/** The decision of a written opinion — 处理决定 (《信访工作条例》 art. 32). */
@Schema(description = "The decision of a written opinion — 处理决定 (《信访工作条例》 art. 32). Values — SUPPORT: 予以支持; "
        + "EXPLAIN: 解释说明; NOT_SUPPORT: 不予支持")
public enum OpinionDecision {
    /** 予以支持 */
    SUPPORT,
    /** 解释说明 */
    EXPLAIN,
    /** 不予支持 */
    NOT_SUPPORT
}
