package org.tiaojie.cases.api;

import io.swagger.v3.oas.annotations.media.Schema;

/** Whose work a worklist (待办) shows. */
@Schema(description = "Whose work a worklist (待办) shows. MINE: cases whose handler or responsible leader is the "
        + "caller (their login name in the responsibility), and the caller's own registrations the petition office has "
        + "not yet dispatched; UNIT: the cases of the caller's units (roles unit:<department>) in the caller's "
        + "townships; TOWNSHIP: every case of the caller's townships (county staff: of every township).")
public enum WorkScope {
    /** 我的待办 */
    MINE,
    /** 本单位待办 */
    UNIT,
    /** 本镇待办 (县级：全县) */
    TOWNSHIP
}
