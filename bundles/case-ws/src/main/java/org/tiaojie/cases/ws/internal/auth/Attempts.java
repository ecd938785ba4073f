package org.tiaojie.cases.ws.internal.auth;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * Failed attempts per key (a user name, an address), with back-off: after {@code free} failures within the window,
 * each further one doubles the wait before the next attempt is even tried, up to {@code maxLockout}. Bounded: the
 * oldest keys are forgotten first, so a flood of names cannot fill the memory.
 */
final class Attempts {
    private record Entry(int failures, long firstAt, long lockedUntil) {
    }

    private final int free;
    private final long windowNanos;
    private final long baseLockNanos;
    private final long maxLockNanos;
    private final LongSupplier nanos;
    private final Map<String, Entry> entries;

    Attempts(int free, Duration window, Duration baseLock, Duration maxLockout, int maxKeys, LongSupplier nanos) {
        this.free = free;
        this.windowNanos = window.toNanos();
        this.baseLockNanos = baseLock.toNanos();
        this.maxLockNanos = maxLockout.toNanos();
        this.nanos = nanos;
        this.entries = new LinkedHashMap<>(256, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Entry> eldest) {
                return size() > maxKeys;
            }
        };
    }

    /** How long the key must still wait, or zero. */
    synchronized Duration wait(String key) {
        Entry e = entries.get(key);
        long now = nanos.getAsLong();
        return e == null || e.lockedUntil() <= now ? Duration.ZERO : Duration.ofNanos(e.lockedUntil() - now);
    }

    synchronized void failed(String key) {
        long now = nanos.getAsLong();
        Entry e = entries.get(key);
        if (e == null || now - e.firstAt() > windowNanos && e.lockedUntil() <= now) {
            e = new Entry(0, now, 0);
        }
        int failures = e.failures() + 1;
        long lock = 0;
        if (failures > free) {
            int doublings = Math.min(failures - free - 1, 20);
            lock = Math.min(maxLockNanos, baseLockNanos << doublings);
        }
        entries.put(key, new Entry(failures, e.firstAt(), lock == 0 ? 0 : now + lock));
    }

    synchronized void succeeded(String key) {
        entries.remove(key);
    }

    synchronized int size() {
        return entries.size();
    }
}
