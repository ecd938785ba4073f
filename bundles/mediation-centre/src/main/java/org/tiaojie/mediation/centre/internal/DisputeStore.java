package org.tiaojie.mediation.centre.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.tiaojie.mediation.centre.internal.jpa.DisputeEntity;
import org.tiaojie.mediation.internal.jpa.NumberCounter;
import org.tiaojie.mediation.internal.jpa.StepEntity;
import org.tiaojie.records.internal.PagedQuery;

/**
 * The centre's own tables. {@link #inTransaction} runs a whole step in one JTA transaction, which the
 * channels' own writes join (one XA datasource): a dispatch opens the channel's record and updates the
 * dispute together, or neither.
 */
public class DisputeStore {
    private final JpaTemplate jpa;

    public DisputeStore(JpaTemplate jpa) {
        this.jpa = jpa;
    }

    public <R> R inTransaction(Supplier<R> work) {
        return jpa.txExpr(TransactionType.Required, em -> work.get());
    }

    public DisputeEntity insert(DisputeEntity fresh, int year, String actor, java.time.Instant at) {
        return jpa.txExpr(TransactionType.Required, em -> {
            NumberCounter counter = em.find(NumberCounter.class, year);
            if (counter == null) {
                counter = new NumberCounter(year);
                em.persist(counter);
            }
            fresh.setNumber(String.format("DJ-%d-%04d", year, counter.take()));
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
