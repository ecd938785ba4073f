package org.tiaojie.statistics.internal;

import java.util.Map;

import org.tiaojie.cases.api.statistics.Dimension;

/** The printed names of the coded dimensions (信访形式, 来源, 性质), as the counties' ledgers head them. */
final class Labels {
    private static final Map<String, String> NAMES = Map.ofEntries(
            Map.entry("LETTER", "来信"), Map.entry("VISIT", "来访"), Map.entry("PHONE", "来电"), Map.entry("ONLINE", "网上信访"),
            Map.entry("DIRECT", "信访人直接提出"), Map.entry("REFERRED_NATIONAL", "国家信访局转送/交办"),
            Map.entry("REFERRED_PROVINCIAL", "省信访局转送/交办"), Map.entry("REFERRED_CITY", "市信访局转送/交办"),
            Map.entry("REFERRED_CITY_RECEPTION_CENTRE", "市接待中心转送"), Map.entry("SCREENING", "排查发现"),
            Map.entry("SELF_OPENED", "自立案"), Map.entry("REQUEST", "申诉求决"), Map.entry("SUGGESTION", "建议意见"),
            Map.entry("COMPLAINT_ABOUT_OFFICIAL", "检举控告"), Map.entry("LEGAL_PROCEDURE", "涉法定途径"));

    private Labels() {
    }

    static String of(Dimension d, String code) {
        return d == Dimension.DEPARTMENT ? code : NAMES.getOrDefault(code, code);
    }
}
