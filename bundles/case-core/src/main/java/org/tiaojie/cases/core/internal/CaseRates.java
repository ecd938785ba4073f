package org.tiaojie.cases.core.internal;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.tiaojie.cases.api.Page;
import org.tiaojie.cases.api.PageRequest;
import org.tiaojie.cases.api.statistics.Dimension;
import org.tiaojie.cases.api.statistics.FigureQuery;
import org.tiaojie.cases.api.statistics.FigureSource.Readers;
import org.tiaojie.cases.api.statistics.FigureSubject;
import org.tiaojie.cases.api.statistics.RateCount;
import org.tiaojie.cases.api.statistics.RateDefinition;
import org.tiaojie.cases.api.statistics.RatePart;
import org.tiaojie.cases.api.statistics.RateSource;

/**
 * The cases' rates (source {@code case}), counted in SQL over the milestone columns of {@code TJ_CASE} (and the
 * repeat petitions of {@code TJ_REPEAT}). A case is in a period's denominator by the date of one event — a limit
 * falling due, an acceptance, a completion, an evaluation, a decision — and in its numerator by what had happened
 * up to the period's last day ({@code asOf}); nothing depends on a case's status today, so a past period's rate stays
 * what it was. docs/STATISTICS.md states the same definitions.
 */
public class CaseRates implements RateSource {
    private static final int MAX_GROUPS = 10_000;
    private static final String SATISFIED = "c.EVALUATION IN ('SATISFIED', 'BASICALLY_SATISFIED')";
    private static final String NO_REVIEW = "(c.REVIEW_REQUESTED_ON IS NULL OR c.REVIEW_REQUESTED_ON > {asOf})";
    private static final Pattern TOKEN = Pattern.compile("\\{(from|asOf|fromTs|endTs)}");

    /**
     * One table a rate counts from: which rows are in the denominator, which of them in the numerator, and the date
     * that orders them in a drill-through. Predicates name {@code {from}} and {@code {asOf}} (dates) and
     * {@code {fromTs}}, {@code {endTs}} (the county's midnights of the first day and of the day after asOf).
     */
    record Part(boolean repeat, String denominator, String numerator, String at) {
    }

    record Rate(RateDefinition definition, List<Part> parts) {
    }

    private static final Map<String, Rate> RATES = new LinkedHashMap<>();

