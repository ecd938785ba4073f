package org.tiaojie.cases.api;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * Where a case's running time limit falls, seen from the county's today: 已超期, 今日到期, 本周到期. The week is the
 * calendar week, Monday to Sunday, as the offices plan it.
 */
@Schema(description = "Where a case's running time limit falls, seen from the county's today. OVERDUE: due before "
        + "today (已超期); TODAY: due today (今日到期); THIS_WEEK: due after today and at the latest on this week's "
        + "Sunday (本周到期).")
public enum DueBucket {
    OVERDUE,
    TODAY,
    THIS_WEEK
}
