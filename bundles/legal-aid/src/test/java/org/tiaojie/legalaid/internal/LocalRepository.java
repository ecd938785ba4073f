package org.tiaojie.legalaid.internal;

import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import javax.persistence.EntityManager;

import org.tiaojie.cases.api.legalaid.ApplicationStatus;
import org.tiaojie.legalaid.internal.jpa.ApplicationEntity;
import org.tiaojie.records.internal.LocalJpa;
import org.tiaojie.records.internal.PagedQuery;

/**
 * The repository outside OSGi as Aries wires it inside: every {@code @Transactional} method runs in a transaction,
 * joining the caller's, and the injected EntityManager is the running transaction's.
 */
final class LocalRepository extends LegalAidRepository {
    private final LocalJpa jpa;

    LocalRepository(LocalJpa jpa) throws ReflectiveOperationException {
        this.jpa = jpa;
        EntityManager current = (EntityManager) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[]{EntityManager.class}, (proxy, method, args) -> jpa.txExpr(em -> {
                    try {
                        return method.invoke(em, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
                    } catch (IllegalAccessException e) {
                        throw new IllegalStateException(e);
                    }
                }));
        Field em = LegalAidRepository.class.getDeclaredField("em");
        em.setAccessible(true);
        em.set(this, current);
    }

    @Override
    public ApplicationEntity insert(ApplicationEntity fresh, int year, String actor, String action, String note) {
        return jpa.txExpr(em -> super.insert(fresh, year, actor, action, note));
    }

    @Override
    public <R> R inTransaction(Supplier<R> work) {
        return jpa.txExpr(em -> super.inTransaction(work));
    }

    @Override
    public Optional<ApplicationEntity> find(String id) {
        return jpa.txExpr(em -> super.find(id));
    }

    @Override
    public Optional<ApplicationEntity> findByCase(String caseId) {
        return jpa.txExpr(em -> super.findByCase(caseId));
    }

    @Override
    public PagedQuery.Slice<ApplicationEntity> list(ApplicationStatus status, Collection<String> townships, int offset,
                                                    int size) {
        return jpa.txExpr(em -> super.list(status, townships, offset, size));
    }

    @Override
    public Optional<ApplicationEntity> change(String id, Change change) {
        return jpa.txExpr(em -> super.change(id, change));
    }

    @Override
    public Map<String, Long> openCasesByLawyer() {
        return jpa.txExpr(em -> super.openCasesByLawyer());
    }

    @Override
    public List<ApplicationEntity> dueBy(LocalDate dueBy, LocalDate afterDue, String afterId, int limit) {
        return jpa.txExpr(em -> super.dueBy(dueBy, afterDue, afterId, limit));
    }

    @Override
    public int backfillDueDates(int batch) {
        return jpa.txExpr(em -> super.backfillDueDates(batch));
    }

    @Override
    public int backfillLimits(int batch) {
        return jpa.txExpr(em -> super.backfillLimits(batch));
    }

    @Override
    public List<Object[]> rateRows(String sql, List<Object> args, int max) {
        return jpa.txExpr(em -> super.rateRows(sql, args, max));
    }
}
