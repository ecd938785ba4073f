package org.tiaojie.cases.api;

/** How a petition reached the office — 信访渠道. */
public enum Channel {
    /** 来信 */
    LETTER,
    /** 来访 */
    VISIT,
    /** 来电 */
    PHONE,
    /** 网上信访 */
    ONLINE
}
