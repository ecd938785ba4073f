package org.tiaojie.cases.core.internal;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;

import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;
import javax.persistence.TypedQuery;
import javax.persistence.criteria.CriteriaBuilder;
import javax.persistence.criteria.CriteriaQuery;
import javax.persistence.criteria.Predicate;
import javax.persistence.criteria.Root;
import javax.transaction.Transactional;

import org.tiaojie.cases.api.CaseFilter;
import org.tiaojie.cases.api.ErrorCode;
import org.tiaojie.cases.api.PageRequest;
import org.tiaojie.cases.api.TiaojieException;
import org.tiaojie.cases.core.internal.jpa.AuditEntryEntity;
import org.tiaojie.cases.core.internal.jpa.CaseEntity;
import org.tiaojie.cases.core.internal.jpa.CaseNumberCounter;
import org.tiaojie.cases.core.internal.jpa.IdempotencyKeyEntity;

/**
 * All database access of the core, one JTA transaction per method. Callers above it retry a method
 * whose transaction collided with another (see {@link Retry}).
 */
public class CaseRepository {

    @PersistenceContext(unitName = "tiaojie")
    private EntityManager em;

    public void setEntityManager(EntityManager em) {
        this.em = em;
    }

    /** What {@link #insert} hands back: the stored case in its committed form. */
    record Stored(CaseSnapshot snapshot, boolean replayed) {
    }

    /**
     * Inserts the case with the next case number of its township and year, and its first audit entry,
     * in one transaction. If the idempotency key was used before, returns that case and writes nothing.
     */
    @Transactional(Transactional.TxType.REQUIRED)
    public Stored insert(CaseEntity fresh, int year, AuditDraft audit) {
        if (fresh.getIdempotencyKey() != null) {
            Optional<CaseEntity> earlier = byIdempotencyKey(fresh.getIdempotencyKey());
            if (earlier.isPresent()) {
                CaseEntity first = earlier.get();
                if (!first.getTownship().equals(fresh.getTownship()) || !first.getCategory().equals(fresh.getCategory())
                        || !first.getRegisteredBy().equals(fresh.getRegisteredBy())) {
                    throw new TiaojieException(ErrorCode.IDEMPOTENCY_KEY_REUSED, "idempotency key "
                            + fresh.getIdempotencyKey() + " was already used for a different submission");
                }
                return new Stored(CaseSnapshot.of(first), true);
            }
        }
        String counterId = CaseNumberCounter.idOf(fresh.getTownship(), year);
        CaseNumberCounter counter = em.find(CaseNumberCounter.class, counterId);
        if (counter == null) {
            counter = new CaseNumberCounter(counterId);
            em.persist(counter);
        }
        fresh.setCaseNumber(CaseNumbers.format(fresh.getTownship(), year, counter.take()));
        em.persist(fresh);
        if (fresh.getIdempotencyKey() != null) {
            em.persist(new IdempotencyKeyEntity(fresh.getIdempotencyKey(), fresh.getId()));
        }
        em.persist(audit.toEntity(fresh.getId(), audit.afterWith("caseNumber", fresh.getCaseNumber())));
        // Surface key and version collisions here, inside the method, so the caller can retry.
        em.flush();
        return new Stored(CaseSnapshot.of(fresh), false);
    }

    @Transactional(Transactional.TxType.REQUIRED)
    public Optional<CaseSnapshot> find(String caseId) {
        return Optional.ofNullable(em.find(CaseEntity.class, caseId)).map(CaseSnapshot::of);
    }

    /** Reads the case and records the read of personal data in its audit trail, atomically. */
    @Transactional(Transactional.TxType.REQUIRED)
    public Optional<CaseSnapshot> findAndAudit(String caseId, AuditDraft audit) {
        CaseEntity entity = em.find(CaseEntity.class, caseId);
        if (entity == null) {
            return Optional.empty();
        }
        em.persist(audit.toEntity(caseId, audit.after()));
        return Optional.of(CaseSnapshot.of(entity));
    }

    @Transactional(Transactional.TxType.REQUIRED)
    public Optional<CaseSnapshot> findByQueryCode(String queryCode) {
        return em.createQuery("SELECT c FROM CaseEntity c WHERE c.queryCode = :code", CaseEntity.class)
                .setParameter("code", queryCode)
                .getResultList().stream().findFirst().map(CaseSnapshot::of);
    }

