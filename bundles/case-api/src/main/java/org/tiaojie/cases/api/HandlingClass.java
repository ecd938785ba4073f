package org.tiaojie.cases.api;

/** Local practice class of a case — 大案两个月、一般案件一个月、急案速查速结 — each with its own limit in configuration. */
public enum HandlingClass {
    /** 大案 */
    BIG,
    /** 一般案件 */
    ORDINARY,
    /** 急案 */
    URGENT
}
