package org.tiaojie.records.internal;

import java.util.ArrayList;
import java.util.List;

import javax.persistence.EntityManager;
import javax.persistence.Query;

/**
 * The rows of a read-only native query whose SQL names only fixed columns and binds every value, as arrays (a single
 * column comes back as a one-cell row): what the statistics' sources count with, in the caller's transaction.
 */
public final class NativeRows {
    private NativeRows() {
    }

    public static List<Object[]> of(EntityManager em, String sql, List<Object> args, int max) {
        Query q = em.createNativeQuery(sql);
        for (int i = 0; i < args.size(); i++) {
            q.setParameter(i + 1, args.get(i));
        }
        List<?> rows = q.setMaxResults(max).getResultList();
        List<Object[]> out = new ArrayList<>(rows.size());
        for (Object row : rows) {
            out.add(row instanceof Object[] cells ? cells : new Object[]{row});
        }
        return out;
    }
}
