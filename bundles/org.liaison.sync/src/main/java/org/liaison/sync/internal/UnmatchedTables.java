package org.liaison.sync.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Set;
import java.util.TreeSet;

import org.liaison.store.Store;
import org.liaison.sync.protocol.Checksums.TableChecksum;

/**
 * Tables that still differed from the server's right after they were loaded again: the server holds
 * something this version of Liaison has no place for (a column of a newer version). Loading them
 * again brings the same, so they are loaded again only once the server's copy or this version's
 * columns have changed, not at every comparison.
 */
final class UnmatchedTables {

    private final Store store;

    UnmatchedTables(Store store) {
        this.store = store;
    }

    /** Whether {@code table} was found unmatchable against this very server checksum with these very columns. */
    boolean stillUnmatchable(String table, TableChecksum server, Set<String> columns) {
        return store.read(connection -> {
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT 1 FROM SYNC_UNMATCHED WHERE TABLE_NAME = ? AND SERVER_ROWS = ? AND SERVER_DIGEST = ? AND LOCAL_COLUMNS = ?")) {
                query.setString(1, table);
                query.setLong(2, server.rows());
                query.setLong(3, server.digest());
                query.setString(4, key(columns));
                try (ResultSet rows = query.executeQuery()) {
                    return rows.next();
                }
            }
        });
    }

    void remember(String table, TableChecksum server, Set<String> columns) {
        store.transaction(connection -> {
            try (PreparedStatement merge = connection.prepareStatement(
                    "MERGE INTO SYNC_UNMATCHED (TABLE_NAME, SERVER_ROWS, SERVER_DIGEST, LOCAL_COLUMNS) KEY (TABLE_NAME) VALUES (?, ?, ?, ?)")) {
                merge.setString(1, table);
                merge.setLong(2, server.rows());
                merge.setLong(3, server.digest());
                merge.setString(4, key(columns));
                return merge.executeUpdate();
            }
        });
    }

    void forget(String table) {
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
