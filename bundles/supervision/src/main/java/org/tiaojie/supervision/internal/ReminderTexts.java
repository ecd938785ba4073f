package org.tiaojie.supervision.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import org.tiaojie.cases.api.supervision.Reminder;
import org.tiaojie.cases.api.supervision.ReminderStage;

/** The words of supervision's notices, zh-CN as the county writes them: a subject, a body, a short text for one SMS. */
final class ReminderTexts {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy年M月d日");

    private ReminderTexts() {
    }

    /** A date as the county's documents write it: 2026年10月9日. */
    static String day(LocalDate date) {
        return DAY.format(date);
    }

    static String subject(Reminder m) {
        return (m.getStage() == ReminderStage.OVERDUE ? "【超期督办】" : "【到期提醒】") + m.getSubjectNumber()
                + " " + m.getLimitLabel();
    }

    static String body(Reminder m, String townshipName, LocalDate today) {
        StringBuilder b = new StringBuilder();
        b.append(townshipName == null ? "" : townshipName);
        if (m.getUnit() != null) {
            b.append(b.length() == 0 ? "" : " ").append(m.getUnit());
        }
        b.append(b.length() == 0 ? "" : "：").append(m.getSubjectNumber()).append("的").append(m.getLimitLabel());
        String due = DAY.format(m.getDueDate());
        if (m.getStage() == ReminderStage.OVERDUE) {
            b.append("已于").append(due).append("届满，现已超期。请立即办理，并向督查部门说明超期原因。");
        } else if (m.getDueDate().equals(today)) {
            b.append("于今日（").append(due).append("）届满，请于今日内办结。");
        } else {
            b.append("将于").append(due).append("届满（余").append(m.getLeadWorkingDays())
                    .append("个工作日以内），请按期办结。");
        }
        return b.toString();
    }

    /** At most 70 characters: one SMS. */
    static String shortText(Reminder m) {
        String text = (m.getStage() == ReminderStage.OVERDUE ? "超期：" : "到期提醒：") + m.getSubjectNumber()
                + m.getLimitLabel() + (m.getStage() == ReminderStage.OVERDUE ? "已于" : "于")
                + m.getDueDate().getMonthValue() + "月" + m.getDueDate().getDayOfMonth() + "日届满";
        return text.length() <= 70 ? text : text.substring(0, 70);
    }
}
