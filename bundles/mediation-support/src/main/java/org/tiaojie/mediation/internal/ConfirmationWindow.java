package org.tiaojie.mediation.internal;

import java.time.LocalDate;

/**
 * The window in which both parties may apply to the basic court for judicial confirmation of an agreement —
 * 司法确认 (《人民调解法》 33, 《民事诉讼法》 205): {@code days} after it took effect (first day not counted),
 * with a reminder {@code reminderDays} before the end while nobody has applied.
 */
public record ConfirmationWindow(int days, int reminderDays) {
    public static final ConfirmationWindow STATUTORY = new ConfirmationWindow(30, 5);

    public ConfirmationWindow {
        if (days < 1 || days > 30 || reminderDays < 0 || reminderDays > days) {
            throw new IllegalArgumentException("confirmation.days must be 1..30 (statutory 30), reminder.days 0..confirmation.days");
        }
    }

    public LocalDate due(LocalDate effectiveOn) {
        return effectiveOn.plusDays(days);
    }

    public boolean open(LocalDate effectiveOn, LocalDate on) {
        return effectiveOn != null && !on.isAfter(due(effectiveOn));
    }

    /** Why an application for confirmation of an agreed file is refused: the window has closed; else null. */
    public String refusal(String status, String action, LocalDate effectiveOn) {
        if (CommonSteps.APPLY_CONFIRMATION.equals(action) && CommonSteps.AGREED.equals(status)) {
            return "judicial confirmation had to be applied for by " + due(effectiveOn);
        }
        return null;
    }

    /** Remind while the window is open, no one has applied (the file is AGREED), and it closes soon. */
    public boolean remind(String status, LocalDate effectiveOn, LocalDate today) {
        if (!CommonSteps.AGREED.equals(status) || effectiveOn == null) {
            return false;
        }
        LocalDate due = due(effectiveOn);
        return !today.isAfter(due) && !today.isBefore(due.minusDays(reminderDays));
    }
}
