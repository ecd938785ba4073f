package org.tiaojie.cases.core.internal;

/** Human case numbers — 案件编号: township, year, sequence within the township and year. */
final class CaseNumbers {
    private CaseNumbers() {
    }

    static String format(String township, int year, long sequence) {
        return String.format("%s-%d-%06d", township, year, sequence);
    }
}
