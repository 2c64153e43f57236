package org.liaison.server.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    private Instant now = Instant.parse("2026-12-02T09:00:00Z");
    private final LoginThrottle throttle = new LoginThrottle(new Clock() {
        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    });

    /** A sign-in that goes ahead and fails. */
    private void fail(String account, String address) {
        assertEquals(Duration.ZERO, throttle.attempt(account, address), account + " from " + address + " may try");
    }

    @Test
    void anAccountWaitsOnceItHasHadItsAllowanceOfFailuresAndTwiceAsLongAfterEachFurtherOne() {
        for (int i = 0; i < LoginThrottle.ACCOUNT_FAILURES; i++) {
            fail(i == 0 ? "Ann" : "ann", "10.0.0." + i);
        }
        assertEquals(Duration.ofSeconds(1), throttle.attempt("ANN", "10.0.0.10"), "whatever the address and the case");
        now = now.plusSeconds(1);
        fail("ann", "10.0.0.10");
        assertEquals(Duration.ofSeconds(2), throttle.attempt("ann", "10.0.0.11"));
        now = now.plusSeconds(2);
        fail("ann", "10.0.0.11");
        assertEquals(Duration.ofSeconds(4), throttle.attempt("ann", "10.0.0.12"));
        assertEquals(Duration.ZERO, throttle.attempt("bob", "10.0.0.12"), "another account from another address goes ahead");
    }

    @Test
    void guessesSentTogetherAreCountedBeforeAnyIsChecked() {
        for (int i = 0; i < LoginThrottle.ACCOUNT_FAILURES; i++) {
            fail("ann", "192.0.2.1"); // five attempts under way at once, none answered yet
        }
        assertEquals(Duration.ofSeconds(1), throttle.attempt("ann", "192.0.2.1"), "the sixth waits although none has failed yet");
    }

    @Test
    void oneAddressTryingManyAccountsWaitsForAllOfThem() {
        for (int i = 0; i < LoginThrottle.ADDRESS_FAILURES; i++) {
            fail("user" + i, "192.0.2.7");
        }
        assertEquals(Duration.ofSeconds(1), throttle.attempt("someone-else", "192.0.2.7"));
        assertEquals(Duration.ZERO, throttle.attempt("someone-else", "192.0.2.8"));
    }

    @Test
    void aSuccessStartsTheAccountsCountAgainAndIsNotCountedAgainstTheAddress() {
        for (int i = 0; i < LoginThrottle.ACCOUNT_FAILURES - 1; i++) {
            fail("ann", "192.0.2.7");
        }
        fail("ann", "192.0.2.7");
        throttle.succeeded("ann", "192.0.2.7"); // the fifth was the right password
        fail("ann", "192.0.2.7");
        assertEquals(1, throttle.failures("ann"));
        for (int i = 0; i < LoginThrottle.ADDRESS_FAILURES - 5; i++) {
            fail("user" + i, "192.0.2.7");
        }
        assertEquals(Duration.ofSeconds(1), throttle.attempt("nobody", "192.0.2.7"),
                "the address's twenty failures count, its own account's success aside");
    }

    @Test
    void failuresAreForgottenAfterAQuietTimeAndTheWaitHasALimit() {
        for (int i = 0; i < 40; i++) { // each made once the wait before it was over
            now = now.plus(LoginThrottle.LONGEST_WAIT);
            fail("ann", "192.0.2." + i);
        }
        assertEquals(LoginThrottle.LONGEST_WAIT, throttle.attempt("ann", "192.0.2.99"));
        now = now.plus(LoginThrottle.FORGOTTEN_AFTER).plusSeconds(1);
        fail("ann", "192.0.2.99");
        assertEquals(1, throttle.failures("ann"), "counting starts again from one");
    }
}
