package org.liaison.server.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
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
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    });

    @Test
    void anAccountWaitsOnceItHasHadItsAllowanceOfFailuresAndTwiceAsLongAfterEachFurtherOne() {
        for (int i = 0; i < LoginThrottle.ACCOUNT_FAILURES - 1; i++) {
            throttle.failed("Ann", "10.0.0." + i);
        }
        assertEquals(Duration.ZERO, throttle.waitBefore("ann", "10.0.0.9"), "four mistakes cost nothing");
        throttle.failed("ann", "10.0.0.9");
        assertEquals(Duration.ofSeconds(1), throttle.waitBefore("ANN", "10.0.0.10"), "whatever the address and the case");
        now = now.plusSeconds(1);
        assertEquals(Duration.ZERO, throttle.waitBefore("ann", "10.0.0.10"));
        throttle.failed("ann", "10.0.0.10");
        assertEquals(Duration.ofSeconds(2), throttle.waitBefore("ann", "10.0.0.11"));
        throttle.failed("ann", "10.0.0.11");
        assertEquals(Duration.ofSeconds(4), throttle.waitBefore("ann", "10.0.0.12"));
        assertEquals(Duration.ZERO, throttle.waitBefore("bob", "10.0.0.12"), "another account from another address goes ahead");
    }

    @Test
    void oneAddressTryingManyAccountsWaitsForAllOfThem() {
        for (int i = 0; i < LoginThrottle.ADDRESS_FAILURES; i++) {
            throttle.failed("user" + i, "192.0.2.7");
        }
        assertEquals(Duration.ofSeconds(1), throttle.waitBefore("someone-else", "192.0.2.7"));
        assertEquals(Duration.ZERO, throttle.waitBefore("someone-else", "192.0.2.8"));
    }

    @Test
    void aSuccessStartsTheAccountsCountAgainButNotTheAddresss() {
        for (int i = 0; i < LoginThrottle.ACCOUNT_FAILURES; i++) {
            throttle.failed("ann", "192.0.2.7");
        }
        now = now.plusSeconds(1);
        throttle.succeeded("ann");
        throttle.failed("ann", "192.0.2.7");
        assertEquals(Duration.ZERO, throttle.waitBefore("ann", "192.0.2.9"));
        for (int i = 0; i < LoginThrottle.ADDRESS_FAILURES; i++) {
            throttle.succeeded("mallory");
            throttle.failed("user" + i, "192.0.2.7");
        }
        assertEquals(Duration.ofSeconds(1).multipliedBy(1L << (LoginThrottle.ACCOUNT_FAILURES + 1)),
                throttle.waitBefore("nobody", "192.0.2.7"), "the address's failures were not forgotten by its own account's successes");
    }

    @Test
    void failuresAreForgottenAfterAQuietTimeAndTheWaitHasALimit() {
        for (int i = 0; i < 40; i++) {
            throttle.failed("ann", "192.0.2." + i);
        }
        assertEquals(LoginThrottle.LONGEST_WAIT, throttle.waitBefore("ann", "192.0.2.99"));
        now = now.plus(LoginThrottle.FORGOTTEN_AFTER).plusSeconds(1);
        assertEquals(Duration.ZERO, throttle.waitBefore("ann", "192.0.2.99"));
        throttle.failed("ann", "192.0.2.99");
        assertEquals(Duration.ZERO, throttle.waitBefore("ann", "192.0.2.99"), "counting starts again from one");
    }
}
