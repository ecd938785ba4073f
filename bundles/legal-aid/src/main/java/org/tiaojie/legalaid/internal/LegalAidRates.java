package org.tiaojie.legalaid.internal;

import java.sql.Date;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.tiaojie.cases.api.Page;
import org.tiaojie.cases.api.PageRequest;
import org.tiaojie.cases.api.PlatformClock;
import org.tiaojie.cases.api.statistics.Dimension;
import org.tiaojie.cases.api.statistics.FigureQuery;
import org.tiaojie.cases.api.statistics.FigureSource.Readers;
import org.tiaojie.cases.api.statistics.FigureSubject;
import org.tiaojie.cases.api.statistics.RateCount;
import org.tiaojie.cases.api.statistics.RateDefinition;
import org.tiaojie.cases.api.statistics.RatePart;
import org.tiaojie.cases.api.statistics.RateSource;

/**
 * Legal aid's rates (source {@code legal-aid}): whether the centre decided within the 7 days [43] and assigned within
 * the 3 days [44]. An application is in a period's denominator when its limit ends in the period (the limit is fixed
 * once its step is taken), and in its numerator when the step is dated on or before that day. Applications have a
 * township and no category, petition form, source, nature or department: a breakdown by those is one group, and a
 * query filtered by them has no applications.
 */
public class LegalAidRates implements RateSource {
    static final String SOURCE_NAME = LegalAidDeadlines.SOURCE_NAME;
    private static final ZoneId ZONE = PlatformClock.ZONE;
    private static final int MAX_GROUPS = 10_000;

    /** One rate: the limit's column and the step's. */
    private record Rate(RateDefinition definition, String due, String done) {
    }

    private static final Map<String, Rate> RATES = new LinkedHashMap<>();

    static {
        rate("LEGAL_AID_DECIDED_IN_TIME", "法律援助审查决定及时率", "在期限内作出给予或不给予法律援助决定的件数",
                "审查决定期限届满日在本期的申请件数",
                "分母：审查决定期限（自收到完整材料之日起7日，法律援助法第四十三条；补充材料期间不计）届满日在统计期内的"
                        + "法律援助申请；分子：其中在期限届满日或之前作出第一个决定（给予或不给予）的。",
                "a.DECISION_DUE", "a.FIRST_DECIDED_ON");
        rate("LEGAL_AID_ASSIGNED_IN_TIME", "法律援助指派及时率", "在期限内指派律师或法律援助工作者的件数",
                "指派期限届满日在本期的已给予援助件数",
                "分母：指派期限（自决定给予法律援助之日起3日，法律援助法第四十四条）届满日在统计期内的申请；分子：其中在"
                        + "期限届满日或之前指派的。先行指派（紧急情况）的申请没有指派期限，不计入。",
                "a.ASSIGNMENT_DUE", "a.ASSIGNED_ON");
    }

    private static void rate(String key, String name, String numerator, String denominator, String definition,
                             String due, String done) {
        RATES.put(key, new Rate(RateDefinition.of(key, name, SOURCE_NAME, numerator, denominator, definition), due,
                done));
    }

    private final LegalAidRepository repository;

    public LegalAidRates(LegalAidRepository repository) {
        this.repository = repository;
    }

    /** Writes the limits of the applications stored before they were kept (at start, in batches). */
    public void backfill() {
        int written;
        do {
            written = repository.backfillLimits(500);
        } while (written > 0);
    }

    @Override
    public List<RateDefinition> definitions() {
        return RATES.values().stream().map(Rate::definition).toList();
    }

