package org.tiaojie.cases.ws.internal.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

class AttemptsTest {
    private final AtomicLong now = new AtomicLong(1_000_000_000L);
    private final Attempts attempts = new Attempts(5, Duration.ofMinutes(15), Duration.ofSeconds(5),
            Duration.ofMinutes(15), 3, now::get);

    private void later(Duration d) {
        now.addAndGet(d.toNanos());
    }

    @Test
    void theFreeFailuresCostNothingThenEachFurtherOneDoublesTheWait() {
        for (int i = 0; i < 5; i++) {
            attempts.failed("clerk");
            assertEquals(Duration.ZERO, attempts.wait("clerk"), "failure " + (i + 1) + " is free");
        }
        attempts.failed("clerk");
        assertEquals(Duration.ofSeconds(5), attempts.wait("clerk"));
        later(Duration.ofSeconds(5));
        attempts.failed("clerk");
        assertEquals(Duration.ofSeconds(10), attempts.wait("clerk"));
        later(Duration.ofSeconds(10));
        attempts.failed("clerk");
        assertEquals(Duration.ofSeconds(20), attempts.wait("clerk"));
    }

    @Test
    void theWaitIsCappedAndLapses() {
        for (int i = 0; i < 40; i++) {
            attempts.failed("x");
        }
        assertEquals(Duration.ofMinutes(15), attempts.wait("x"));
        later(Duration.ofMinutes(15));
        assertEquals(Duration.ZERO, attempts.wait("x"));
    }

    @Test
    void aSuccessForgetsTheFailuresAndOldFailuresExpire() {
        for (int i = 0; i < 6; i++) {
            attempts.failed("a");
        }
        attempts.succeeded("a");
        assertEquals(Duration.ZERO, attempts.wait("a"));
        for (int i = 0; i < 5; i++) {
            attempts.failed("b");
        }
        later(Duration.ofMinutes(16));
        attempts.failed("b");
        assertEquals(Duration.ZERO, attempts.wait("b"), "the window started again");
    }

    @Test
    void aFloodOfNamesCannotFillTheMemory() {
        for (int i = 0; i < 100; i++) {
            attempts.failed("name" + i);
        }
        assertTrue(attempts.size() <= 3);
    }
}
