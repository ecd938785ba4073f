package org.tiaojie.cases.core.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.tiaojie.cases.api.Page;
import org.tiaojie.cases.api.PageRequest;
import org.tiaojie.cases.api.PlatformClock;
import org.tiaojie.cases.api.RoutingState;
import org.tiaojie.cases.api.statistics.Count;
import org.tiaojie.cases.api.statistics.Dimension;
import org.tiaojie.cases.api.statistics.FigureQuery;
import org.tiaojie.cases.api.statistics.FigureSource;
import org.tiaojie.cases.api.statistics.FigureSubject;
import org.tiaojie.cases.api.statistics.Measure;

/**
 * The cases' figures for the statistics (source {@code case}), counted in SQL by the dates of the events that make
 * them: a new matter by its registration ({@code TJ_CASE.REGISTERED_AT}), a repeat petition by its receipt
 * ({@code TJ_REPEAT.RECEIVED_AT}). A collective petition is one matter, one batch, and its head count in
 * person-visits; a repeat petition is a batch and a repeat, never a new matter. Nothing depends on a case's status
 * today, so a past period's figure stays what it was.
 */
public class CaseFigures implements FigureSource {
    static final String SOURCE_NAME = "case";
    private static final int MAX_GROUPS = 10_000;

    private final CaseRepository repository;

    public CaseFigures(CaseRepository repository) {
        this.repository = repository;
    }

    /** The column of a dimension: a repeat petition's own petition form and source, its matter's for the rest. */
    static String column(Dimension d, boolean repeat) {
        return switch (d) {
            case PETITION_FORM -> repeat ? "r.PETITION_FORM" : "c.PETITION_FORM";
            case SOURCE -> repeat ? "r.SOURCE" : "c.SOURCE";
            case CATEGORY -> "c.CATEGORY";
            case NATURE -> "c.NATURE";
            case TOWNSHIP -> "c.TOWNSHIP";
            case DEPARTMENT -> "c.DEPARTMENT";
        };
    }

    /** The WHERE clause of a period, the query's filters and the readers' townships, with its values. */
    private static String where(FigureQuery q, Readers readers, boolean repeat, List<Object> args) {
        String period = repeat ? " WHERE r.RECEIVED_AT >= ? AND r.RECEIVED_AT < ?"
                : " WHERE c.REGISTERED_AT >= ? AND c.REGISTERED_AT < ?";
        args.add(Timestamp.from(start(q.getFrom())));
        args.add(Timestamp.from(start(q.getTo().plusDays(1))));
        return period + filters(q, readers, repeat, args);
    }

    /** The query's filters and the readers' townships as {@code AND} conditions, with their values. */
    static String filters(FigureQuery q, Readers readers, boolean repeat, List<Object> args) {
        StringBuilder sql = new StringBuilder();
        Map<Dimension, String> filters = new LinkedHashMap<>();
        filters.put(Dimension.TOWNSHIP, q.getTownship());
        filters.put(Dimension.CATEGORY, q.getCategory());
        filters.put(Dimension.PETITION_FORM, q.getPetitionForm());
        filters.put(Dimension.SOURCE, q.getSource());
        filters.put(Dimension.NATURE, q.getNature());
        filters.put(Dimension.DEPARTMENT, q.getDepartment());
        filters.forEach((d, value) -> {
            if (value != null) {
                sql.append(" AND ").append(column(d, repeat)).append(" = ?");
                args.add(value);
            }
        });
        if (readers.townships() != null) {
            if (readers.townships().isEmpty()) {
                sql.append(" AND 1 = 0");
            } else {
                sql.append(" AND c.TOWNSHIP IN (").append(String.join(",", Collections.nCopies(readers.townships().size(), "?")))
                        .append(")");
                args.addAll(readers.townships());
            }
        }
        return sql.toString();
    }

    static Instant start(LocalDate day) {
        return day.atStartOfDay(PlatformClock.ZONE).toInstant();
    }

    private static String from(boolean repeat) {
        return repeat ? " FROM TJ_REPEAT r JOIN TJ_CASE c ON c.ID = r.CASE_ID" : " FROM TJ_CASE c";
    }

