package org.tiaojie.cases.core.internal;

import java.time.DateTimeException;
import java.time.LocalDate;

/** The 18-character resident identity card number — 公民身份号码 (GB 11643-1999): region, birth date, sequence, check character. */
final class ResidentIdNumber {
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final char[] CHECK = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};

    private ResidentIdNumber() {
    }

    static boolean isValid(String raw) {
        if (raw == null) {
            return false;
        }
        String id = raw.trim().toUpperCase();
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
            LocalDate.of(Integer.parseInt(id.substring(6, 10)), Integer.parseInt(id.substring(10, 12)),
                    Integer.parseInt(id.substring(12, 14)));
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }
}
