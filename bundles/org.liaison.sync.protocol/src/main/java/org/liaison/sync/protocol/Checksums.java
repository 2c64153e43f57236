package org.liaison.sync.protocol;

import java.util.Map;

/**
 * Per synced table, how many rows the server holds and the sum of their {@link RowDigest}s:
 * {@code GET /sync/checksums}.
 */
public record Checksums(Map<String, TableChecksum> tables) {

    /** @param rows rows not deleted @param digest the sum of their digests */
    public record TableChecksum(long rows, long digest) {
    }
}
