package org.tiaojie.cases.api;

import io.swagger.v3.oas.annotations.media.Schema;

/** How a time limit is counted — 期间计算: calendar days (日) or working days (工作日). */
@Schema(description = "How a time limit is counted — 期间计算: calendar days (日) or working days (工作日). Values — "
        + "CALENDAR_DAYS: 自然日: every day counts; a last day that is a rest day moves to the next "
        + "working day; WORKING_DAYS: 工作日: only working days count, swapped working days (调休上班日) "
        + "included")
public enum DayCount {
    /** 自然日: every day counts; a last day that is a rest day moves to the next working day. */
    CALENDAR_DAYS,
    /** 工作日: only working days count, swapped working days (调休上班日) included. */
    WORKING_DAYS
}
