package org.tiaojie.mediation.internal;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.tiaojie.mediation.internal.jpa.FileEntity;
import org.tiaojie.mediation.internal.jpa.NumberCounter;
import org.tiaojie.mediation.internal.jpa.StepEntity;

/** A channel's own tables, through its persistence unit's template; one JTA transaction per method. */
public class FileStore {
    private final JpaTemplate jpa;

    public FileStore(JpaTemplate jpa) {
        this.jpa = jpa;
    }

    /** Numbers the file (prefix-year-sequence) and stores it with its first step, in one transaction. */
    public FileEntity insert(FileEntity fresh, String prefix, int year, Function<FileEntity, StepEntity> step) {
        return jpa.txExpr(TransactionType.Required, em -> {
            NumberCounter counter = em.find(NumberCounter.class, year);
            if (counter == null) {
                counter = new NumberCounter(year);
                em.persist(counter);
            }
            fresh.setNumber(String.format("%s-%d-%04d", prefix, year, counter.take()));
            em.persist(fresh);
            em.persist(step.apply(fresh));
            em.flush();
            return fresh;
        });
    }

    public Optional<FileEntity> find(String id) {
        return id == null ? Optional.empty()
                : Optional.ofNullable(jpa.txExpr(TransactionType.Required, em -> em.find(FileEntity.class, id)));
    }

    /** Newest first, at most 500; all statuses when status is null. */
    public List<FileEntity> list(String status) {
        return jpa.txExpr(TransactionType.Required, em -> (status == null
                ? em.createQuery("SELECT f FROM FileEntity f ORDER BY f.createdAt DESC", FileEntity.class)
                : em.createQuery("SELECT f FROM FileEntity f WHERE f.status = :s ORDER BY f.createdAt DESC",
                FileEntity.class).setParameter("s", status)).setMaxResults(500).getResultList());
    }

    /** Changes a file and records the step in one transaction; empty when there is no such file. */
    public Optional<FileEntity> change(String id, Function<FileEntity, StepEntity> change) {
        if (id == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(jpa.txExpr(TransactionType.Required, em -> {
            FileEntity entity = em.find(FileEntity.class, id);
            if (entity == null) {
                return null;
            }
            em.persist(change.apply(entity));
            em.flush();
            return entity;
        }));
    }
}