    static {
        rate("TIMELY_ACCEPTANCE", "及时受理率", "在受理期限内作出受理、转送、导入法定途径或移送纪检监察的件数",
                "受理期限（收到之日起15日）届满日在本期的登记事项件数",
                "分母：受理期限届满日在统计期内（且不晚于统计截止日）的新登记事项；分子：其中在期限届满日或之前作出第一个分流步骤"
                        + "（受理并告知、转送、导入法定途径、移送纪检监察）的。按步骤记载的日期计。",
                new Part(false, "c.TRIAGE_DUE >= {from} AND c.TRIAGE_DUE <= {asOf}",
                        "c.TRIAGED_ON IS NOT NULL AND c.TRIAGED_ON <= c.TRIAGE_DUE", "c.TRIAGE_DUE"));
        rate("ON_TIME_REPLY", "按期答复率", "在办理期限内将处理意见书送达信访人或达成调解和解协议的件数",
                "办理期限（受理之日起60日，含延期）届满日在本期的受理事项件数",
                "分母：办理期限（含经批准的延期）届满日在统计期内的已受理事项；分子：其中在期限届满日或之前送达处理意见书，"
                        + "或达成调解、和解协议的。受理后导入法定途径的事项计为未按期答复。",
                new Part(false, "c.HANDLING_DUE >= {from} AND c.HANDLING_DUE <= {asOf}",
                        "c.REPLIED_ON IS NOT NULL AND c.REPLIED_ON <= c.HANDLING_DUE", "c.HANDLING_DUE"));
        rate("ON_TIME_COMPLETION", "按期办结率", "在办理期限内出具处理意见书或达成调解和解协议的件数",
                "办理期限（含延期）届满日在本期的受理事项件数",
                "分母：办理期限（含经批准的延期）届满日在统计期内的已受理事项；分子：其中在期限届满日或之前出具信访处理意见书，"
                        + "或达成调解、和解协议的（办结）。延期须在期限内批准，逾期后不能再延。",
                new Part(false, "c.HANDLING_DUE >= {from} AND c.HANDLING_DUE <= {asOf}",
                        "c.COMPLETED_ON IS NOT NULL AND c.COMPLETED_ON <= c.HANDLING_DUE", "c.HANDLING_DUE"));
        rate("COMPLETION", "办结率", "至统计截止日已办结的件数", "本期受理的事项件数",
                "分母：受理日期在统计期内的事项；分子：其中至统计截止日（期末，或本期未满时的今日）已出具处理意见书或达成"
                        + "调解、和解协议的。跨期办结的事项只计入其受理所在期的分母，不改写已过去的期次。",
                new Part(false, "c.ACCEPTED_ON >= {from} AND c.ACCEPTED_ON <= {asOf}",
                        "c.COMPLETED_ON IS NOT NULL AND c.COMPLETED_ON <= {asOf}", "c.ACCEPTED_ON"));
        rate("RESOLUTION", "化解率", "至统计截止日已化解的件数：达成调解和解协议，或信访人评价满意、基本满意，且未申请复查",
                "本期办结的事项件数",
                "分母：办结日期（出具处理意见书或达成协议）在统计期内的事项；分子：其中达成调解、和解协议，或至统计截止日"
                        + "信访人评价为满意、基本满意的，且至统计截止日未申请复查。",
                new Part(false, "c.COMPLETED_ON >= {from} AND c.COMPLETED_ON <= {asOf}",
                        "(c.SETTLED_ON IS NOT NULL OR (" + SATISFIED + " AND c.EVALUATED_ON <= {asOf})) AND "
                                + NO_REVIEW, "c.COMPLETED_ON"));
        rate("SATISFACTION", "满意率", "评价为满意、基本满意的件数", "本期参评的件数",
                "分母：信访人在统计期内作出评价的事项；分子：其中评价为满意或基本满意的。未评价的事项不计入。",
                new Part(false, "c.EVALUATED_ON >= {from} AND c.EVALUATED_ON <= {asOf}", SATISFIED, "c.EVALUATED_ON"));
        rate("FIRST_TIME_RESOLUTION", "一次性办结率", "信访人未再次信访、未申请复查的件数", "本期办结的事项件数",
                "分母：办结日期在统计期内的事项；分子：其中至统计截止日既无关联的重复信访（重信重访），也未申请复查的。",
                new Part(false, "c.COMPLETED_ON >= {from} AND c.COMPLETED_ON <= {asOf}", NO_REVIEW
                        + " AND NOT EXISTS (SELECT 1 FROM TJ_REPEAT x WHERE x.CASE_ID = c.ID AND x.RECEIVED_AT < {endTs})",
                        "c.COMPLETED_ON"));
        rate("REPEAT_RATE", "重复信访率", "本期重复信访批次", "本期信访总批次（新登记事项与重复信访之和）",
                "分母：统计期内登记的新事项与收到的重复信访批次之和（与“批”相同）；分子：其中的重复信访批次。",
                new Part(false, "c.REGISTERED_AT >= {fromTs} AND c.REGISTERED_AT < {endTs}", "1 = 0", "c.REGISTERED_AT"),
                new Part(true, "r.RECEIVED_AT >= {fromTs} AND r.RECEIVED_AT < {endTs}", "1 = 1", "r.RECEIVED_AT"));
        rate("COLLECTIVE_SHARE", "集体访占比", "本期集体访批次（5人以上）", "本期信访总批次",
                "分母：统计期内登记的新事项与收到的重复信访批次之和；分子：其中人数在" + IntakeValidator.COLLECTIVE_MIN_PERSONS
                        + "人以上的（集体访）。",
                new Part(false, "c.REGISTERED_AT >= {fromTs} AND c.REGISTERED_AT < {endTs}",
                        "COALESCE(c.HEAD_COUNT, 1) >= " + IntakeValidator.COLLECTIVE_MIN_PERSONS, "c.REGISTERED_AT"),
                new Part(true, "r.RECEIVED_AT >= {fromTs} AND r.RECEIVED_AT < {endTs}",
                        "r.HEAD_COUNT >= " + IntakeValidator.COLLECTIVE_MIN_PERSONS, "r.RECEIVED_AT"));
        rate("REVIEW_REVERSAL", "复查复核改变率", "决定变更或撤销原处理意见的件次", "本期作出的复查、复核决定件次",
                "分母：统计期内作出的复查决定与复核决定（一件事项两级各计一次）；分子：其中决定变更或撤销原意见的。",
                new Part(false, "c.REVIEW_DECIDED_ON >= {from} AND c.REVIEW_DECIDED_ON <= {asOf}",
                        "c.REVIEW_OUTCOME IN ('CHANGED', 'REVOKED')", "c.REVIEW_DECIDED_ON"),
                new Part(false, "c.RE_REVIEW_DECIDED_ON >= {from} AND c.RE_REVIEW_DECIDED_ON <= {asOf}",
                        "c.RE_REVIEW_OUTCOME IN ('CHANGED', 'REVOKED')", "c.RE_REVIEW_DECIDED_ON"));
    }

    private static void rate(String key, String name, String numerator, String denominator, String definition,
                             Part... parts) {
        RATES.put(key, new Rate(RateDefinition.of(key, name, CaseFigures.SOURCE_NAME, numerator, denominator,
                definition), List.of(parts)));
    }

    private final CaseRepository repository;

    public CaseRates(CaseRepository repository) {
        this.repository = repository;
    }

    @Override
    public List<RateDefinition> definitions() {
        return RATES.values().stream().map(Rate::definition).toList();
    }

