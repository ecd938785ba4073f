package org.tiaojie.records.internal;

import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

import org.tiaojie.cases.api.ErrorCode;
import org.tiaojie.cases.api.TiaojieException;

/**
 * Re-runs a whole transaction that lost a race ({@link Failures#isCollision}: a version or unique-key collision, a
 * serialization failure or deadlock), a bounded number of times with a short random back-off. Each attempt must be
 * a transaction of its own — call it outside any running transaction — so a failed attempt leaves nothing behind.
 * Numbers and steps take row locks instead ({@link Numbering}, {@link RowLock}), so what is left to retry is rare:
 * two submissions with the same idempotency key at the same moment, a query code drawn twice. A refusal
 * ({@link TiaojieException}) is the answer, never retried.
 */
public final class Retry {
    public static final int ATTEMPTS = 8;

    private Retry() {
    }

    /**
     * @param store names what was busy in the answer when every attempt collided, e.g. "the case store"
     */
    public static <T> T transaction(String store, Supplier<T> work) {
        RuntimeException last = null;
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            try {
                return work.get();
            } catch (TiaojieException e) {
                throw e;
            } catch (RuntimeException e) {
                if (!Failures.isCollision(e)) {
                    throw e;
                }
                last = e;
                backOff(attempt);
            }
        }
        throw new TiaojieException(ErrorCode.CONFLICT,
                store + " was busy with concurrent changes; nothing was written, please retry", last);
    }

    private static void backOff(int attempt) {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(1, 10L * attempt + 1));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TiaojieException(ErrorCode.SERVICE_UNAVAILABLE, "interrupted while retrying", e);
        }
    }
}
