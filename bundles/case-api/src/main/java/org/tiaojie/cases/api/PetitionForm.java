package org.tiaojie.cases.api;

import io.swagger.v3.oas.annotations.media.Schema;

/** How a petition reached the office — 信访渠道. */
@Schema(description = "How a petition reached the office — 信访渠道. Values — LETTER: 来信; VISIT: 来访; PHONE: 来电; "
        + "ONLINE: 网上信访")
public enum PetitionForm {
    /** 来信 */
    LETTER,
    /** 来访 */
    VISIT,
    /** 来电 */
    PHONE,
    /** 网上信访 */
    ONLINE
}
