package org.liaison.sync.protocol;

import java.util.List;
import java.util.Map;

/**
 * @param acknowledged the device's last operation number the server holds: the desktop can forget
 *        its outbox up to there
 * @param stamps the stamp the server ordered each change of this push by (the desktop's own, or the
 *        server's clock when the desktop's ran ahead), by operation number; changes received
 *        before and skipped are absent
 * @param refused changes that could not be applied, with the reason (they are acknowledged too:
 *        sending them again would not help)
 * @param conflicts how many fields of this push lost to, or overwrote, an edit made concurrently
 */
public record PushResponse(long acknowledged, Map<Long, Long> stamps, List<Refusal> refused, int conflicts) {

    /** A change the server could not apply. */
    public record Refusal(long seq, String reason) {
    }
}
