package org.liaison.core.internal;

import java.time.Clock;
import java.time.Duration;

import org.liaison.core.clock.HlcTimestamp;
import org.liaison.core.clock.HybridLogicalClock;

/**
 * The hybrid logical clock algorithm over any wall clock (so that tests can move time back).
 */
public class HlcState implements HybridLogicalClock {

    private final Clock wall;
    private long millis;
    private int counter;

    public HlcState(Clock wall) {
        this.wall = wall;
    }

    @Override
    public synchronized HlcTimestamp now() {
        long physical = wall.millis();
        if (physical > millis) {
            millis = physical;
            counter = 0;
        } else {
            bumpCounter();
        }
        return new HlcTimestamp(millis, counter);
    }

    @Override
    public synchronized HlcTimestamp receive(HlcTimestamp remote) {
        long physical = wall.millis();
        long next = Math.max(Math.max(millis, remote.millis()), physical);
        if (next == millis && next == remote.millis()) {
            counter = Math.max(counter, remote.counter());
            bumpCounter();
        } else if (next == millis) {
            bumpCounter();
        } else if (next == remote.millis()) {
            millis = next;
            counter = remote.counter();
            bumpCounter();
        } else {
            millis = next;
            counter = 0;
        }
        return new HlcTimestamp(millis, counter);
    }

    @Override
    public synchronized Duration drift() {
        return Duration.ofMillis(Math.max(0, millis - wall.millis()));
    }

    private void bumpCounter() {
        if (counter == HlcTimestamp.MAX_COUNTER) {
            millis++; // 65,536 events in one millisecond: move logical time on rather than overflow
            counter = 0;
        } else {
            counter++;
        }
    }
}
