package org.liaison.server.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Failed sign-ins, counted per account and per client address: past a few failures each next
 * attempt must wait, twice as long after each further failure. Checked before the password is
 * hashed, so guessing costs the guesser time and the server nothing.
 */
final class LoginThrottle {

    /** Failures an account may have before it waits; a person mistyping stays below it. */
    static final int ACCOUNT_FAILURES = 5;
    /** Failures one address may have, over every account (an office behind one address signs in from it). */
    static final int ADDRESS_FAILURES = 20;
    static final Duration FIRST_WAIT = Duration.ofSeconds(1);
    static final Duration LONGEST_WAIT = Duration.ofMinutes(15);
    /** Failures are forgotten once there has been none for this long (longer than the longest wait). */
    static final Duration FORGOTTEN_AFTER = Duration.ofMinutes(30);
    /** Keys kept at most (oldest forgotten first), so that made-up account names cannot fill the memory. */
    private static final int KEPT = 10_000;

    private record Failures(int count, Instant last) {
    }

    private final Clock clock;
    private final Map<String, Failures> failures = new LinkedHashMap<>(64, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Failures> eldest) {
            return size() > KEPT;
        }
    };

    LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    /**
     * Starts a sign-in: how long it must still wait (zero: it may go ahead). One that may go ahead is
     * counted as a failure at once, in the same step, so that guesses sent together cannot all pass
     * the check before the first is counted; {@link #succeeded} takes it back.
     */
    synchronized Duration attempt(String account, String address) {
        Duration forAccount = left(accountKey(account), ACCOUNT_FAILURES);
        Duration forAddress = left(addressKey(address), ADDRESS_FAILURES);
        Duration wait = forAccount.compareTo(forAddress) >= 0 ? forAccount : forAddress;
        if (wait.isZero()) {
            count(addressKey(address));
            count(accountKey(account));
        }
        return wait;
    }

    /** The account's failures in a row, this attempt's included. */
    synchronized int failures(String account) {
        Failures seen = failures.get(accountKey(account));
        return seen == null ? 0 : seen.count();
    }

    /**
     * A sign-in that succeeded starts the account's count again, and is no longer counted against the
     * address (whose other failures stay: it may be a guesser's own account).
     */
    synchronized void succeeded(String account, String address) {
        failures.remove(accountKey(account));
        Failures seen = failures.get(addressKey(address));
        if (seen != null) {
            if (seen.count() <= 1) {
                failures.remove(addressKey(address));
            } else {
                failures.put(addressKey(address), new Failures(seen.count() - 1, seen.last()));
            }
        }
    }

    private void count(String key) {
        Instant now = clock.instant();
        Failures before = current(key, now);
        failures.put(key, new Failures(before == null ? 1 : before.count() + 1, now));
    }

    private Duration left(String key, int allowed) {
        Instant now = clock.instant();
        Failures seen = current(key, now);
        if (seen == null || seen.count() < allowed) {
            return Duration.ZERO;
        }
        Duration left = Duration.between(now, seen.last().plus(wait(seen.count() - allowed)));
        return left.isNegative() ? Duration.ZERO : left;
    }

    /** The failures under {@code key}, unless forgotten. */
    private Failures current(String key, Instant now) {
        Failures seen = failures.get(key);
        if (seen != null && now.isAfter(seen.last().plus(FORGOTTEN_AFTER))) {
            failures.remove(key);
            return null;
        }
        return seen;
    }

    /** The wait after {@code beyond} failures past the allowance: 1 s, 2 s, 4 s… up to the longest. */
    static Duration wait(int beyond) {
        if (beyond >= 20) {
            return LONGEST_WAIT;
        }
        Duration wait = FIRST_WAIT.multipliedBy(1L << Math.max(0, beyond));
        return wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait;
    }

    private static String accountKey(String account) {
        return "account " + account.toLowerCase(Locale.ROOT);
    }

    private static String addressKey(String address) {
        return "address " + address;
    }
}
