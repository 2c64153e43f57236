package org.liaison.server.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** The server's merged state of one synced row. */
final class SyncRowState {

    final String table;
    final UUID row;
    long cursor;
    boolean deleted;
    final Map<String, Object> fields;
    final Map<String, FieldStamp> stamps;
    /** What the row added to its table's checksum when loaded (nothing for a row new or deleted): see {@code TableSums}. */
    long countedDigest;
    boolean counted;

    SyncRowState(String table, UUID row, long cursor, boolean deleted, Map<String, Object> fields, Map<String, FieldStamp> stamps) {
        this.table = table;
        this.row = row;
        this.cursor = cursor;
        this.deleted = deleted;
        this.fields = fields;
        this.stamps = stamps;
    }

    /** Whether the ledger holds the row (live or deleted); not a row it never had. */
    boolean inLedger() {
        return cursor > 0;
    }

    static SyncRowState fresh(String table, UUID row) {
        return new SyncRowState(table, row, 0, false, new LinkedHashMap<>(), new LinkedHashMap<>());
    }
}
