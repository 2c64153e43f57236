package org.liaison.sync.protocol;

import java.util.List;

/**
 * @param deviceId the device whose outbox this is: must be the token's device
 * @param seenCursor the cursor up to which the device has pulled: an edit of a row changed on the
 *        server after that cursor was made without seeing that change, and is a conflict when it
 *        overwrites it
 * @param changes in operation-number order
 */
public record PushRequest(String deviceId, long seenCursor, List<PushedChange> changes) {
}
