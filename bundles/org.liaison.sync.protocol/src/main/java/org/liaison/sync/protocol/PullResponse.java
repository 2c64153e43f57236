package org.liaison.sync.protocol;

import java.util.List;

/**
 * @param changes rows in cursor order
 * @param next the cursor to ask after next time
 * @param more whether more rows wait (up to {@code upTo} when one was asked)
 * @param latest the server's latest cursor when the page was read: an initial load pins to it
 */
public record PullResponse(List<ServerChange> changes, long next, boolean more, long latest) {
}
