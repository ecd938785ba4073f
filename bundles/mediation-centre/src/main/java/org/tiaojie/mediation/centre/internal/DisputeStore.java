package org.tiaojie.mediation.centre.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.tiaojie.mediation.centre.internal.jpa.DisputeEntity;
import org.tiaojie.mediation.internal.jpa.StepEntity;
import org.tiaojie.records.internal.Numbering;
import org.tiaojie.records.internal.PagedQuery;
import org.tiaojie.records.internal.RowLock;
import org.tiaojie.records.internal.SeriesStart;

/**
 * The centre's own tables. {@link #inTransaction} runs a whole step in one JTA transaction, which the
 * channels' own writes join (one XA datasource): a dispatch opens the channel's record and updates the
 * dispute together, or neither.
 */
public class DisputeStore {
    private final JpaTemplate jpa;
    private final SeriesStart series;

    public DisputeStore(JpaTemplate jpa, SeriesStart series) {
        this.jpa = jpa;
        this.series = series;
    }

    public <R> R inTransaction(Supplier<R> work) {
        return jpa.txExpr(TransactionType.Required, em -> work.get());
    }

    public DisputeEntity insert(DisputeEntity fresh, int year, String actor, java.time.Instant at) {
        series.ensure(year);
        return jpa.txExpr(TransactionType.Required, em -> {
            long number = Numbering.next(em, series, year);
            fresh.setNumber(String.format("DJ-%d-%04d", year, number));
            em.persist(fresh);
            em.persist(new StepEntity(fresh.getId(), at, actor, "TAKEN_IN"));
            em.flush();
            return fresh;
        });
    }

    public Optional<DisputeEntity> find(String id) {
        return id == null ? Optional.empty()
                : Optional.ofNullable(jpa.txExpr(TransactionType.Required, em -> em.find(DisputeEntity.class, id)));
    }

    /**
     * One page, newest first, filtered in the database: by status (any when null) and by township (any of
     * {@code townships}; all when null).
     */
    public PagedQuery.Slice<DisputeEntity> list(String status, Collection<String> townships, int offset, int size) {
        return jpa.txExpr(TransactionType.Required, em -> PagedQuery.from(em, DisputeEntity.class)
                .equal("status", status).in("township", townships)
                .page("takenInAt DESC, number DESC", offset, size));
    }

    /**
     * The dispute, with its row lock held to the end of the caller's transaction: two steps on one dispute at the
     * same moment take turns instead of the second failing on the first's version.
     */
    public Optional<DisputeEntity> findForUpdate(String id) {
        return id == null ? Optional.empty() : Optional.ofNullable(jpa.txExpr(TransactionType.Required, em ->
                RowLock.lock(em, "TJ_MC_DISPUTE", "ID", id, "TAKEN_IN_AT") ? em.find(DisputeEntity.class, id) : null));
    }

    /** The latest dispute taken in from the case. */
    public Optional<DisputeEntity> latestForCase(String caseId) {
        return jpa.txExpr(TransactionType.Required, em -> em.createQuery(
                        "SELECT d FROM DisputeEntity d WHERE d.caseId = :c ORDER BY d.takenInAt DESC", DisputeEntity.class)
                .setParameter("c", caseId).setMaxResults(1).getResultList().stream().findFirst());
    }

    /** Records a step that changes nothing but must be kept: a read of personal data, with its purpose. */
    public void record(String disputeId, String actor, java.time.Instant at, String action, String note) {
        jpa.tx(TransactionType.Required, em -> em.persist(new StepEntity(disputeId, at, actor, action, note)));
    }

    /** Saves a changed dispute with the step that changed it (inside the caller's transaction). */
    public DisputeEntity save(DisputeEntity changed, String actor, java.time.Instant at, String action) {
        return jpa.txExpr(TransactionType.Required, em -> {
            DisputeEntity merged = em.merge(changed);
            em.persist(new StepEntity(changed.getId(), at, actor, action));
            em.flush();
            return merged;
        });
    }
}
