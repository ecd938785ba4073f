package org.tiaojie.cases.core.internal;

import java.sql.SQLException;
import java.util.function.Supplier;

import javax.persistence.EntityExistsException;
import javax.persistence.OptimisticLockException;

import org.tiaojie.cases.api.ErrorCode;
import org.tiaojie.cases.api.TiaojieException;

/**
 * Re-runs a whole transaction that lost a race (a version or unique-key collision), a bounded number
 * of times. Each attempt is a fresh transaction, so a failed one leaves nothing behind.
 */
final class Retry {
    static final int ATTEMPTS = 8;

    private Retry() {
    }

    static <T> T transaction(Supplier<T> work) {
        RuntimeException last = null;
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            try {
                return work.get();
            } catch (TiaojieException e) {
                throw e;
            } catch (RuntimeException e) {
                if (!isCollision(e)) {
                    throw e;
                }
                last = e;
                backOff(attempt);
            }
        }
        throw new TiaojieException(ErrorCode.CONFLICT,
                "the case store was busy with concurrent registrations; nothing was written, please retry", last);
    }

    static boolean isCollision(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof OptimisticLockException || t instanceof EntityExistsException) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().equals("23505") || sql.getSQLState().startsWith("40"))) {
                return true; // unique violation, or serialization failure / deadlock
            }
        }
        return false;
    }

    private static void backOff(int attempt) {
        try {
            Thread.sleep((long) (Math.random() * 10 * attempt));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TiaojieException(ErrorCode.SERVICE_UNAVAILABLE, "interrupted while retrying", e);
        }
    }
}