    @Override
    public List<RateCount> count(FigureQuery query, LocalDate asOf, Readers readers) {
        List<Dimension> by = query.getBy() == null ? List.of() : query.getBy();
        List<RateCount> out = new ArrayList<>();
        for (Map.Entry<String, Rate> rate : RATES.entrySet()) {
            Map<List<String>, RateCount> groups = new LinkedHashMap<>();
            for (Part part : rate.getValue().parts()) {
                List<String> columns = by.stream().map(d -> CaseFigures.column(d, part.repeat())).toList();
                String select = columns.isEmpty() ? "" : String.join(", ", columns) + ", ";
                String group = columns.isEmpty() ? "" : " GROUP BY " + String.join(", ", columns);
                // Two grouped counts, not a CASE inside SUM: a numerator may hold a subquery, which an aggregate may not.
                List<Object> args = new ArrayList<>();
                String sql = "SELECT " + select + "COUNT(*)" + from(part) + where(part, query, asOf, readers, args) + group;
                List<Object> numeratorArgs = new ArrayList<>();
                String numeratorSql = "SELECT " + select + "COUNT(*)" + from(part)
                        + where(part, query, asOf, readers, numeratorArgs) + " AND "
                        + bind(part.numerator(), query.getFrom(), asOf, numeratorArgs) + group;
                Map<List<String>, Long> numerators = new LinkedHashMap<>();
                for (Object[] row : repository.figureRows(numeratorSql, numeratorArgs, MAX_GROUPS)) {
                    numerators.put(key(row, by.size()), ((Number) row[by.size()]).longValue());
                }
                for (Object[] row : repository.figureRows(sql, args, MAX_GROUPS)) {
                    long denominator = ((Number) row[by.size()]).longValue();
                    if (denominator == 0) {
                        continue;
                    }
                    List<String> key = key(row, by.size());
                    RateCount c = groups.computeIfAbsent(key, k -> {
                        RateCount fresh = new RateCount();
                        fresh.setKey(k);
                        fresh.setRate(rate.getKey());
                        return fresh;
                    });
                    c.setDenominator(c.getDenominator() + denominator);
                    c.setNumerator(c.getNumerator() + numerators.getOrDefault(key, 0L));
                }
            }
            out.addAll(groups.values());
        }
        return out;
    }

    @Override
    public Page<FigureSubject> subjects(String rate, RatePart part, FigureQuery query, LocalDate asOf, Readers readers,
                                        PageRequest page) {
        Rate r = rate == null ? null : RATES.get(rate);
        if (r == null) {
            return null;
        }
        List<Object> args = new ArrayList<>();
        List<String> selects = new ArrayList<>();
        for (Part p : r.parts()) {
            // Every part of one rate orders by the same kind of value: dates, or registration and receipt times.
            String persons = p.repeat() ? "r.HEAD_COUNT" : "COALESCE(c.HEAD_COUNT, 1)";
            StringBuilder sql = new StringBuilder("SELECT c.ID AS S_ID, c.CASE_NUMBER AS S_NUMBER, c.TOWNSHIP AS S_TOWNSHIP, "
                    + p.at() + " AS S_AT, " + persons + " AS S_PERSONS, c.ROUTING_STATE AS S_ROUTING, "
                    + (p.repeat() ? 1 : 0) + " AS S_REPEAT" + from(p));
            sql.append(where(p, query, asOf, readers, args));
            if (part == RatePart.NUMERATOR) {
                sql.append(" AND ").append(bind(p.numerator(), query.getFrom(), asOf, args));
            }
            selects.add(sql.toString());
        }
        return CaseFigures.page(repository, String.join(" UNION ALL ", selects), args, readers, page);
    }

    private static List<String> key(Object[] row, int size) {
        List<String> key = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            key.add(row[i] == null ? null : row[i].toString());
        }
        return key;
    }

    private static String from(Part p) {
        return p.repeat() ? " FROM TJ_REPEAT r JOIN TJ_CASE c ON c.ID = r.CASE_ID" : " FROM TJ_CASE c";
    }

    private static String where(Part p, FigureQuery q, LocalDate asOf, Readers readers, List<Object> args) {
        String period = " WHERE " + bind(p.denominator(), q.getFrom(), asOf, args);
        return period + CaseFigures.filters(q, readers, p.repeat(), args);
    }

    /** The predicate with each token as a bound value, appended to {@code args} in the order they appear. */
    static String bind(String predicate, LocalDate from, LocalDate asOf, List<Object> args) {
        Matcher m = TOKEN.matcher(predicate);
        StringBuilder sql = new StringBuilder();
        while (m.find()) {
            args.add(switch (m.group(1)) {
                case "from" -> Date.valueOf(from);
                case "asOf" -> Date.valueOf(asOf);
                case "fromTs" -> Timestamp.from(CaseFigures.start(from));
                default -> Timestamp.from(CaseFigures.start(asOf.plusDays(1)));
            });
            m.appendReplacement(sql, "?");
        }
        m.appendTail(sql);
        return sql.toString();
    }
}
