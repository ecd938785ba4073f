package org.tiaojie.cases.api;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The 18-character resident identity card number — 公民身份号码 (GB 11643-1999): region, birth date, sequence, check
 * character — and the phone numbers staff record. One rule for every module that takes them (intake, legal aid).
 */
public final class ResidentIdNumber {
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final char[] CHECK = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};
    private static final Pattern MOBILE = Pattern.compile("1[3-9]\\d{9}");
    private static final Pattern LANDLINE = Pattern.compile("0\\d{2,3}-?\\d{7,8}");

    private ResidentIdNumber() {
    }

    /** A well-formed number whose check character is right and whose birth date is a real day, not after today. */
    public static boolean isValid(String raw, LocalDate today) {
        if (raw == null) {
            return false;
        }
        String id = raw.trim().toUpperCase(Locale.ROOT);
        if (id.length() != 18) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            char c = id.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
            sum += (c - '0') * WEIGHTS[i];
        }
        if (CHECK[sum % 11] != id.charAt(17)) {
            return false;
        }
        try {
            LocalDate born = LocalDate.of(Integer.parseInt(id.substring(6, 10)), Integer.parseInt(id.substring(10, 12)),
                    Integer.parseInt(id.substring(12, 14)));
            return born.getYear() >= 1900 && !born.isAfter(today);
        } catch (DateTimeException e) {
            return false;
        }
    }

    /** A mainland mobile number (11 digits) or a landline with its area code. */
    public static boolean isPhone(String raw) {
        if (raw == null) {
            return false;
        }
        String phone = raw.trim();
        return MOBILE.matcher(phone).matches() || LANDLINE.matcher(phone).matches();
    }
}
