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

    /** The server has received operations up to 60 from the device; operation 60 was stamped 6,000. */
    private static final long LAST = 60;
    private static final long LAST_STAMP = 6_000;

    private static PushedChange change(long seq, long stamp) {
        return new PushedChange(seq, "TEST_PARTNER", UUID.randomUUID(), "U", stamp, Map.of("NAME", "x"));
    }

    @Test
    void aPushSentAgainAfterItsAnswerWasLostIsNotDiverged() {
        assertFalse(SyncLedger.diverged(List.of(change(59, 5_900), change(60, LAST_STAMP), change(61, 6_100)), LAST, LAST_STAMP));
    }

    @Test
    void anOldPushDeliveredLateIsNotDiverged() {
        assertFalse(SyncLedger.diverged(List.of(change(41, 4_100), change(45, 4_500)), LAST, LAST_STAMP));
    }

    @Test
    void newEditsNumberedFromBelowTheLastReceivedAreDiverged() {
        assertTrue(SyncLedger.diverged(List.of(change(51, 9_000), change(52, 9_100)), LAST, LAST_STAMP), "a desktop restored from a backup");
        assertTrue(SyncLedger.diverged(List.of(change(59, 5_950), change(60, 6_010)), LAST, LAST_STAMP),
                "a copy's operation 60 is another change than the one received");
    }

    @Test
    void pushesAfterTheLastOrWithNothingReceivedYetAreNotDiverged() {
        assertFalse(SyncLedger.diverged(List.of(change(61, 1)), LAST, LAST_STAMP));
        assertFalse(SyncLedger.diverged(List.of(change(1, 9_999)), 0, null));
    }
}
