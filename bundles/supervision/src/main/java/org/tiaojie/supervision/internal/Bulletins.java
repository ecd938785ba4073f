package org.tiaojie.supervision.internal;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tiaojie.cases.api.PlatformClock;
import org.tiaojie.cases.api.ReferenceData;
import org.tiaojie.cases.api.Township;
import org.tiaojie.cases.api.spi.DeadlineSource;
import org.tiaojie.cases.api.spi.OpenDeadline;
import org.tiaojie.cases.api.supervision.Bulletin;
import org.tiaojie.cases.api.supervision.UnitCount;
import org.tiaojie.records.internal.JsonColumn;

/**
 * The weekly supervision bulletin — 一周一通报 — of each township and of the county, for a calendar week (Monday to
 * Sunday, the county's days): the week's notices, return visits and accountability records from supervision's own
 * tables, and the open cases past their limit by township and unit as the core lists them when it is generated.
 * The first run of a week keeps last week's of every scope, once (the unique key on scope and week).
 */
public class Bulletins {
    private static final Logger LOG = LoggerFactory.getLogger(Bulletins.class);
    private static final JsonColumn<Bulletin> CONTENT = JsonColumn.of(Bulletin.class, Bulletin::new);
    /** The cases' deadline source, whose overdue limits the bulletin counts. */
    static final String CASES = "case";

    private final SupervisionStore store;
    private final Sources sources;
    private final PlatformClock clock;
    private volatile ReferenceData referenceData;

    public Bulletins(SupervisionStore store, Sources sources, PlatformClock clock) {
        this.store = store;
        this.sources = sources;
        this.clock = clock;
    }

    public void setReferenceData(ReferenceData referenceData) {
        this.referenceData = referenceData;
    }

    static LocalDate monday(LocalDate day) {
        return day.with(DayOfWeek.MONDAY);
    }

    /** Last week's bulletins of every township and the county, each kept once; those kept already are left. */
    void lastWeeks(LocalDate today) {
        LocalDate week = monday(today).minusWeeks(1);
        List<String> scopes = new ArrayList<>();
        ReferenceData master = referenceData;
        if (master != null) {
            master.townships().stream().map(Township::code).forEach(scopes::add);
        }
        scopes.add(null);
        // One read per run: after the first run of a week every scope is kept and nothing more is done.
        java.util.Set<String> kept = store.keptScopes(week);
        for (String township : scopes) {
            String scope = township == null ? SupervisionStore.COUNTY : township;
            try {
                if (!kept.contains(scope)) {
                    Bulletin b = generate(township, week);
                    if (store.keepBulletin(b.getId(), scope, week, b.getGeneratedAt(), CONTENT.write(b))) {
                        LOG.info("weekly bulletin of {} for the week of {} kept", scope, week);
                    }
                }
            } catch (RuntimeException e) {
                LOG.warn("the bulletin of {} for the week of {} was not generated; the next run tries again", scope, week, e);
            }
        }
    }

    /**
     * The bulletin of a week: the kept one of a week that is over (generated and kept now if there is none), the
     * current week's generated afresh and not kept.
     */
    Bulletin week(String township, LocalDate weekOf) {
        LocalDate week = monday(weekOf);
        String scope = township == null ? SupervisionStore.COUNTY : township;
        if (week.plusWeeks(1).isAfter(clock.today())) {
            return generate(township, week);
        }
        Optional<String> kept = store.bulletin(scope, week);
        if (kept.isPresent()) {
            return CONTENT.read(kept.get(), scope + " " + week);
        }
        Bulletin b = generate(township, week);
        if (!store.keepBulletin(b.getId(), scope, week, b.getGeneratedAt(), CONTENT.write(b))) {
            // Another run kept it a moment ago: the one kept is the one everybody reads.
            return store.bulletin(scope, week).map(c -> CONTENT.read(c, scope + " " + week)).orElse(b);
        }
        return b;
    }

    Sql.PageOf<Bulletin> kept(String township, int offset, int size) {
        String scope = township == null ? SupervisionStore.COUNTY : township;
        Sql.PageOf<String> page = store.bulletins(scope, offset, size);
        return new Sql.PageOf<>(page.total(), page.items().stream().map(c -> CONTENT.read(c, scope)).toList());
    }

    Bulletin generate(String township, LocalDate week) {
        Instant from = week.atStartOfDay(PlatformClock.ZONE).toInstant();
        Instant to = week.plusWeeks(1).atStartOfDay(PlatformClock.ZONE).toInstant();
        SupervisionStore.WeekFigures f = store.figures(township, from, to);
        Bulletin b = new Bulletin();
        b.setId(UUID.randomUUID().toString());
        b.setTownship(township);
        b.setWeekStart(week);
        b.setWeekEnd(week.plusDays(6));
        b.setGeneratedAt(clock.now());
        b.setNoticesIssued(f.noticesIssued());
        b.setNoticesAnswered(f.noticesAnswered());
        b.setNoticesAnsweredLate(f.noticesAnsweredLate());
        b.setNoticesLapsed(f.noticesLapsed());
        Map<String, Integer> visits = f.visitsBySatisfaction();
        b.setSatisfied(visits.getOrDefault("SATISFIED", 0));
        b.setBasicallySatisfied(visits.getOrDefault("BASICALLY_SATISFIED", 0));
        b.setDissatisfied(visits.getOrDefault("DISSATISFIED", 0));
        b.setReturnVisits(visits.values().stream().mapToInt(Integer::intValue).sum());
        b.setAccountabilityOpened(f.accountabilityOpened());
        b.setAccountabilityClosed(f.accountabilityClosed());
        b.setOverdueByUnit(overdueByUnit(township, clock.today()));
        return b;
    }

    /** The open cases past their limit today, by township and unit, most first; none while the core is away. */
    private List<UnitCount> overdueByUnit(String township, LocalDate today) {
        Optional<DeadlineSource> cases = sources.get(CASES);
        Map<String, UnitCount> counts = new TreeMap<>();
        if (cases.isEmpty()) {
            return List.of();
        }
        OpenDeadline after = null;
        while (true) {
            List<OpenDeadline> page = cases.get().dueBy(today.minusDays(1), after, 1000);
            for (OpenDeadline d : page) {
                if (township != null && !township.equals(d.getTownship())) {
                    continue;
                }
                UnitCount c = counts.computeIfAbsent(d.getTownship() + "|" + d.getUnit(), k -> {
                    UnitCount u = new UnitCount();
                    u.setTownship(d.getTownship());
                    u.setUnit(d.getUnit());
                    return u;
                });
                c.setCount(c.getCount() + 1);
            }
            if (page.size() < 1000) {
                break;
            }
            after = page.get(page.size() - 1);
        }
        List<UnitCount> sorted = new ArrayList<>(counts.values());
        sorted.sort(Comparator.comparingInt(UnitCount::getCount).reversed()
                .thenComparing(UnitCount::getTownship).thenComparing(u -> u.getUnit() == null ? "" : u.getUnit()));
        return sorted;
    }
}
