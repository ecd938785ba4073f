package org.tiaojie.cases.api.supervision;

import javax.xml.bind.annotation.XmlEnum;
import javax.xml.bind.annotation.XmlType;

import io.swagger.v3.oas.annotations.media.Schema;

/** Which reminder of a limit — 提醒阶段. */
@XmlType(name = "reminderStage")
@XmlEnum
@Schema(description = "Which reminder of a limit. Values — DUE_SOON: 临期提醒, a configured number of working days "
        + "before the due date; OVERDUE: 超期提醒, the day after the due date with the step not taken.")
public enum ReminderStage {
    /** 临期提醒: a configured number of working days before the due date. */
    DUE_SOON,
    /** 超期提醒: the due date has passed with the step not taken. */
    OVERDUE
}
