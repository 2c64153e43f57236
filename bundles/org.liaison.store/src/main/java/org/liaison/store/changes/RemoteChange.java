package org.liaison.store.changes;

import java.util.Map;
import java.util.UUID;

import org.liaison.core.clock.HlcTimestamp;

/**
 * A change made elsewhere (another desktop, the server) to apply to the local database.
 *
 * @param table a synced table
 * @param rowId the row's {@code ID}
 * @param operation what to do: an insert or update writes {@code fields} (creating the row when it
 *        is missing), a delete removes the row and records its tombstone
 * @param stamp when it was made, by the origin's hybrid logical clock
 * @param fields column values, in the form of {@link CapturedChange#fields()}
 */
public record RemoteChange(String table, UUID rowId, Operation operation, HlcTimestamp stamp,
        Map<String, Object> fields) {
}
