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

    private final FigureSources sources;
    private final ReferenceData referenceData;
    private final PlatformClock clock;

    public StatisticsServiceImpl(FigureSources sources, ReferenceData referenceData, PlatformClock clock) {
        this.sources = sources;
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
            List<String> labels = new ArrayList<>();
            for (int i = 0; i < key.size() && i < by.size(); i++) {
                labels.add(label(by.get(i), key.get(i)));
            }
            r.setLabels(labels);
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
