package org.tiaojie.records.internal;

import javax.persistence.EntityManager;

/**
 * A record's row lock for the rest of the caller's transaction, taken before the record is read: two steps on one
 * record at the same moment take turns instead of the second failing on the first's version. The lock is an update
 * that changes nothing, so there is no window between reading the row and locking it.
 */
public final class RowLock {
    private RowLock() {
    }

    /**
     * Locks the row of {@code table} whose {@code idColumn} is {@code id}, rewriting {@code anyColumn} with its own
     * value, in plain SQL on the caller's connection.
     *
     * @return false when there is no such record
     */
    public static boolean lock(EntityManager em, String table, String idColumn, Object id, String anyColumn) {
        return em.createNativeQuery("UPDATE " + table + " SET " + anyColumn + " = " + anyColumn + " WHERE " + idColumn
                + " = ?1").setParameter(1, id).executeUpdate() == 1;
    }
}
