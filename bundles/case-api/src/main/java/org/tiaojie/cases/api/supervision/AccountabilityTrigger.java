package org.tiaojie.cases.api.supervision;

import javax.xml.bind.annotation.XmlEnum;
import javax.xml.bind.annotation.XmlType;

import io.swagger.v3.oas.annotations.media.Schema;

/** Why an accountability record was opened — 问责事由. */
@XmlType(name = "accountabilityTrigger")
@XmlEnum
@Schema(description = "Why an accountability record was opened. Values — OVERDUE_BEYOND_LIMIT: a unit's limit is overdue by more working days than configured; NOTICE_LAPSED: a supervision notice's reply date passed without a reply; TRANSFER_BOUNCED: the unit declined a transfer and the petition office assigned the case back to it.")
public enum AccountabilityTrigger {
    /** A unit's limit is overdue by more working days than configured (超期未办). */
    OVERDUE_BEYOND_LIMIT,
    /** A supervision notice's reply date passed without a reply (逾期未复). */
    NOTICE_LAPSED,
    /** The unit declined a transfer and the petition office assigned the case back to it (推诿扯皮). */
    TRANSFER_BOUNCED
}
