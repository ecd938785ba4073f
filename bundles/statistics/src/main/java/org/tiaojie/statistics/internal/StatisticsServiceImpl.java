package org.tiaojie.statistics.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.tiaojie.cases.api.Actor;
import org.tiaojie.cases.api.ErrorCode;
import org.tiaojie.cases.api.FieldViolation;
import org.tiaojie.cases.api.Page;
import org.tiaojie.cases.api.PageRequest;
import org.tiaojie.cases.api.PlatformClock;
import org.tiaojie.cases.api.ReferenceData;
import org.tiaojie.cases.api.Roles;
import org.tiaojie.cases.api.TiaojieException;
import org.tiaojie.cases.api.ValidationException;
import org.tiaojie.cases.api.statistics.Count;
import org.tiaojie.cases.api.statistics.Dimension;
import org.tiaojie.cases.api.statistics.FigureQuery;
import org.tiaojie.cases.api.statistics.FigureRow;
import org.tiaojie.cases.api.statistics.FigureSource;
import org.tiaojie.cases.api.statistics.FigureSubject;
import org.tiaojie.cases.api.statistics.FigureTable;
import org.tiaojie.cases.api.statistics.Measure;
import org.tiaojie.cases.api.statistics.MeasureValue;
import org.tiaojie.cases.api.statistics.RateCount;
import org.tiaojie.cases.api.statistics.RateDefinition;
import org.tiaojie.cases.api.statistics.RatePart;
import org.tiaojie.cases.api.statistics.RateRow;
import org.tiaojie.cases.api.statistics.RateSource;
import org.tiaojie.cases.api.statistics.RateTable;
import org.tiaojie.cases.api.statistics.RateValue;
import org.tiaojie.cases.api.statistics.StatisticsService;

/**
 * Adds up every source's counts for the period and for the same period a year before, and sets the change beside
 * each figure. A source that leaves in the middle is left out of that table, which names the sources it holds.
 */
public class StatisticsServiceImpl implements StatisticsService {
    private static final Logger LOG = LoggerFactory.getLogger(StatisticsServiceImpl.class);
    /** Who reads the figures: the petition office, leaders, supervisors (their townships; county staff: all). */
    static final String[] READERS = {Roles.CLERK, Roles.LEADER, Roles.SUPERVISOR};
    static final long MAX_DAYS = 5 * 366;

    private final Sources<FigureSource> sources;
    private final Sources<RateSource> rateSources;
    private final ReferenceData referenceData;
    private final PlatformClock clock;

    public StatisticsServiceImpl(FigureSources sources, RateSources rateSources,
                                 ReferenceData referenceData, PlatformClock clock) {
        this.sources = sources;
        this.rateSources = rateSources;
        this.referenceData = referenceData;
        this.clock = clock;
    }

    @Override
    public FigureTable figures(Actor actor, FigureQuery query) {
        FigureSource.Readers readers = check(actor, query);
        FigureQuery previous = yearBefore(query);
        List<String> used = new ArrayList<>();
        Map<List<String>, Count> now = new LinkedHashMap<>();
        Map<List<String>, Count> before = new LinkedHashMap<>();
        sources.live().forEach((name, source) -> {
            try {
                List<Count> current = source.count(query, readers);
                List<Count> earlier = source.count(previous, readers);
                current.forEach(c -> add(now, c));
                earlier.forEach(c -> add(before, c));
                used.add(name);
            } catch (RuntimeException e) {
                LOG.warn("the figures of source {} could not be read; the table is without them", name, e);
            }
        });
        List<Dimension> by = query.getBy() == null ? List.of() : query.getBy();
        Set<List<String>> keys = new java.util.LinkedHashSet<>(now.keySet());
        keys.addAll(before.keySet());
        List<FigureRow> rows = new ArrayList<>();
        Count totalNow = new Count();
        Count totalBefore = new Count();
        for (List<String> key : keys) {
            Count n = now.getOrDefault(key, new Count());
            Count b = before.getOrDefault(key, new Count());
            rows.add(row(by, key, n, b));
            sum(totalNow, n);
            sum(totalBefore, b);
        }
        rows.sort(Comparator.comparingLong((FigureRow r) -> -r.getValues().get(0).getValue())
                .thenComparingLong(r -> -r.getValues().get(1).getValue())
                .thenComparing(r -> String.valueOf(r.getKey())));
        FigureTable t = new FigureTable();
        t.setFrom(query.getFrom());
        t.setTo(query.getTo());
        t.setPreviousFrom(previous.getFrom());
        t.setPreviousTo(previous.getTo());
        t.setBy(by);
        t.setRows(rows);
        t.setTotal(row(by, null, totalNow, totalBefore));
        t.setSources(used);
        List<String> definitions = new ArrayList<>();
        for (Measure m : Measure.values()) {
            definitions.add(m.name() + "（" + m.unit() + "）：" + m.definition());
        }
        t.setDefinitions(definitions);
        return t;
    }

