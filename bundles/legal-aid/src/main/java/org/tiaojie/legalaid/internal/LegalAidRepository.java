package org.tiaojie.legalaid.internal;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;
import javax.transaction.Transactional;

import org.tiaojie.cases.api.legalaid.ApplicationStatus;
import org.tiaojie.legalaid.internal.jpa.ApplicationEntity;
import org.tiaojie.legalaid.internal.jpa.HistoryEntity;
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
}
