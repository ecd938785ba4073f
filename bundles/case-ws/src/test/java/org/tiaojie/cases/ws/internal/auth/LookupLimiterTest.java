package org.tiaojie.cases.ws.internal.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.tiaojie.cases.api.ErrorCode;
import org.tiaojie.cases.api.TiaojieException;

class LookupLimiterTest {

    @Test
    void aPetitionerCheckingACaseNeverMeetsTheLimit() {
        LookupLimiter limiter = new LookupLimiter();
        for (int i = 0; i < LookupLimiter.CAPACITY; i++) {
            limiter.take("10.0.0.1");
        }
        TiaojieException refused = assertThrows(TiaojieException.class, () -> limiter.take("10.0.0.1"));
        assertEquals(ErrorCode.TOO_MANY_REQUESTS, refused.code());
        limiter.take("10.0.0.2"); // another address has its own bucket
    }

    @Test
    void guessingCostsMoreThanLooking() {
        LookupLimiter limiter = new LookupLimiter();
        int guesses = 0;
        try {
            while (guesses < 100) {
                limiter.take("10.0.0.3");
                limiter.missed("10.0.0.3");
                guesses++;
            }
        } catch (TiaojieException e) {
            assertEquals(ErrorCode.TOO_MANY_REQUESTS, e.code());
        }
        assertEquals(LookupLimiter.CAPACITY / LookupLimiter.MISS_COST, guesses);
    }
}
