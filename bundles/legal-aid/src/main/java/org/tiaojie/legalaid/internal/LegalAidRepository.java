package org.tiaojie.legalaid.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;
import javax.transaction.Transactional;

import org.tiaojie.cases.api.legalaid.ApplicationStatus;
import org.tiaojie.legalaid.internal.jpa.ApplicationEntity;
import org.tiaojie.legalaid.internal.jpa.HistoryEntity;
import org.tiaojie.records.internal.NativeRows;
import org.tiaojie.records.internal.Numbering;
import org.tiaojie.records.internal.PagedQuery;
import org.tiaojie.records.internal.RowLock;
import org.tiaojie.records.internal.SeriesStart;

/** The plug-in's own tables, one JTA transaction per method. */
public class LegalAidRepository {

    @PersistenceContext(unitName = "tiaojie-legalaid")
    private EntityManager em;

    private SeriesStart series;

    /** Starts a year's numbering (its own transaction). */
    /** What DUE_DATE holds: the running limit's due date of an application as it stands (none: null). */
    public void setDueDates(DueDateRule rule) {
        this.dueDates = rule::dueDate;
        this.limits = rule::keep;
    }

    private Function<ApplicationEntity, LocalDate> dueDates = a -> null;
    private java.util.function.Consumer<ApplicationEntity> limits = a -> { };

    public void setSeries(SeriesStart series) {
        this.series = series;
    }

    /** Makes sure the year's numbering exists, before an application's transaction begins (no transaction here). */
    public void prepareNumbering(int year) {
        series.ensure(year);
    }

    /** A change to one application; returns the history line to write. */
    @FunctionalInterface
    public interface Change {
        HistoryEntity apply(ApplicationEntity entity);
    }

    /** Numbers the application (FY-<year>-<nnnn>) and stores it with its first history line. */
    @Transactional(Transactional.TxType.REQUIRED)
    public ApplicationEntity insert(ApplicationEntity fresh, int year, String actor, String action, String note) {
        long number = Numbering.next(em, series, year);
        fresh.setNumber(String.format("FY-%d-%04d", year, number));
        limits.accept(fresh);
        em.persist(fresh);
        em.persist(new HistoryEntity(fresh.getId(), fresh.getCreatedAt(), actor, action, note));
        em.flush();
        return fresh;
    }

    /** Runs the work in one JTA transaction, which the core's writes (a shared petition) join. */
    @Transactional(Transactional.TxType.REQUIRED)
    public <R> R inTransaction(java.util.function.Supplier<R> work) {
        return work.get();
    }

    @Transactional(Transactional.TxType.REQUIRED)
    public Optional<ApplicationEntity> find(String id) {
        return Optional.ofNullable(id == null ? null : em.find(ApplicationEntity.class, id));
    }

    @Transactional(Transactional.TxType.REQUIRED)
    public Optional<ApplicationEntity> findByCase(String caseId) {
        return em.createQuery("SELECT a FROM ApplicationEntity a WHERE a.caseId = :caseId ORDER BY a.createdAt DESC",
                        ApplicationEntity.class)
                .setParameter("caseId", caseId).setMaxResults(1).getResultList().stream().findFirst();
    }

    /**
     * One page, newest first, filtered in the database: by status (any when null) and by township (any of
     * {@code townships}; all when null).
     */
    @Transactional(Transactional.TxType.REQUIRED)
    public PagedQuery.Slice<ApplicationEntity> list(ApplicationStatus status, Collection<String> townships, int offset,
                                                    int size) {
        return PagedQuery.from(em, ApplicationEntity.class).equal("status", status).in("township", townships)
                .page("createdAt DESC, number DESC", offset, size);
    }

    @Transactional(Transactional.TxType.REQUIRED)
    public Optional<ApplicationEntity> change(String id, Change change) {
        // Two steps on one application at the same moment take turns.
        if (id == null || !RowLock.lock(em, "TJ_LA_APPLICATION", "ID", id, "CREATED_AT")) {
            return Optional.empty();
        }
        ApplicationEntity entity = em.find(ApplicationEntity.class, id);
        em.persist(change.apply(entity));
        limits.accept(entity);
        em.flush();
        return Optional.of(entity);
    }

