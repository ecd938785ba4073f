package org.tiaojie.cases.core.internal;

/** Human case numbers — 案件编号: township, year, sequence within the township and year. */
final class CaseNumbers {
    private CaseNumbers() {
    }

    static String format(String township, int year, long sequence) {
        String n = Long.toString(sequence);
        return township + '-' + year + '-' + "000000".substring(Math.min(6, n.length())) + n;
    }
}
