package org.tiaojie.records.internal;

import java.sql.SQLException;

import javax.persistence.EntityExistsException;
import javax.persistence.OptimisticLockException;

/** What a database failure means, read from its cause chain (the same SQL states on Derby and PostgreSQL). */
public final class Failures {
    private Failures() {
    }

    /** A row with the same unique key was written first (SQL state 23505). */
    public static boolean isDuplicateKey(Throwable e) {
        for (Throwable t = e; t != null; t = next(t)) {
            if (t instanceof EntityExistsException) {
                return true;
            }
            if (t instanceof SQLException sql && "23505".equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    /**
     * The next link of the chain: the cause, or for an SQL exception without one the driver's exception it carries
     * as its next (OpenJPA's reporting wrapper holds the driver's that way).
     */
    public static Throwable next(Throwable t) {
        Throwable cause = t.getCause();
        if (cause == null && t instanceof SQLException sql) {
            cause = sql.getNextException();
        }
        return cause == t ? null : cause;
    }

    /**
     * The transaction lost a race that running it again resolves: a unique key written first, a version changed
     * since it was read, a serialization failure or a deadlock (SQL states 40xxx).
     */
    public static boolean isCollision(Throwable e) {
        if (isDuplicateKey(e)) {
            return true;
        }
        for (Throwable t = e; t != null; t = next(t)) {
            if (t instanceof OptimisticLockException) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("40")) {
                return true;
            }
        }
        return false;
    }
}
