package org.tiaojie.cases.core.internal;

import java.security.SecureRandom;

/**
 * Petitioners' query codes — 查询码: 80 random bits in Crockford base-32, grouped for reading aloud
 * over the phone (no I, L, O or U to mistake).
 */
final class QueryCodes {
    private static final char[] ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private static final java.util.regex.Pattern FORM = java.util.regex.Pattern.compile("[0-9A-Z]{4}(-[0-9A-Z]{4}){3}");

    private QueryCodes() {
    }

    /** Whether the text (upper case) has the form of a code; a malformed one is never looked up. */
    static boolean wellFormed(String code) {
        return FORM.matcher(code).matches();
    }

    static String next() {
        StringBuilder code = new StringBuilder(19);
        for (int i = 0; i < 16; i++) {
            if (i > 0 && i % 4 == 0) {
                code.append('-');
            }
            code.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
        }
        return code.toString();
    }
}
