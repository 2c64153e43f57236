package org.liaison.core.clock;

import java.time.Instant;

/**
 * A hybrid logical clock reading: wall-clock milliseconds plus a logical counter that orders
 * events within the same millisecond (or while the wall clock lags behind).
 *
 * <p>{@link #pack()} gives one {@code long} (48 bits of milliseconds, 16 bits of counter) whose
 * numeric order is the clock order; that is how stamps are stored.
 */
public record HlcTimestamp(long millis, int counter) implements Comparable<HlcTimestamp> {

    /** Largest counter value a packed stamp can hold. */
    public static final int MAX_COUNTER = 0xFFFF;

    public HlcTimestamp {
        if (millis < 0 || millis > 0xFFFF_FFFF_FFFFL) {
            throw new IllegalArgumentException("millis out of range: " + millis);
        }
        if (counter < 0 || counter > MAX_COUNTER) {
            throw new IllegalArgumentException("counter out of range: " + counter);
        }
    }

    public long pack() {
        return millis << 16 | counter;
    }

    public static HlcTimestamp unpack(long packed) {
        return new HlcTimestamp(packed >>> 16, (int) (packed & MAX_COUNTER));
    }

    @Override
    public int compareTo(HlcTimestamp other) {
        return Long.compare(pack(), other.pack());
    }

    @Override
    public String toString() {
        return Instant.ofEpochMilli(millis) + "#" + counter;
    }
}
