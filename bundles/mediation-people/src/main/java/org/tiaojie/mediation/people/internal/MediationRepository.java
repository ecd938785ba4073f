package org.tiaojie.mediation.people.internal;

import java.util.List;
import java.util.Optional;

import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;
import javax.transaction.Transactional;

import org.tiaojie.mediation.people.internal.jpa.HistoryEntity;
import org.tiaojie.mediation.people.internal.jpa.NumberCounter;
import org.tiaojie.mediation.people.internal.jpa.RecordEntity;

/** The channel's own tables, one JTA transaction per method. */
public class MediationRepository {

    @PersistenceContext(unitName = "tiaojie-mediation-people")
    private EntityManager em;

    @FunctionalInterface
    public interface Change {
        HistoryEntity apply(RecordEntity entity);
    }

    @Transactional(Transactional.TxType.REQUIRED)
    public RecordEntity insert(RecordEntity fresh, int year, HistoryEntity history) {
        NumberCounter counter = em.find(NumberCounter.class, year);
        if (counter == null) {
            counter = new NumberCounter(year);
            em.persist(counter);
        }
        fresh.setNumber(String.format("RT-%d-%04d", year, counter.take()));
        em.persist(fresh);
        em.persist(history);
        em.flush();
        return fresh;
    }

    @Transactional(Transactional.TxType.REQUIRED)
    public Optional<RecordEntity> find(String id) {
        return Optional.ofNullable(id == null ? null : em.find(RecordEntity.class, id));
    }

    @Transactional(Transactional.TxType.REQUIRED)
    public List<RecordEntity> list(String status) {
        return (status == null
                ? em.createQuery("SELECT r FROM RecordEntity r ORDER BY r.createdAt DESC", RecordEntity.class)
                : em.createQuery("SELECT r FROM RecordEntity r WHERE r.status = :s ORDER BY r.createdAt DESC",
                RecordEntity.class).setParameter("s", status)).setMaxResults(500).getResultList();
    }

    @Transactional(Transactional.TxType.REQUIRED)
    public Optional<RecordEntity> change(String id, Change change) {
        RecordEntity entity = id == null ? null : em.find(RecordEntity.class, id);
        if (entity == null) {
            return Optional.empty();
        }
        em.persist(change.apply(entity));
        em.flush();
        return Optional.of(entity);
    }
}