    @Override
    public List<RateCount> count(FigureQuery query, LocalDate asOf, Readers readers) {
        if (!answerable(query)) {
            return List.of();
        }
        List<Dimension> by = query.getBy() == null ? List.of() : query.getBy();
        boolean byTownship = by.contains(Dimension.TOWNSHIP);
        String select = byTownship ? "a.TOWNSHIP, " : "";
        String group = byTownship ? " GROUP BY a.TOWNSHIP" : "";
        List<RateCount> out = new ArrayList<>();
        for (Map.Entry<String, Rate> e : RATES.entrySet()) {
            Rate r = e.getValue();
            List<Object> args = new ArrayList<>();
            String where = where(r, query, asOf, readers, args);
            List<Object> numeratorArgs = new ArrayList<>(args);
            Map<String, Long> numerators = new LinkedHashMap<>();
            for (Object[] row : repository.rateRows("SELECT " + select + "COUNT(*) FROM TJ_LA_APPLICATION a" + where
                    + " AND " + r.done() + " <= " + r.due() + group, numeratorArgs, MAX_GROUPS)) {
                numerators.put(byTownship ? (String) row[0] : "", ((Number) row[byTownship ? 1 : 0]).longValue());
            }
            for (Object[] row : repository.rateRows("SELECT " + select + "COUNT(*) FROM TJ_LA_APPLICATION a" + where + group,
                    args, MAX_GROUPS)) {
                long denominator = ((Number) row[byTownship ? 1 : 0]).longValue();
                if (denominator == 0) {
                    continue;
                }
                String township = byTownship ? (String) row[0] : "";
                RateCount c = new RateCount();
                c.setRate(e.getKey());
                List<String> key = new ArrayList<>();
                for (Dimension d : by) {
                    key.add(d == Dimension.TOWNSHIP ? township : null);
                }
                c.setKey(key);
                c.setDenominator(denominator);
                c.setNumerator(numerators.getOrDefault(township, 0L));
                out.add(c);
            }
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
        if (!answerable(query)) {
            return new Page<>(List.of(), page.page(), page.size(), 0);
        }
        List<Object> args = new ArrayList<>();
        String where = where(r, query, asOf, readers, args)
                + (part == RatePart.NUMERATOR ? " AND " + r.done() + " <= " + r.due() : "");
        long total = ((Number) repository.rateRows("SELECT COUNT(*) FROM TJ_LA_APPLICATION a" + where, args, 1).get(0)[0])
                .longValue();
        List<FigureSubject> items = new ArrayList<>();
        for (Object[] row : repository.rateRows("SELECT a.NUMBER, a.CASE_ID, a.CASE_NUMBER, a.TOWNSHIP, " + r.due()
                + " FROM TJ_LA_APPLICATION a" + where + " ORDER BY " + r.due() + ", a.NUMBER OFFSET " + page.offset()
                + " ROWS FETCH NEXT " + page.size() + " ROWS ONLY", args, page.size())) {
            FigureSubject s = new FigureSubject();
            s.setSource(SOURCE_NAME);
            s.setReference((String) row[0]);
            s.setCaseId((String) row[1]);
            s.setCaseNumber((String) row[2]);
            s.setTownship((String) row[3]);
            s.setAt(row[4] instanceof Date day ? day.toLocalDate().atStartOfDay(ZONE).toInstant() : null);
            s.setPersons(1);
            items.add(s);
        }
        return new Page<>(items, page.page(), page.size(), total);
    }

    /** Only a township can narrow applications; any other filter names a group that holds none of them. */
    private static boolean answerable(FigureQuery q) {
        return q.getCategory() == null && q.getPetitionForm() == null && q.getSource() == null && q.getNature() == null
                && q.getDepartment() == null;
    }

    private static String where(Rate r, FigureQuery q, LocalDate asOf, Readers readers, List<Object> args) {
        StringBuilder sql = new StringBuilder(" WHERE " + r.due() + " >= ? AND " + r.due() + " <= ?");
        args.add(Date.valueOf(q.getFrom()));
        args.add(Date.valueOf(asOf));
        if (q.getTownship() != null) {
            sql.append(" AND a.TOWNSHIP = ?");
            args.add(q.getTownship());
        }
        if (readers.townships() != null) {
            if (readers.townships().isEmpty()) {
                sql.append(" AND 1 = 0");
            } else {
                sql.append(" AND a.TOWNSHIP IN (").append(String.join(",", Collections.nCopies(readers.townships().size(), "?")))
                        .append(")");
                args.addAll(readers.townships());
            }
        }
        return sql.toString();
    }
}