    @Override
    public byte[] workbook(Actor actor, FigureQuery query) {
        FigureTable table = figures(actor, query);
        return FigureWorkbook.write(table, clock.now());
    }

    @Override
    public Page<FigureSubject> subjects(Actor actor, String source, Measure measure, FigureQuery query, PageRequest page) {
        FigureSource.Readers readers = check(actor, query);
        if (measure == null) {
            throw ValidationException.of("measure", FieldViolation.REQUIRED, "which figure: MATTERS, BATCHES, PERSON_VISITS or REPEATS");
        }
        String name = source == null || source.isBlank() ? "case" : source.trim();
        FigureSource s = sources.live().get(name);
        if (s == null) {
            throw new TiaojieException(ErrorCode.SERVICE_UNAVAILABLE, "the figures of " + name + " are not installed now");
        }
        return s.subjects(measure, query, readers, page);
    }

    @Override
    public RateTable rates(Actor actor, FigureQuery query) {
        FigureSource.Readers readers = check(actor, query);
        FigureQuery previous = yearBefore(query);
        LocalDate asOf = asOf(query);
        LocalDate previousAsOf = asOf(previous);
        List<String> used = new ArrayList<>();
        List<RateDefinition> definitions = new ArrayList<>();
        Map<List<String>, Map<String, long[]>> now = new LinkedHashMap<>();
        Map<List<String>, Map<String, long[]>> before = new LinkedHashMap<>();
        rateSources.live().forEach((name, source) -> {
            try {
                List<RateDefinition> offered = source.definitions().stream()
                        .filter(d -> definitions.stream().noneMatch(known -> known.getRate().equals(d.getRate())))
                        .toList();
                Set<String> names = offered.stream().map(RateDefinition::getRate).collect(java.util.stream.Collectors.toSet());
                List<RateCount> current = source.count(query, asOf, readers);
                List<RateCount> earlier = source.count(previous, previousAsOf, readers);
                current.stream().filter(c -> names.contains(c.getRate())).forEach(c -> add(now, c));
                earlier.stream().filter(c -> names.contains(c.getRate())).forEach(c -> add(before, c));
                definitions.addAll(offered);
                used.add(name);
            } catch (RuntimeException e) {
                LOG.warn("the rates of source {} could not be read; the table is without them", name, e);
            }
        });
        List<Dimension> by = query.getBy() == null ? List.of() : query.getBy();
        Set<List<String>> keys = new java.util.TreeSet<>(Comparator.comparing(String::valueOf));
        keys.addAll(now.keySet());
        keys.addAll(before.keySet());
        List<RateRow> rows = new ArrayList<>();
        Map<String, long[]> totalNow = new LinkedHashMap<>();
        Map<String, long[]> totalBefore = new LinkedHashMap<>();
        for (List<String> key : keys) {
            Map<String, long[]> n = now.getOrDefault(key, Map.of());
            Map<String, long[]> b = before.getOrDefault(key, Map.of());
            rows.add(rateRow(by, key, definitions, n, b));
            n.forEach((rate, v) -> sum(totalNow, rate, v));
            b.forEach((rate, v) -> sum(totalBefore, rate, v));
        }
        RateTable t = new RateTable();
        t.setFrom(query.getFrom());
        t.setTo(query.getTo());
        t.setAsOf(asOf);
        t.setPreviousFrom(previous.getFrom());
        t.setPreviousTo(previous.getTo());
        t.setBy(by);
        t.setRows(rows);
        t.setTotal(rateRow(by, null, definitions, totalNow, totalBefore));
        t.setSources(used);
        t.setDefinitions(definitions);
        return t;
    }

