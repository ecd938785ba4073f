package org.tiaojie.mediation.internal;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.tiaojie.cases.api.Page;
import org.tiaojie.cases.api.PageRequest;
import org.tiaojie.cases.api.PlatformClock;
import org.tiaojie.cases.api.spi.MediationChannel;
import org.tiaojie.cases.api.statistics.Dimension;
import org.tiaojie.cases.api.statistics.FigureQuery;
import org.tiaojie.cases.api.statistics.FigureSource.Readers;
import org.tiaojie.cases.api.statistics.FigureSubject;
import org.tiaojie.cases.api.statistics.RateCount;
import org.tiaojie.cases.api.statistics.RateDefinition;
import org.tiaojie.cases.api.statistics.RatePart;
import org.tiaojie.cases.api.statistics.RateSource;

/**
 * A channel's rates (source {@code mediation-<KIND>}), counted from the days its files' steps happened: how many of the
 * mediations that ended in the period ended in an agreement (调解成功率), and — for people's and administrative
 * mediation — how many of the period's agreements the parties took to court for judicial confirmation (申请司法确认率);
 * judicial mediation counts instead how many of its confirmation requests were confirmed (司法确认率). Each step
 * counted here happens at most once in a file's path, so a file is counted once. Files have a township and a category;
 * a breakdown by petition form, source, nature or department is one group, and a query filtered by them has no files.
 */
public class ChannelRates implements RateSource {
    private static final int MAX_GROUPS = 10_000;

    /**
     * One rate: the steps whose day in the period puts a file in the denominator; of those, the ones that put it in
     * the numerator, or else the step the file must also have taken by the end of the period.
     */
    private record Rate(RateDefinition definition, List<String> counted, List<String> succeeded, String followedBy) {
    }

    private final FileStore store;
    private final String sourceName;
    private final Map<String, Rate> rates = new LinkedHashMap<>();

    public ChannelRates(MediationFiles files) {
        this.store = files.store();
        MediationChannel.Kind kind = files.policy().kind();
        this.sourceName = "mediation-" + kind.name();
        String name = switch (kind) {
            case PEOPLE -> "人民调解";
            case ADMINISTRATIVE -> "行政调解";
            case JUDICIAL -> "司法调解";
        };
        if (kind == MediationChannel.Kind.JUDICIAL) {
            rate("MEDIATION_SUCCESS_JUDICIAL", name + "调解成功率", "出具调解书的件数",
                    "本期调解终结（出具调解书、调解不成或撤回）的诉前、诉中调解件数",
                    "分母：统计期内调解终结的诉前调解和诉中调解卷宗：出具调解书、调解不成（含当事人拒绝签收调解书）或撤回；"
                            + "分子：其中出具调解书的。以各步骤的发生日期计。",
                    List.of("ISSUE_DOCUMENT", CommonSteps.FAIL, CommonSteps.WITHDRAW), List.of("ISSUE_DOCUMENT"), null);
            rate("JUDICIAL_CONFIRMATION", "司法确认率", "裁定确认调解协议有效的件数",
                    "本期作出裁定（确认或驳回）的司法确认申请件数",
                    "分母：统计期内人民法院对已受理的司法确认申请作出裁定的件数（确认有效或驳回申请）；分子：其中裁定确认"
                            + "调解协议有效的。不予受理的申请不计入。",
                    List.of("CONFIRM", "REJECT"), List.of("CONFIRM"), null);
        } else {
            String suffix = kind.name();
            rate("MEDIATION_SUCCESS_" + suffix, name + "调解成功率", "达成调解协议的件数",
                    "本期调解终结（达成协议、调解不成或撤回）的件数",
                    "分母：统计期内调解终结的" + name + "卷宗：达成调解协议、调解不成或当事人撤回；分子：其中达成调解协议的。"
                            + "不予受理的不计入。以各步骤的发生日期计。",
                    List.of(CommonSteps.AGREE, CommonSteps.FAIL, CommonSteps.WITHDRAW), List.of(CommonSteps.AGREE), null);
            rate("CONFIRMATION_APPLIED_" + suffix, name + "协议申请司法确认率", "至统计截止日已申请司法确认的件数",
                    "本期达成调解协议的件数",
                    "分母：统计期内达成" + name + "协议的卷宗；分子：其中当事人至统计截止日（统计期末日与今日中较早者）已向"
                            + "人民法院申请司法确认的（人民调解法第三十三条，自协议生效之日起30日内）。",
                    List.of(CommonSteps.AGREE), null, CommonSteps.APPLY_CONFIRMATION);
        }
    }

    private void rate(String key, String name, String numerator, String denominator, String definition,
                      List<String> counted, List<String> succeeded, String followedBy) {
        rates.put(key, new Rate(RateDefinition.of(key, name, sourceName, numerator, denominator, definition), counted,
                succeeded, followedBy));
    }

    /** The source's name, as registered: {@code mediation-PEOPLE}, {@code mediation-ADMINISTRATIVE}, … */
    public String sourceName() {
        return sourceName;
    }

    @Override
    public List<RateDefinition> definitions() {
        return rates.values().stream().map(Rate::definition).toList();
    }

