package org.liaison.core.id;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.UUID;

/**
 * Identifiers of synced rows: UUID version 7 (RFC 9562), time-ordered so that rows created later
 * sort later and B-tree inserts stay local.
 *
 * <p>Within one millisecond the 12 bits after the version are a counter (RFC 9562, method 1), so
 * identifiers made by one generator are strictly increasing even when many are made per
 * millisecond or when the wall clock steps back.
 */
public final class Ids {

    private static final Ids DEFAULT = new Ids(Clock.systemUTC());

    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private long lastMillis = -1;
    private int counter;

    /** A generator reading the given clock; most code uses {@link #newId()}. */
    public Ids(Clock clock) {
        this.clock = clock;
    }

    /** A new time-ordered identifier from the process-wide generator. */
    public static UUID newId() {
        return DEFAULT.next();
    }

    /** The next identifier of this generator: greater than every one it made before. */
    public synchronized UUID next() {
        long now = clock.millis();
        if (now > lastMillis) {
            lastMillis = now;
            counter = random.nextInt(1 << 11); // leave room for the counter to grow
        } else if (++counter > 0xFFF) {
            lastMillis++; // counter exhausted (or clock went back): borrow the next millisecond
            counter = 0;
        }
        long msb = (lastMillis & 0xFFFF_FFFF_FFFFL) << 16 | 0x7000L | counter;
        long lsb = (random.nextLong() & 0x3FFF_FFFF_FFFF_FFFFL) | 0x8000_0000_0000_0000L;
        return new UUID(msb, lsb);
    }

    /**
     * The same identifier on every node for the same parts: for rows that stand for a pair in a
     * set (a tag on a contact, a sector of an organisation), so that two offline desktops adding
     * the same pair create the same row rather than two (UUID version 3, name-based).
     */
    public static UUID derived(String kind, Object... parts) {
        StringBuilder name = new StringBuilder(kind);
        for (Object part : parts) {
            name.append('\u001f').append(part);
        }
        return UUID.nameUUIDFromBytes(name.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /** The Unix time in milliseconds stamped into a version 7 identifier. */
    public static long timestampMillis(UUID id) {
        if (id.version() != 7) {
            throw new IllegalArgumentException("not a version 7 UUID: " + id);
        }
        return id.getMostSignificantBits() >>> 16;
    }
}
