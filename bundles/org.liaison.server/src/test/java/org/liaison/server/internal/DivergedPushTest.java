package org.liaison.server.internal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.liaison.sync.protocol.PushedChange;

/** A push that goes back over received operations: delivered again, or from a restored or copied desktop. */
class DivergedPushTest {

    /** The server has received operations up to 60 from the device, operation n stamped n x 100 (kept from 41 on). */
    private static final long LAST = 60;
    private static final long LAST_STAMP = 6_000;
    private static final Map<Long, Long> RECEIVED = java.util.stream.LongStream.rangeClosed(41, 60).boxed()
            .collect(java.util.stream.Collectors.toMap(seq -> seq, seq -> seq * 100));

    private static boolean diverged(List<PushedChange> changes) {
        return SyncLedger.diverged(changes, LAST, LAST_STAMP, RECEIVED);
    }

    private static PushedChange change(long seq, long stamp) {
        return new PushedChange(seq, "TEST_PARTNER", UUID.randomUUID(), "U", stamp, Map.of("NAME", "x"));
    }

    @Test
    void aPushSentAgainAfterItsAnswerWasLostIsNotDiverged() {
        assertFalse(diverged(List.of(change(59, 5_900), change(60, LAST_STAMP), change(61, 6_100))));
    }

    @Test
    void anOldPushDeliveredLateIsNotDiverged() {
        assertFalse(diverged(List.of(change(41, 4_100), change(45, 4_500))));
    }

    @Test
    void newEditsNumberedFromBelowTheLastReceivedAreDiverged() {
        assertTrue(diverged(List.of(change(51, 9_000), change(52, 9_100))), "a desktop restored from a backup");
        assertTrue(diverged(List.of(change(59, 5_950), change(60, 6_010))), "a copy's operation 60 is another change than the one received");
        assertTrue(diverged(List.of(change(51, 4_000), change(52, 4_050))),
                "a copy's edits, all made before the other copy's, are not the operations 51 and 52 received");
        assertTrue(SyncLedger.diverged(List.of(change(11, 9_000)), LAST, LAST_STAMP, RECEIVED),
                "an operation whose stamp is no longer kept, made after the last received");
    }

    @Test
    void pushesAfterTheLastOrWithNothingReceivedYetAreNotDiverged() {
        assertFalse(diverged(List.of(change(61, 1))));
        assertFalse(SyncLedger.diverged(List.of(change(1, 9_999)), 0, null, Map.of()));
        assertFalse(diverged(List.of(change(11, 1_100))), "an old operation no longer kept, delivered again late");
    }
}