    @Override
    public List<RateCount> count(FigureQuery query, LocalDate asOf, Readers readers) {
        if (!answerable(query)) {
            return List.of();
        }
        List<Dimension> by = query.getBy() == null ? List.of() : query.getBy();
        List<String> columns = new ArrayList<>();
        for (Dimension d : by) {
            if (d == Dimension.TOWNSHIP) {
                columns.add("r.TOWNSHIP");
            } else if (d == Dimension.CATEGORY) {
                columns.add("r.CATEGORY");
            }
        }
        String select = columns.isEmpty() ? "" : String.join(", ", columns) + ", ";
        String group = columns.isEmpty() ? "" : " GROUP BY " + String.join(", ", columns);
        int width = columns.size();
        List<RateCount> out = new ArrayList<>();
        for (Map.Entry<String, Rate> e : rates.entrySet()) {
            Rate r = e.getValue();
            List<Object> args = new ArrayList<>();
            String where = where(r, query, asOf, readers, args);
            List<Object> numeratorArgs = new ArrayList<>(args);
            String numerator = numerator(r, asOf, numeratorArgs);
            Map<List<String>, Long> numerators = new LinkedHashMap<>();
            for (Object[] row : store.rateRows("SELECT " + select + "COUNT(*)" + from() + where + numerator + group,
                    numeratorArgs, MAX_GROUPS)) {
                numerators.put(groupOf(row, width), ((Number) row[width]).longValue());
            }
            for (Object[] row : store.rateRows("SELECT " + select + "COUNT(*)" + from() + where + group, args,
                    MAX_GROUPS)) {
                long denominator = ((Number) row[width]).longValue();
                if (denominator == 0) {
                    continue;
                }
                List<String> values = groupOf(row, width);
                List<String> key = new ArrayList<>();
                int column = 0;
                for (Dimension d : by) {
                    key.add(d == Dimension.TOWNSHIP || d == Dimension.CATEGORY ? values.get(column++) : null);
                }
                RateCount c = new RateCount();
                c.setRate(e.getKey());
                c.setKey(key);
                c.setDenominator(denominator);
                c.setNumerator(numerators.getOrDefault(values, 0L));
                out.add(c);
            }
        }
        return out;
    }

    @Override
    public Page<FigureSubject> subjects(String rate, RatePart part, FigureQuery query, LocalDate asOf, Readers readers,
                                        PageRequest page) {
        Rate r = rate == null ? null : rates.get(rate);
        if (r == null) {
            return null;
        }
        if (!answerable(query)) {
            return new Page<>(List.of(), page.page(), page.size(), 0);
        }
        List<Object> args = new ArrayList<>();
        String where = where(r, query, asOf, readers, args);
        if (part == RatePart.NUMERATOR) {
            where += numerator(r, asOf, args);
        }
        long total = ((Number) store.rateRows("SELECT COUNT(*)" + from() + where, args, 1).get(0)[0]).longValue();
        List<FigureSubject> items = new ArrayList<>();
        for (Object[] row : store.rateRows("SELECT r.NUMBER, r.CASE_ID, r.TOWNSHIP, h.OCCURRED_ON" + from()
                + where + " ORDER BY h.OCCURRED_ON, r.NUMBER OFFSET " + page.offset() + " ROWS FETCH NEXT "
                + page.size() + " ROWS ONLY", args, page.size())) {
            FigureSubject s = new FigureSubject();
            s.setSource(sourceName);
            s.setReference((String) row[0]);
            s.setCaseId((String) row[1]);
            s.setTownship((String) row[2]);
            s.setAt(row[3] instanceof Date day ? day.toLocalDate().atStartOfDay(PlatformClock.ZONE).toInstant() : null);
            s.setPersons(1);
            items.add(s);
        }
        return new Page<>(items, page.page(), page.size(), total);
    }

    private String from() {
        return " FROM " + store.historyTable() + " h JOIN " + store.recordTable() + " r ON r.ID = h.RECORD_ID";
    }

    private String numerator(Rate r, LocalDate asOf, List<Object> args) {
        if (r.followedBy() == null) {
            args.addAll(r.succeeded());
            return " AND h.ACTION_NAME IN (" + marks(r.succeeded().size()) + ")";
        }
        args.add(r.followedBy());
        args.add(Date.valueOf(asOf));
        return " AND EXISTS (SELECT 1 FROM " + store.historyTable() + " f WHERE f.RECORD_ID = h.RECORD_ID"
                + " AND f.ACTION_NAME = ? AND f.OCCURRED_ON <= ?)";
    }

    private static List<String> groupOf(Object[] row, int width) {
        List<String> values = new ArrayList<>(width);
        for (int i = 0; i < width; i++) {
            values.add((String) row[i]);
        }
        return values;
    }

    /** Only a township or a category can narrow files; any other filter names a group that holds none of them. */
    private static boolean answerable(FigureQuery q) {
        return q.getPetitionForm() == null && q.getSource() == null && q.getNature() == null
                && q.getDepartment() == null;
    }

    private static String where(Rate r, FigureQuery q, LocalDate asOf, Readers readers, List<Object> args) {
        StringBuilder sql = new StringBuilder(" WHERE h.ACTION_NAME IN (" + marks(r.counted().size())
                + ") AND h.OCCURRED_ON >= ? AND h.OCCURRED_ON <= ?");
        args.addAll(r.counted());
        args.add(Date.valueOf(q.getFrom()));
        args.add(Date.valueOf(asOf));
        if (q.getTownship() != null) {
            sql.append(" AND r.TOWNSHIP = ?");
            args.add(q.getTownship());
        }
        if (q.getCategory() != null) {
            sql.append(" AND r.CATEGORY = ?");
            args.add(q.getCategory());
        }
        if (readers.townships() != null) {
            if (readers.townships().isEmpty()) {
                sql.append(" AND 1 = 0");
            } else {
                sql.append(" AND r.TOWNSHIP IN (").append(marks(readers.townships().size())).append(")");
                args.addAll(readers.townships());
            }
        }
        return sql.toString();
    }

    private static String marks(int n) {
        return String.join(",", Collections.nCopies(n, "?"));
    }
}
