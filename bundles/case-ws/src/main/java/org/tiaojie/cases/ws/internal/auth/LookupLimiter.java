package org.tiaojie.cases.ws.internal.auth;

import java.util.LinkedHashMap;
import java.util.Map;

import org.tiaojie.cases.api.CaseQueryService;
import org.tiaojie.cases.api.ErrorCode;
import org.tiaojie.cases.api.Progress;
import org.tiaojie.cases.api.TiaojieException;

/**
 * A rate limit on the public progress look-up, per address: a token bucket of {@value #CAPACITY} look-ups that
 * refills one every {@value #REFILL_SECONDS} s, where a look-up of a code that does not exist costs
 * {@value #MISS_COST}. A petitioner checking their case never meets it; someone guessing codes is slowed to a few
 * guesses a minute, against a code space of 36^16.
 */
public final class LookupLimiter {
    static final int CAPACITY = 30;
    static final int REFILL_SECONDS = 10;
    static final int MISS_COST = 5;
    private static final int MAX_ADDRESSES = 100_000;

    private static final class Bucket {
        double tokens = CAPACITY;
        long at = System.nanoTime();
    }

    private final Map<String, Bucket> buckets = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
            return size() > MAX_ADDRESSES;
        }
    };

    /** A look-up through the limit; a miss costs more than a hit, so guessing codes is slow. */
    public Progress progress(CaseQueryService queries, String queryCode, String address) {
        return limited(address, () -> queries.progress(queryCode));
    }

    /** Any call keyed by a query code, through the limit: an unknown code costs as a missed look-up does. */
    public <T> T limited(String address, java.util.function.Supplier<T> call) {
        take(address);
        try {
            return call.get();
        } catch (TiaojieException e) {
            if (e.code() == ErrorCode.NOT_FOUND) {
                missed(address);
            }
            throw e;
        }
    }

    /** Takes a look-up from the address's bucket, or refuses with TOO_MANY_REQUESTS. */
    public void take(String address) {
        synchronized (buckets) {
            Bucket b = refill(address);
            if (b.tokens < 1) {
                throw new TiaojieException(ErrorCode.TOO_MANY_REQUESTS, "too many look-ups from this address; wait a minute");
            }
            b.tokens -= 1;
        }
    }

    /** A look-up found nothing: it costs more, so guessing is slow. */
    public void missed(String address) {
        synchronized (buckets) {
            refill(address).tokens -= MISS_COST - 1;
        }
    }

    private Bucket refill(String address) {
        Bucket b = buckets.computeIfAbsent(address, a -> new Bucket());
        long now = System.nanoTime();
        b.tokens = Math.min(CAPACITY, b.tokens + (now - b.at) / 1e9 / REFILL_SECONDS);
        b.at = now;
        return b;
    }
}
