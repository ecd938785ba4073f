package org.tiaojie.cases.ws.internal.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

import org.junit.jupiter.api.Test;
import org.tiaojie.cases.api.Actor;
import org.tiaojie.cases.api.ErrorCode;
import org.tiaojie.cases.api.TiaojieException;

/** Logins that arrive together: one check of the realm per user and password, not one per request. */
class AuthenticatorTest {
    private static final int CLIENTS = 16;

    /** Holds the realm's answer until the condition holds, so the other requests arrive while it is being asked. */
    private static void until(BooleanSupplier condition) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the other requests never arrived");
            }
            Thread.onSpinWait();
        }
    }

    @Test
    void requestsWithTheSameCredentialsShareOneCheck() throws Exception {
        AtomicInteger asked = new AtomicInteger();
        Authenticator[] self = new Authenticator[1];
        self[0] = new Authenticator((user, password) -> {
            asked.incrementAndGet();
            until(() -> self[0].waiting(user) == CLIENTS - 1);
            return "clerk".equals(password) ? List.of("clerk") : null;
        });
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        try {
            List<Future<Actor>> answers = new ArrayList<>();
            for (int i = 0; i < CLIENTS; i++) {
                answers.add(pool.submit(() -> self[0].login("clerk", "clerk", "10.0.0.1")));
            }
            for (Future<Actor> answer : answers) {
                assertEquals("clerk", answer.get(20, TimeUnit.SECONDS).userId());
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, asked.get(), "the realm was asked once for all of them");
        assertEquals("clerk", self[0].login("clerk", "clerk", "10.0.0.1").userId());
        assertEquals(1, asked.get(), "and remembered afterwards");
    }

    @Test
    void aDifferentPasswordIsCheckedOnItsOwnAndAWrongOneIsRefused() throws Exception {
        AtomicInteger asked = new AtomicInteger();
        Authenticator authenticator = new Authenticator((user, password) -> {
            if (asked.incrementAndGet() == 1) {
                until(() -> asked.get() == 2); // the second request is asked while the first is still being checked
            }
            return "clerk".equals(password) ? List.of("clerk") : null;
        });
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<Actor> right = pool.submit(() -> authenticator.login("clerk", "clerk", "10.0.0.1"));
            until(() -> asked.get() == 1);
            Future<Actor> wrong = pool.submit(() -> authenticator.login("clerk", "guess", "10.0.0.2"));
            assertEquals("clerk", right.get(20, TimeUnit.SECONDS).userId());
            Exception refused = assertThrows(Exception.class, () -> wrong.get(20, TimeUnit.SECONDS));
            assertTrue(refused.getCause() instanceof TiaojieException e && e.code() == ErrorCode.UNAUTHENTICATED,
                    refused.toString());
        } finally {
            pool.shutdownNow();
        }
        assertEquals(2, asked.get());
    }
}
