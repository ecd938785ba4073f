package org.tiaojie.cases.api.supervision;

import javax.xml.bind.annotation.XmlEnum;
import javax.xml.bind.annotation.XmlType;

import io.swagger.v3.oas.annotations.media.Schema;

/** What a supervision notice is — 交办函 or 督办函. */
@XmlType(name = "noticeKind")
@XmlEnum
@Schema(description = "What a supervision notice is. Values — ASSIGNMENT: 交办函, a matter handed to a unit with what it must do; SUPERVISION: 督办函, a unit pressed on a matter it is late or stuck with.")
public enum NoticeKind {
    /** 交办函: a matter handed to a unit, with what it must do and by when. */
    ASSIGNMENT,
    /** 督办函: a unit pressed on a matter it is late or stuck with. */
    SUPERVISION
}
