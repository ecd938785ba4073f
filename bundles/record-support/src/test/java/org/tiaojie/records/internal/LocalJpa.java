package org.tiaojie.records.internal;

import javax.persistence.EntityManager;
import javax.persistence.EntityManagerFactory;

import org.apache.aries.jpa.template.EmConsumer;
import org.apache.aries.jpa.template.EmFunction;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;

/**
 * A JpaTemplate for a store's tests outside OSGi: one resource-local transaction per outermost call, joined by the
 * calls inside it, committed when it returns and rolled back when it throws, as Aries JPA does with JTA.
 */
public final class LocalJpa implements JpaTemplate {
    private final EntityManagerFactory emf;
    private final ThreadLocal<EntityManager> current = new ThreadLocal<>();

    public LocalJpa(EntityManagerFactory emf) {
        this.emf = emf;
    }

    @Override
    public <R> R txExpr(TransactionType type, EmFunction<R> code) {
        EntityManager running = current.get();
        if (running != null) {
            return code.apply(running);
        }
        EntityManager em = emf.createEntityManager();
        current.set(em);
        em.getTransaction().begin();
        try {
            R result = code.apply(em);
            em.getTransaction().commit();
            return result;
        } catch (RuntimeException e) {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            throw e;
        } finally {
            current.remove();
            em.close();
        }
    }

    @Override
    public void tx(TransactionType type, EmConsumer code) {
        txExpr(type, em -> {
            code.accept(em);
            return null;
        });
    }

    @Override
    public <R> R txExpr(EmFunction<R> code) {
        return txExpr(TransactionType.Required, code);
    }

    @Override
    public void tx(EmConsumer code) {
        tx(TransactionType.Required, code);
    }
}
