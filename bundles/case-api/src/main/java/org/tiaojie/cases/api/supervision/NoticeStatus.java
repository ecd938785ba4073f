package org.tiaojie.cases.api.supervision;

import javax.xml.bind.annotation.XmlEnum;
import javax.xml.bind.annotation.XmlType;

import io.swagger.v3.oas.annotations.media.Schema;

/** Where a supervision notice stands. */
@XmlType(name = "noticeStatus")
@XmlEnum
@Schema(description = "Where a supervision notice stands. Values — OPEN: waiting for the unit's reply; ANSWERED: replied by the reply date; ANSWERED_LATE: replied after it; LAPSED: the reply date passed without a reply (escalated, with an accountability record).")
public enum NoticeStatus {
    /** Waiting for the unit's reply. */
    OPEN,
    /** Replied on or before the reply date. */
    ANSWERED,
    /** Replied after the reply date. */
    ANSWERED_LATE,
    /** The reply date passed without a reply: escalated, and an accountability record opened. */
    LAPSED
}
