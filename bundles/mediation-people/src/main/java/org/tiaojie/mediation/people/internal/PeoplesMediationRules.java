package org.tiaojie.mediation.people.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The rules of 《人民调解法》 the channel works by. Pure: which step is possible in which status, and the
 * judicial-confirmation window of an agreement (30 days from its effect, first day not counted) with its
 * reminder.
 */
public final class PeoplesMediationRules {
    public static final String OPEN = "OPEN";
    public static final String ENDED = "ENDED";
    public static final String FAILED = "FAILED";
    public static final String AGREED = "AGREED";
    public static final String CONFIRMATION_REQUESTED = "CONFIRMATION_REQUESTED";
    public static final String FULFILLED = "FULFILLED";

    public static final List<String> ACTIONS = List.of("RECORD_SESSION", "WITHDRAW", "FAIL", "AGREE",
            "RECORD_FULFILMENT", "APPLY_CONFIRMATION");

    private static final Map<String, Set<String>> TABLE = Map.of(
            OPEN, Set.of("RECORD_SESSION", "WITHDRAW", "FAIL", "AGREE"),
            AGREED, Set.of("RECORD_FULFILMENT", "APPLY_CONFIRMATION"),
            CONFIRMATION_REQUESTED, Set.of("RECORD_FULFILMENT"));

    /** Configuration (PID {@code org.tiaojie.mediation.people}). */
    public record Settings(int confirmationDays, int reminderDays) {
        public static final Settings DEFAULT = new Settings(30, 5);
    }

    private PeoplesMediationRules() {
    }

    /** An agreement needs at least one recorded session; the confirmation application its window. */
    public static boolean allows(String status, String action, int sessions, LocalDate effectiveOn, LocalDate on,
                                 Settings settings) {
        if (!TABLE.getOrDefault(status, Set.of()).contains(action)) {
            return false;
        }
        return switch (action) {
            case "AGREE" -> sessions > 0;
            case "APPLY_CONFIRMATION" -> effectiveOn != null && !on.isAfter(confirmationDue(effectiveOn, settings));
            default -> true;
        };
    }

    public static List<String> allowed(String status, int sessions, LocalDate effectiveOn, LocalDate today, Settings settings) {
        List<String> result = new ArrayList<>();
        for (String a : ACTIONS) {
            if (allows(status, a, sessions, effectiveOn, today, settings)) {
                result.add(a);
            }
        }
        return result;
    }

    public static LocalDate confirmationDue(LocalDate effectiveOn, Settings settings) {
        return effectiveOn.plusDays(settings.confirmationDays());
    }

    /** Remind while the window is open, no one has applied, and it closes within the reminder days. */
    public static boolean remind(String status, LocalDate effectiveOn, LocalDate today, Settings settings) {
        if (!AGREED.equals(status) || effectiveOn == null) {
            return false;
        }
        LocalDate due = confirmationDue(effectiveOn, settings);
        return !today.isAfter(due) && !today.isBefore(due.minusDays(settings.reminderDays()));
    }
}
