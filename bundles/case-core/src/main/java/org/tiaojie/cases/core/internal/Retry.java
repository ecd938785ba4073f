package org.tiaojie.cases.core.internal;

import java.util.function.Supplier;

import org.tiaojie.cases.api.ErrorCode;
import org.tiaojie.cases.api.TiaojieException;
import org.tiaojie.records.internal.Failures;

/**
 * Re-runs a whole transaction that lost a race (a version or unique-key collision), a bounded number
 * of times. Each attempt is a fresh transaction, so a failed one leaves nothing behind. Registrations and steps
 * take row locks instead ({@code Numbering}, {@code CaseRepository.lock}), so what is left to retry is rare: two
 * submissions with the same idempotency key at the same moment, a query code drawn twice.
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
        return Failures.isCollision(e);
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
