package org.liaison.sync.protocol;

import java.util.Map;
import java.util.UUID;

/**
 * The server's current state of one row, at the cursor where it last changed.
 *
 * @param cursor the server's commit-ordered position of this state
 * @param table a synced table
 * @param row the row's id
 * @param deleted whether the row is a tombstone
 * @param fields every column's value (none for a tombstone)
 * @param stamps each column's winning stamp (packed hybrid logical clock)
 */
public record ServerChange(long cursor, String table, UUID row, boolean deleted, Map<String, Object> fields,
        Map<String, Long> stamps) {
}
