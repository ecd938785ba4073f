package org.tiaojie.documents.internal;

import java.time.LocalDate;

/** How dates and counts are written in a document: 2026年12月4日. */
final class Chinese {
    private Chinese() {
    }

    static String date(LocalDate d) {
        return d == null ? "—" : d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
    }
}