    /** Open aided matters per lawyer (assigned, not concluded). */
    @Transactional(Transactional.TxType.REQUIRED)
    public Map<String, Long> openCasesByLawyer() {
        Map<String, Long> load = new HashMap<>();
        for (Object[] row : em.createQuery("SELECT a.lawyerId, COUNT(a) FROM ApplicationEntity a "
                        + "WHERE a.status = :assigned AND a.lawyerId IS NOT NULL GROUP BY a.lawyerId", Object[].class)
                .setParameter("assigned", ApplicationStatus.ASSIGNED).getResultList()) {
            load.put((String) row[0], ((Number) row[1]).longValue());
        }
        return load;
    }

    /**
     * The applications whose running limit falls due on or before {@code dueBy}, by due date then id, after the
     * position given (none: from the start), at most {@code limit} (IX_LA_DUE).
     */
    @Transactional(Transactional.TxType.REQUIRED)
    public List<ApplicationEntity> dueBy(LocalDate dueBy, LocalDate afterDue, String afterId,
                                                   int limit) {
        String after = afterDue == null ? ""
                : " AND (a.dueDate > :afterDue OR (a.dueDate = :afterDue AND a.id > :afterId))";
        var query = em.createQuery("SELECT a FROM ApplicationEntity a WHERE a.dueDate IS NOT NULL AND a.dueDate <= :dueBy"
                + after + " ORDER BY a.dueDate, a.id", ApplicationEntity.class).setParameter("dueBy", dueBy);
        if (afterDue != null) {
            query.setParameter("afterDue", afterDue).setParameter("afterId", afterId == null ? "" : afterId);
        }
        return query.setMaxResults(limit).getResultList();
    }

    /**
     * Writes the due date of the applications stored before DUE_DATE was kept (a limit running, the column empty), a
     * batch at a time; how many it wrote.
     */
    @Transactional(Transactional.TxType.REQUIRED)
    public int backfillDueDates(int batch) {
        List<ApplicationEntity> missing = em.createQuery("SELECT a FROM ApplicationEntity a WHERE a.dueDate IS NULL"
                        + " AND a.status IN :running ORDER BY a.id", ApplicationEntity.class)
                .setParameter("running", List.of(ApplicationStatus.RECEIVED, ApplicationStatus.GRANTED,
                        ApplicationStatus.OBJECTION_PENDING))
                .setMaxResults(batch).getResultList();
        int written = 0;
        for (ApplicationEntity a : missing) {
            a.setDueDate(dueDates.apply(a));
            written += a.getDueDate() == null ? 0 : 1;
        }
        em.flush();
        return written;
    }

    /**
     * Writes the decision's and the assignment's limits of the applications stored before they were kept, a batch at
     * a time; how many it wrote. Their first decision is taken to be the one recorded (an objection upheld since
     * moved it; such an application counts as decided on the later day).
     */
    @Transactional(Transactional.TxType.REQUIRED)
    public int backfillLimits(int batch) {
        List<ApplicationEntity> missing = em.createQuery("SELECT a FROM ApplicationEntity a WHERE a.decisionDue IS NULL"
                        + " AND a.receivedOn IS NOT NULL AND a.status <> :waiting ORDER BY a.id", ApplicationEntity.class)
                .setParameter("waiting", ApplicationStatus.MATERIALS_REQUESTED).setMaxResults(batch).getResultList();
        for (ApplicationEntity a : missing) {
            // The limits first, from the file as it stands; then the decision that fixes them.
            limits.accept(a);
            if (a.isDecided() && a.getFirstDecidedOn() == null) {
                a.setFirstDecidedOn(a.getDecidedOn());
            }
        }
        em.flush();
        return missing.size();
    }

    /**
     * Rows of a read-only native query built by the rate source (its SQL names only fixed columns; the values are
     * bound), at most {@code max}.
     */
    @Transactional(Transactional.TxType.REQUIRED)
    public List<Object[]> rateRows(String sql, List<Object> args, int max) {
        return NativeRows.of(em, sql, args, max);
    }
}
