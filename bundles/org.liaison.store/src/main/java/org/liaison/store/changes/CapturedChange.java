package org.liaison.store.changes;

import java.util.Map;
import java.util.UUID;

import org.liaison.core.clock.HlcTimestamp;

/**
 * A local write to a synced table, as recorded in the outbox.
 *
 * @param sequence the change's local operation number: increasing in commit order of capture
 * @param table the table written
 * @param rowId the row's {@code ID}
 * @param operation insert, update, or delete (a tombstone)
 * @param stamp the hybrid logical clock reading of the transaction
 * @param fields for an insert every non-null column, for an update the columns whose value
 *        changed, for a delete nothing; values are strings, numbers or booleans (UUIDs, dates and
 *        times as ISO-8601 text, binary as Base64)
 */
public record CapturedChange(long sequence, String table, UUID rowId, Operation operation, HlcTimestamp stamp,
        Map<String, Object> fields) {

    public CapturedChange {
        fields = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(fields));
    }
}