    @Override
    public List<Count> count(FigureQuery query, Readers readers) {
        List<Dimension> by = query.getBy() == null ? List.of() : query.getBy();
        Map<List<String>, Count> groups = new LinkedHashMap<>();
        for (boolean repeat : new boolean[] {false, true}) {
            List<String> columns = by.stream().map(d -> column(d, repeat)).toList();
            String select = columns.isEmpty() ? "" : String.join(", ", columns) + ", ";
            String persons = repeat ? "r.HEAD_COUNT" : "COALESCE(c.HEAD_COUNT, 1)";
            List<Object> args = new ArrayList<>();
            String sql = "SELECT " + select + "COUNT(*), SUM(" + persons + ")" + from(repeat) + where(query, readers, repeat, args)
                    + (columns.isEmpty() ? "" : " GROUP BY " + String.join(", ", columns));
            for (Object[] row : repository.figureRows(sql, args, MAX_GROUPS)) {
                List<String> key = new ArrayList<>();
                for (int i = 0; i < by.size(); i++) {
                    key.add(row[i] == null ? null : row[i].toString());
                }
                long n = ((Number) row[by.size()]).longValue();
                long people = row[by.size() + 1] == null ? 0 : ((Number) row[by.size() + 1]).longValue();
                if (n == 0) {
                    continue;
                }
                Count c = groups.computeIfAbsent(key, k -> {
                    Count fresh = new Count();
                    fresh.setKey(k);
                    return fresh;
                });
                c.setBatches(c.getBatches() + n);
                c.setPersonVisits(c.getPersonVisits() + people);
                if (repeat) {
                    c.setRepeats(c.getRepeats() + n);
                } else {
                    c.setMatters(c.getMatters() + n);
                }
            }
        }
        return new ArrayList<>(groups.values());
    }

    @Override
    public Page<FigureSubject> subjects(Measure measure, FigureQuery query, Readers readers, PageRequest page) {
        List<Object> args = new ArrayList<>();
        List<String> parts = new ArrayList<>();
        if (measure != Measure.REPEATS) {
            parts.add("SELECT c.ID AS S_ID, c.CASE_NUMBER AS S_NUMBER, c.TOWNSHIP AS S_TOWNSHIP, c.REGISTERED_AT AS S_AT,"
                    + " COALESCE(c.HEAD_COUNT, 1) AS S_PERSONS, c.ROUTING_STATE AS S_ROUTING, 0 AS S_REPEAT" + from(false)
                    + where(query, readers, false, args));
        }
        if (measure != Measure.MATTERS) {
            parts.add("SELECT c.ID AS S_ID, c.CASE_NUMBER AS S_NUMBER, c.TOWNSHIP AS S_TOWNSHIP, r.RECEIVED_AT AS S_AT,"
                    + " r.HEAD_COUNT AS S_PERSONS, c.ROUTING_STATE AS S_ROUTING, 1 AS S_REPEAT" + from(true)
                    + where(query, readers, true, args));
        }
        return page(repository, String.join(" UNION ALL ", parts), args, readers, page);
    }

    /**
     * One page of the records a union of {@code S_*} columns lists, in the order of {@code S_AT}, with its total: the
     * drill-through of a figure and of a rate alike. A date (a milestone) is the county's midnight of that day.
     */
    static Page<FigureSubject> page(CaseRepository repository, String union, List<Object> args, Readers readers,
                                    PageRequest page) {
        long total = ((Number) repository.figureRows("SELECT COUNT(*) FROM (" + union + ") s", args, 1).get(0)[0])
                .longValue();
        List<FigureSubject> items = new ArrayList<>();
        for (Object[] row : repository.figureRows("SELECT S_ID, S_NUMBER, S_TOWNSHIP, S_AT, S_PERSONS, S_ROUTING, S_REPEAT FROM ("
                + union + ") s ORDER BY S_AT, S_ID OFFSET " + page.offset() + " ROWS FETCH NEXT " + page.size()
                + " ROWS ONLY", args, page.size())) {
            FigureSubject s = new FigureSubject();
            s.setSource(SOURCE_NAME);
            boolean withheld = RoutingState.WITHHELD.name().equals(row[5]);
            s.setCaseId(withheld && !readers.complaints() ? null : (String) row[0]);
            s.setCaseNumber((String) row[1]);
            s.setTownship((String) row[2]);
            s.setAt(row[3] instanceof java.sql.Date day ? start(day.toLocalDate())
                    : row[3] instanceof java.util.Date time ? time.toInstant() : null);
            s.setPersons(((Number) row[4]).intValue());
            s.setRepeat(((Number) row[6]).intValue() == 1);
            items.add(s);
        }
        return new Page<>(items, page.page(), page.size(), total);
    }
}
