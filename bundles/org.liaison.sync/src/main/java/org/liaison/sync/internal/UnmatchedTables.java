package org.liaison.sync.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.liaison.store.Store;
import org.liaison.sync.protocol.Checksums.TableChecksum;

/**
 * Tables that still differed from the server's right after they were loaded again: the server holds
 * something this version of Liaison has no place for (a column of a newer version). Loading them
 * again brings the same, so they are loaded again only once the server's copy, this desktop's copy
 * or this version's columns have changed, not at every comparison.
 */
final class UnmatchedTables {

    /** Both checksums and this version's columns when a table was found unmatchable. */
    record Seen(TableChecksum server, TableChecksum local, String columns) {
    }

    private final Store store;
    private final Map<String, Seen> seen;

    private UnmatchedTables(Store store, Map<String, Seen> seen) {
        this.store = store;
        this.seen = seen;
    }

    static UnmatchedTables read(Store store) {
        return new UnmatchedTables(store, store.read(connection -> {
            Map<String, Seen> tables = new HashMap<>();
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT TABLE_NAME, SERVER_ROWS, SERVER_DIGEST, LOCAL_ROWS, LOCAL_DIGEST, LOCAL_COLUMNS FROM SYNC_UNMATCHED");
                    ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    tables.put(rows.getString(1), new Seen(new TableChecksum(rows.getLong(2), rows.getLong(3)),
                            new TableChecksum(rows.getLong(4), rows.getLong(5)), rows.getString(6)));
                }
            }
            return tables;
        }));
    }

    /** Whether {@code table} was found unmatchable with these very checksums and columns. */
    boolean stillUnmatchable(String table, TableChecksum server, TableChecksum local, Set<String> columns) {
        return new Seen(server, local, key(columns)).equals(seen.get(table));
    }

    void remember(String table, TableChecksum server, TableChecksum local, Set<String> columns) {
        store.transaction(connection -> {
            try (PreparedStatement merge = connection.prepareStatement("MERGE INTO SYNC_UNMATCHED (TABLE_NAME, SERVER_ROWS, "
                    + "SERVER_DIGEST, LOCAL_ROWS, LOCAL_DIGEST, LOCAL_COLUMNS) KEY (TABLE_NAME) VALUES (?, ?, ?, ?, ?, ?)")) {
                merge.setString(1, table);
                merge.setLong(2, server.rows());
                merge.setLong(3, server.digest());
                merge.setLong(4, local.rows());
                merge.setLong(5, local.digest());
                merge.setString(6, key(columns));
                return merge.executeUpdate();
            }
        });
    }

    /** {@code table} matches the server's now: forgotten, if it was remembered. */
    void matched(String table) {
        if (seen.remove(table) == null) {
            return;
        }
        store.transaction(connection -> {
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM SYNC_UNMATCHED WHERE TABLE_NAME = ?")) {
                delete.setString(1, table);
                return delete.executeUpdate();
            }
        });
    }

    private static String key(Set<String> columns) {
        return String.join(",", new TreeSet<>(columns));
    }
}
