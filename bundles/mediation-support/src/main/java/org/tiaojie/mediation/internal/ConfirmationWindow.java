package org.tiaojie.mediation.internal;

import java.time.LocalDate;

import org.tiaojie.cases.api.DayCount;
import org.tiaojie.cases.api.WorkingCalendar;

/**
 * The window in which both parties may apply to the basic court for judicial confirmation of an agreement —
 * 司法确认 (《人民调解法》 33, 《民事诉讼法》 205): {@code days} after it took effect, counted by the platform's one
 * rule (first day not counted; a last day on a rest day moves to the next working day), with a reminder
 * {@code reminderDays} before the end while nobody has applied.
 */
public record ConfirmationWindow(int days, int reminderDays) {
    public static final ConfirmationWindow STATUTORY = new ConfirmationWindow(30, 5);

    public ConfirmationWindow {
        if (days < 1 || days > 30 || reminderDays < 0 || reminderDays > days) {
            throw new IllegalArgumentException("confirmation.days must be 1..30 (statutory 30), reminder.days 0..confirmation.days");
        }
    }

    /** The last day to apply, computed by the core's calendar. */
    public Deadline due(WorkingCalendar calendar, LocalDate effectiveOn) {
        org.tiaojie.cases.api.Deadline d = calendar.period(effectiveOn, DayCount.CALENDAR_DAYS, days);
        return new Deadline(d.getDueDate(), "申请司法确认期限（人民调解法第三十三条）：" + d.getExplanation(),
                d.getCalendarWarning());
    }

    public boolean open(WorkingCalendar calendar, LocalDate effectiveOn, LocalDate on) {
        return effectiveOn != null && !on.isAfter(due(calendar, effectiveOn).due());
    }

    /** Why an application for confirmation of an agreed file is refused: the window has closed; else null. */
    public String refusal(WorkingCalendar calendar, String status, String action, LocalDate effectiveOn) {
        if (CommonSteps.APPLY_CONFIRMATION.equals(action) && CommonSteps.AGREED.equals(status)) {
            return "judicial confirmation had to be applied for by " + due(calendar, effectiveOn).due();
        }
        return null;
    }

    /** Remind while the window is open, no one has applied (the file is AGREED), and it closes soon. */
    public boolean remind(WorkingCalendar calendar, String status, LocalDate effectiveOn, LocalDate today) {
        if (!CommonSteps.AGREED.equals(status) || effectiveOn == null) {
            return false;
        }
        LocalDate due = due(calendar, effectiveOn).due();
        return !today.isAfter(due) && !today.isBefore(due.minusDays(reminderDays));
    }
}