    @Override
    public Page<FigureSubject> rateSubjects(Actor actor, String rate, RatePart part, FigureQuery query, PageRequest page) {
        FigureSource.Readers readers = check(actor, query);
        List<FieldViolation> v = new ArrayList<>();
        if (rate == null || rate.isBlank()) {
            v.add(new FieldViolation("rate", FieldViolation.REQUIRED, "which rate, e.g. ON_TIME_COMPLETION"));
        }
        if (part == null) {
            v.add(new FieldViolation("part", FieldViolation.REQUIRED, "NUMERATOR or DENOMINATOR"));
        }
        if (!v.isEmpty()) {
            throw new ValidationException(v);
        }
        String name = rate.trim();
        for (RateSource source : rateSources.live().values()) {
            if (source.definitions().stream().anyMatch(d -> d.getRate().equals(name))) {
                Page<FigureSubject> subjects = source.subjects(name, part, query, asOf(query), readers, page);
                if (subjects == null) {
                    break;
                }
                return subjects;
            }
        }
        throw ValidationException.of("rate", FieldViolation.UNKNOWN_VALUE, "no installed module computes the rate "
                + name + "; GET /v1/statistics/rates lists those that do");
    }

    @Override
    public byte[] ratesWorkbook(Actor actor, FigureQuery query) {
        return RateWorkbook.write(rates(actor, query), clock.now());
    }

    /** Events count up to the period's last day, or up to today while the period runs. */
    private LocalDate asOf(FigureQuery q) {
        LocalDate today = LocalDate.ofInstant(clock.now(), PlatformClock.ZONE);
        return q.getTo().isAfter(today) ? today : q.getTo();
    }

    private static void add(Map<List<String>, Map<String, long[]>> into, RateCount c) {
        List<String> key = c.getKey() == null ? List.of() : c.getKey();
        sum(into.computeIfAbsent(key, k -> new LinkedHashMap<>()), c.getRate(),
                new long[] {c.getNumerator(), c.getDenominator()});
    }

    private static void sum(Map<String, long[]> into, String rate, long[] v) {
        long[] s = into.computeIfAbsent(rate, k -> new long[2]);
        s[0] += v[0];
        s[1] += v[1];
    }

    private RateRow rateRow(List<Dimension> by, List<String> key, List<RateDefinition> definitions,
                            Map<String, long[]> now, Map<String, long[]> before) {
        RateRow r = new RateRow();
        if (key != null) {
            r.setKey(key);
            r.setLabels(labels(by, key));
        } else {
            r.setLabels(List.of("合计"));
        }
        List<RateValue> values = new ArrayList<>();
        for (RateDefinition d : definitions) {
            long[] n = now.getOrDefault(d.getRate(), new long[2]);
            long[] b = before.getOrDefault(d.getRate(), new long[2]);
            values.add(rateValue(d.getRate(), n[0], n[1], b[0], b[1]));
        }
        r.setValues(values);
        return r;
    }

    static RateValue rateValue(String rate, long numerator, long denominator, long previousNumerator,
                               long previousDenominator) {
        RateValue v = new RateValue();
        v.setRate(rate);
        v.setNumerator(numerator);
        v.setDenominator(denominator);
        v.setPreviousNumerator(previousNumerator);
        v.setPreviousDenominator(previousDenominator);
        v.setPercent(percent(numerator, denominator));
        v.setPreviousPercent(percent(previousNumerator, previousDenominator));
        if (v.getPercent() != null && v.getPreviousPercent() != null) {
            v.setChangePoints(round(v.getPercent() - v.getPreviousPercent()));
        }
        return v;
    }

    private static Double percent(long numerator, long denominator) {
        return denominator == 0 ? null : round(numerator * 100.0 / denominator);
    }