    /** A change to one stored case: checks and mutates the entity, and says what to audit. */
    @FunctionalInterface
    public interface Change {
        AuditDraft apply(CaseEntity entity);
    }

    /**
     * Applies a change to one case and writes its audit entry in one transaction. A change that throws
     * leaves nothing behind: the transaction rolls back.
     */
    @Transactional(Transactional.TxType.REQUIRED)
    public Optional<CaseSnapshot> change(String caseId, Change change) {
        CaseEntity entity = em.find(CaseEntity.class, caseId);
        if (entity == null) {
            return Optional.empty();
        }
        AuditDraft audit = change.apply(entity);
        em.persist(audit.toEntity(caseId, audit.after()));
        em.flush();
        return Optional.of(CaseSnapshot.of(entity));
    }

    @Transactional(Transactional.TxType.REQUIRED)
    public List<AuditEntryEntity> auditTrail(String caseId) {
        return em.createQuery("SELECT a FROM AuditEntryEntity a WHERE a.caseId = :caseId ORDER BY a.sequence",
                        AuditEntryEntity.class)
                .setParameter("caseId", caseId)
                .getResultList();
    }

    /** One page of cases matching the filter within the visible townships (null = all), newest first. */
    @Transactional(Transactional.TxType.REQUIRED)
    public PageOf find(CaseFilter filter, List<String> visibleTownships, PageRequest page) {
        CriteriaBuilder cb = em.getCriteriaBuilder();

        CriteriaQuery<Long> count = cb.createQuery(Long.class);
        Root<CaseEntity> countRoot = count.from(CaseEntity.class);
        count.select(cb.count(countRoot)).where(predicates(cb, countRoot, filter, visibleTownships));
        long total = em.createQuery(count).getSingleResult();

        CriteriaQuery<CaseEntity> select = cb.createQuery(CaseEntity.class);
        Root<CaseEntity> root = select.from(CaseEntity.class);
        select.select(root).where(predicates(cb, root, filter, visibleTownships))
                .orderBy(cb.desc(root.get("registeredAt")), cb.desc(root.get("caseNumber")));
        TypedQuery<CaseEntity> query = em.createQuery(select)
                .setFirstResult(page.offset())
                .setMaxResults(page.size());
        List<CaseSnapshot> items = new ArrayList<>();
        for (CaseEntity entity : query.getResultList()) {
            items.add(CaseSnapshot.of(entity));
        }
        return new PageOf(items, total);
    }

    record PageOf(List<CaseSnapshot> items, long total) {
    }

    private static Predicate[] predicates(CriteriaBuilder cb, Root<CaseEntity> root, CaseFilter filter,
                                          List<String> visibleTownships) {
        List<Predicate> where = new ArrayList<>();
        if (visibleTownships != null) {
            where.add(visibleTownships.isEmpty() ? cb.disjunction() : root.get("township").in(visibleTownships));
        }
        if (filter.getTownship() != null) {
            where.add(cb.equal(root.get("township"), filter.getTownship()));
        }
        if (filter.getStatus() != null) {
            where.add(cb.equal(root.get("status"), filter.getStatus()));
        }
        if (filter.getCategory() != null) {
            where.add(cb.equal(root.get("category"), filter.getCategory()));
        }
        if (filter.getChannel() != null) {
            where.add(cb.equal(root.get("channel"), filter.getChannel()));
        }
        if (filter.getDepartment() != null) {
            where.add(cb.equal(root.get("department"), filter.getDepartment()));
        }
        if (filter.getRoutingState() != null) {
            where.add(cb.equal(root.get("routingState"), filter.getRoutingState()));
        }
        if (filter.getRegisteredFrom() != null) {
            where.add(cb.greaterThanOrEqualTo(root.<Date>get("registeredAt"), Date.from(filter.getRegisteredFrom())));
        }
        if (filter.getRegisteredTo() != null) {
            where.add(cb.lessThan(root.<Date>get("registeredAt"), Date.from(filter.getRegisteredTo())));
        }
        return where.toArray(new Predicate[0]);
    }

    private Optional<CaseEntity> byIdempotencyKey(String key) {
        IdempotencyKeyEntity known = em.find(IdempotencyKeyEntity.class, key);
        return known == null ? Optional.empty() : Optional.ofNullable(em.find(CaseEntity.class, known.getCaseId()));
    }
}
