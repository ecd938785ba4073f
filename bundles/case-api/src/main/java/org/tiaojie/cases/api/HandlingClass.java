package org.tiaojie.cases.api;

import io.swagger.v3.oas.annotations.media.Schema;

/** Local practice class of a case — 大案两个月、一般案件一个月、急案速查速结 — each with its own limit in configuration. */
@Schema(description = "Local practice class of a case — 大案两个月、一般案件一个月、急案速查速结 — each with its own limit in "
        + "configuration. Values — BIG: 大案; ORDINARY: 一般案件; URGENT: 急案")
public enum HandlingClass {
    /** 大案 */
    BIG,
    /** 一般案件 */
    ORDINARY,
    /** 急案 */
    URGENT
}