    private static double round(double value) {
        return BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP).doubleValue();
    }

    /** The role, the period, the breakdown and the township, checked together; the readers the sources count for. */
    private FigureSource.Readers check(Actor actor, FigureQuery q) {
        Roles.require(actor, READERS);
        List<FieldViolation> v = new ArrayList<>();
        if (q == null) {
            throw ValidationException.of("from", FieldViolation.REQUIRED, "a period: from and to");
        }
        if (q.getFrom() == null) {
            v.add(new FieldViolation("from", FieldViolation.REQUIRED, "the first day of the period"));
        }
        if (q.getTo() == null) {
            v.add(new FieldViolation("to", FieldViolation.REQUIRED, "the last day of the period"));
        }
        if (q.getFrom() != null && q.getTo() != null) {
            if (q.getTo().isBefore(q.getFrom())) {
                v.add(new FieldViolation("to", FieldViolation.OUT_OF_RANGE, "not before from (" + q.getFrom() + ")"));
            } else if (ChronoUnit.DAYS.between(q.getFrom(), q.getTo()) >= MAX_DAYS) {
                v.add(new FieldViolation("to", FieldViolation.OUT_OF_RANGE, "a period of at most 5 years"));
            }
        }
        List<Dimension> by = q.getBy() == null ? List.of() : q.getBy();
        if (by.stream().anyMatch(d -> d == null) || new java.util.HashSet<>(by).size() != by.size()) {
            v.add(new FieldViolation("by", FieldViolation.INVALID_FORMAT, "each dimension once"));
        }
        if (q.getTownship() != null && referenceData.township(q.getTownship()).isEmpty()) {
            v.add(new FieldViolation("township", FieldViolation.UNKNOWN_VALUE, "unknown township " + q.getTownship()));
        }
        if (!v.isEmpty()) {
            throw new ValidationException(v);
        }
        if (q.getTownship() != null && !actor.canSeeTownship(q.getTownship())) {
            throw new TiaojieException(ErrorCode.ACCESS_DENIED, actor.userId() + " does not work for township "
                    + q.getTownship());
        }
        boolean complaints = actor.hasRole(Roles.DISCIPLINE) || actor.hasRole(Roles.CLERK) && actor.isCountyWide();
        return new FigureSource.Readers(actor.isCountyWide() ? null : List.copyOf(actor.townships()), complaints);
    }

    /** The same days a year before (29 February becomes the 28th). */
    static FigureQuery yearBefore(FigureQuery q) {
        FigureQuery p = new FigureQuery();
        p.setFrom(q.getFrom().minusYears(1));
        p.setTo(q.getTo().minusYears(1));
        p.setBy(q.getBy());
        p.setTownship(q.getTownship());
        p.setCategory(q.getCategory());
        p.setPetitionForm(q.getPetitionForm());
        p.setSource(q.getSource());
        p.setNature(q.getNature());
        p.setDepartment(q.getDepartment());
        return p;
    }

    private static void add(Map<List<String>, Count> into, Count c) {
        List<String> key = c.getKey() == null ? List.of() : c.getKey();
        sum(into.computeIfAbsent(key, k -> {
            Count fresh = new Count();
            fresh.setKey(k);
            return fresh;
        }), c);
    }

    private static void sum(Count into, Count c) {
        into.setMatters(into.getMatters() + c.getMatters());
        into.setBatches(into.getBatches() + c.getBatches());
        into.setPersonVisits(into.getPersonVisits() + c.getPersonVisits());
        into.setRepeats(into.getRepeats() + c.getRepeats());
    }

    private FigureRow row(List<Dimension> by, List<String> key, Count now, Count before) {
        FigureRow r = new FigureRow();
        if (key != null) {
            r.setKey(key);
            r.setLabels(labels(by, key));
        } else {
            r.setLabels(List.of("合计"));
        }
        r.setValues(List.of(value(Measure.MATTERS, now.getMatters(), before.getMatters()),
                value(Measure.BATCHES, now.getBatches(), before.getBatches()),
                value(Measure.PERSON_VISITS, now.getPersonVisits(), before.getPersonVisits()),
                value(Measure.REPEATS, now.getRepeats(), before.getRepeats())));
        return r;
    }

    static MeasureValue value(Measure m, long now, long before) {
        MeasureValue v = new MeasureValue();
        v.setMeasure(m);
        v.setValue(now);
        v.setPreviousYear(before);
        v.setChangePercent(before == 0 ? null : BigDecimal.valueOf((now - before) * 100.0 / before)
                .setScale(1, RoundingMode.HALF_UP).doubleValue());
        return v;
    }

    private List<String> labels(List<Dimension> by, List<String> key) {
        List<String> labels = new ArrayList<>();
        for (int i = 0; i < key.size() && i < by.size(); i++) {
            labels.add(label(by.get(i), key.get(i)));
        }
        return labels;
    }

    private String label(Dimension d, String code) {
        if (code == null) {
            return "（无）";
        }
        return switch (d) {
            case TOWNSHIP -> referenceData.township(code).map(t -> t.name()).orElse(code);
            case CATEGORY -> referenceData.category(code).map(c -> c.label()).orElse(code);
            default -> Labels.of(d, code);
        };
    }
}
