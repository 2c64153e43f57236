package org.liaison.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.liaison.core.clock.HlcTimestamp;

class HlcStateTest {

    /** A wall clock the test moves by hand. */
    static final class ManualClock extends Clock {
        long millis;

        ManualClock(long millis) {
            this.millis = millis;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return Instant.ofEpochMilli(millis);
        }
    }

    private final ManualClock wall = new ManualClock(Instant.parse("2026-11-28T10:00:00Z").toEpochMilli());
    private final HlcState clock = new HlcState(wall);

    @Test
    void staysMonotonicWhenTheWallClockJumpsBackAnHour() {
        HlcTimestamp before = clock.now();
        wall.millis -= Duration.ofHours(1).toMillis();
        HlcTimestamp previous = before;
        for (int i = 0; i < 1000; i++) {
            HlcTimestamp next = clock.now();
            assertTrue(next.compareTo(previous) > 0, next + " must be after " + previous);
            previous = next;
            wall.millis += 1;
        }
        assertEquals(before.millis(), previous.millis(), "logical time holds until the wall clock catches up");
        assertEquals(Duration.ofHours(1).minusMillis(1000), clock.drift());
        wall.millis += Duration.ofHours(1).toMillis();
        assertEquals(new HlcTimestamp(wall.millis, 0), clock.now(), "back on the wall clock once it has caught up");
        assertEquals(Duration.ZERO, clock.drift());
    }

    @Test
    void receivingAStampFromTheFutureMovesLocalStampsAfterIt() {
        HlcTimestamp remote = new HlcTimestamp(wall.millis + 5_000, 7);
        HlcTimestamp merged = clock.receive(remote);
        assertEquals(new HlcTimestamp(remote.millis(), 8), merged);
        assertTrue(clock.now().compareTo(remote) > 0);
        assertEquals(Duration.ofMillis(5_000), clock.drift());
    }

    @Test
    void receivingAnOldStampStillAdvances() {
        HlcTimestamp local = clock.now();
        HlcTimestamp merged = clock.receive(new HlcTimestamp(local.millis() - 10, 3));
        assertTrue(merged.compareTo(local) > 0);
    }

    @Test
    void counterOverflowMovesToTheNextMillisecond() {
        HlcTimestamp first = clock.now();
        HlcTimestamp last = first;
        for (int i = 0; i < HlcTimestamp.MAX_COUNTER + 10; i++) {
            HlcTimestamp next = clock.now();
            assertTrue(next.compareTo(last) > 0);
            last = next;
        }
        assertEquals(first.millis() + 1, last.millis());
    }

    @Test
    void packedStampsOrderLikeStamps() {
        HlcTimestamp a = new HlcTimestamp(1_000, HlcTimestamp.MAX_COUNTER);
        HlcTimestamp b = new HlcTimestamp(1_001, 0);
        assertTrue(a.pack() < b.pack());
        assertEquals(a, HlcTimestamp.unpack(a.pack()));
    }
}
