package org.tiaojie.cases.core.internal;

import java.time.Instant;
import java.util.List;

import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;
import javax.transaction.Transactional;

import org.tiaojie.cases.core.internal.jpa.DepartmentChangeEntity;

/** The operators' enablings and disablings of departments, in the database every node reads. */
public class DepartmentChanges {
    @PersistenceContext(unitName = "tiaojie")
    private EntityManager em;

    /** What a node needs to know to tell whether anything changed since it last looked: the latest change's number. */
    @Transactional(Transactional.TxType.REQUIRED)
    public long latest() {
        Long max = em.createQuery("SELECT MAX(c.sequence) FROM DepartmentChangeEntity c", Long.class).getSingleResult();
        return max == null ? 0 : max;
    }

    @Transactional(Transactional.TxType.REQUIRED)
    public void record(String township, String department, boolean enabled, Integer handlingDays, Instant at,
                       String actor) {
        em.persist(new DepartmentChangeEntity(township, department, enabled, handlingDays, at, actor));
        em.flush();
    }

    /** The last change of each township and department: what every node must match. */
    @Transactional(Transactional.TxType.REQUIRED)
    public List<DepartmentChangeEntity> current() {
        return em.createQuery("SELECT c FROM DepartmentChangeEntity c WHERE c.sequence = (SELECT MAX(d.sequence) "
                + "FROM DepartmentChangeEntity d WHERE d.township = c.township AND d.department = c.department)",
                DepartmentChangeEntity.class).getResultList();
    }
}
