package org.tiaojie.cases.core.internal.time;

import java.util.EnumMap;
import java.util.Map;

import org.tiaojie.cases.api.HandlingClass;

/**
 * The time limits of the lifecycle in days (PID {@code org.tiaojie.timelimits}), with the statutory
 * defaults of 《信访工作条例》 for every key that is not configured. Local limits may be shorter, never longer.
 */
public record TimeLimits(int triageDays, int declineWorkingDays, int handlingDays, int extensionMaxDays,
                         int reviewRequestDays, int reviewDecisionDays, int reReviewRequestDays,
                         int reReviewDecisionDays, Map<HandlingClass, Integer> handlingDaysByClass,
                         int repeatRecentDays, int intakeMaxDaysLate) {

    /** Local practice, not statute: a settled case attracts repeat petitions for half a year. */
    static final int DEFAULT_REPEAT_RECENT_DAYS = 180;
    /** Local practice: a letter or referral is registered within a month of its arrival. */
    static final int DEFAULT_INTAKE_MAX_DAYS_LATE = 30;

    public static final TimeLimits STATUTORY = new TimeLimits(15, 5, 60, 30, 30, 30, 30, 30,
            new EnumMap<>(HandlingClass.class), DEFAULT_REPEAT_RECENT_DAYS, DEFAULT_INTAKE_MAX_DAYS_LATE);

    public TimeLimits {
        handlingDaysByClass = Map.copyOf(handlingDaysByClass);
    }

    /** The handling limit for a case of that class (null: the general limit). */
    public int handlingDays(HandlingClass handlingClass) {
        return handlingClass == null ? handlingDays : handlingDaysByClass.getOrDefault(handlingClass, handlingDays);
    }

    /**
     * Reads the configuration over the statutory defaults.
     *
     * @throws IllegalArgumentException naming the key that is not a positive number or exceeds the statute
     */
    public static TimeLimits parse(Map<String, String> p) {
        TimeLimits s = STATUTORY;
        int handling = days(p, "handling.days", s.handlingDays);
        Map<HandlingClass, Integer> byClass = new EnumMap<>(HandlingClass.class);
        for (HandlingClass c : HandlingClass.values()) {
            String key = "handling.days." + c.name();
            if (p.containsKey(key)) {
                int d = days(p, key, handling);
                if (d > handling) {
                    throw new IllegalArgumentException(key + " = " + d + " exceeds handling.days = " + handling);
                }
                byClass.put(c, d);
            }
        }
        return new TimeLimits(days(p, "triage.days", s.triageDays), days(p, "decline.workingDays", s.declineWorkingDays),
                handling, days(p, "extension.maxDays", s.extensionMaxDays),
                days(p, "review.requestDays", s.reviewRequestDays), days(p, "review.decisionDays", s.reviewDecisionDays),
                days(p, "reReview.requestDays", s.reReviewRequestDays),
                days(p, "reReview.decisionDays", s.reReviewDecisionDays), byClass,
                days(p, "repeat.recentDays", 3650, DEFAULT_REPEAT_RECENT_DAYS),
                daysFrom0(p, "intake.maxDaysLate", 365, DEFAULT_INTAKE_MAX_DAYS_LATE));
    }

    /** A number of days that may be 0 (then: only today), up to {@code max}. */
    private static int daysFrom0(Map<String, String> p, String key, int max, int fallback) {
        String text = p.get(key);
        if (text == null || text.isBlank()) {
            return fallback;
        }
        try {
            int value = Integer.parseInt(text.trim());
            if (value < 0 || value > max) {
                throw new IllegalArgumentException(key + " = " + value + " must be between 0 and " + max);
            }
            return value;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + ": '" + text + "' is not a number of days");
        }
    }

    private static int days(Map<String, String> p, String key, int statutory) {
        return days(p, key, statutory, statutory);
    }

    private static int days(Map<String, String> p, String key, int statutory, int fallback) {
        String text = p.get(key);
        if (text == null || text.isBlank()) {
            return fallback;
        }
        int value;
        try {
            value = Integer.parseInt(text.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + ": '" + text + "' is not a number of days");
        }
        if (value < 1 || value > statutory) {
            throw new IllegalArgumentException(key + " = " + value + " must be between 1 and " + statutory);
        }
        return value;
    }
}
