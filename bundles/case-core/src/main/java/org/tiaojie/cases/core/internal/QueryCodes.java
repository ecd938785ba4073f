package org.tiaojie.cases.core.internal;

import java.security.SecureRandom;

/**
 * Petitioners' query codes — 查询码: 80 random bits in Crockford base-32, grouped for reading aloud
 * over the phone (no I, L, O or U to mistake).
 */
final class QueryCodes {
    private static final char[] ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private QueryCodes() {
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
