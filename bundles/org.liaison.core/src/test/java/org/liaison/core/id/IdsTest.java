package org.liaison.core.id;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class IdsTest {

    @Test
    void idsAreVersion7WithTheRfcVariantAndTheirTimestamp() {
        Instant at = Instant.parse("2026-11-28T09:30:00.123Z");
        UUID id = new Ids(Clock.fixed(at, ZoneOffset.UTC)).next();
        assertEquals(7, id.version());
        assertEquals(2, id.variant());
        assertEquals(at.toEpochMilli(), Ids.timestampMillis(id));
    }

    @Test
    void idsMadeInARowAreStrictlyIncreasingAsTextAndAsUuids() {
        Ids ids = new Ids(Clock.systemUTC());
        UUID previous = ids.next();
        Set<UUID> seen = new HashSet<>();
        for (int i = 0; i < 200_000; i++) {
            UUID next = ids.next();
            assertTrue(next.toString().compareTo(previous.toString()) > 0, next + " after " + previous);
            assertTrue(next.compareTo(previous) > 0);
            assertTrue(seen.add(next));
            previous = next;
        }
    }

    @Test
    void idsStayOrderedWhenTheClockIsFrozenOrGoesBack() {
        Instant at = Instant.parse("2026-11-28T09:30:00Z");
        Ids frozen = new Ids(Clock.fixed(at, ZoneOffset.UTC));
        UUID previous = frozen.next();
        for (int i = 0; i < 10_000; i++) { // more than the 4,096 counter values of one millisecond
            UUID next = frozen.next();
            assertTrue(next.toString().compareTo(previous.toString()) > 0);
            previous = next;
        }
    }

    @Test
    void derivedIdsAreTheSameForTheSamePairOnly() {
        UUID contact = new Ids(Clock.systemUTC()).next();
        assertEquals(Ids.derived("tag", contact, "export"), Ids.derived("tag", contact, "export"));
        assertTrue(!Ids.derived("tag", contact, "export").equals(Ids.derived("tag", contact, "exports")));
        assertTrue(!Ids.derived("tag", "ab", "c").equals(Ids.derived("tag", "a", "bc")), "parts are kept apart");
        assertEquals(3, Ids.derived("sector", contact, "62.01").version());
    }

    @Test
    void aRandomUuidHasNoTimestamp() {
        assertThrows(IllegalArgumentException.class, () -> Ids.timestampMillis(UUID.randomUUID()));
    }

    @Test
    void idsOfLaterMillisecondsSortLater() {
        UUID early = new Ids(Clock.fixed(Instant.ofEpochMilli(1_000), ZoneOffset.UTC)).next();
        UUID late = new Ids(Clock.fixed(Instant.ofEpochMilli(1_001), ZoneOffset.UTC)).next();
        assertTrue(late.toString().compareTo(early.toString()) > 0);
    }
}
