package org.liaison.server.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;

import org.liaison.sync.protocol.Checksums.TableChecksum;

/**
 * Each synced table's checksum (its live rows and the sum of their digests), kept in
 * {@code SYNC_TABLE_SUM} and moved by every write of the ledger, so that {@code /sync/checksums}
 * reads one row a table. Digests are summed with overflow, so what a row added can be taken away.
 */
final class TableSums {

    private TableSums() {
    }

    static void add(Connection connection, String table, long rows, long digest) throws SQLException {
        if (rows == 0 && digest == 0) {
            return;
        }
        long count = 0;
        long sum = 0;
        try (PreparedStatement query = connection.prepareStatement("SELECT ROW_COUNT, DIGEST FROM SYNC_TABLE_SUM WHERE TABLE_NAME = ?")) {
            query.setString(1, table);
            try (ResultSet row = query.executeQuery()) {
                if (row.next()) {
                    count = row.getLong(1);
                    sum = row.getLong(2);
                }
            }
        }
        // summed in Java, which wraps on overflow as the desktops' sums do; the database would refuse
        try (PreparedStatement merge = connection.prepareStatement(
                "MERGE INTO SYNC_TABLE_SUM (TABLE_NAME, ROW_COUNT, DIGEST) KEY (TABLE_NAME) VALUES (?, ?, ?)")) {
            merge.setString(1, table);
            merge.setLong(2, count + rows);
            merge.setLong(3, sum + digest);
            merge.executeUpdate();
        }
    }

    static Map<String, TableChecksum> read(Connection connection) throws SQLException {
        Map<String, TableChecksum> sums = new LinkedHashMap<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT TABLE_NAME, ROW_COUNT, DIGEST FROM SYNC_TABLE_SUM");
                ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                sums.put(rows.getString(1), new TableChecksum(rows.getLong(2), rows.getLong(3)));
            }
        }
        return sums;
    }

    /**
     * Whether the sums were never made for this ledger: none kept while live rows exist (every live row
     * adds to its table's sum, so a ledger whose sums are kept has one as soon as it has a live row).
     */
    static boolean missing(Connection connection) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT NOT EXISTS (SELECT 1 FROM SYNC_TABLE_SUM) "
                + "AND EXISTS (SELECT 1 FROM SYNC_ROW WHERE NOT DELETED)");
                ResultSet row = query.executeQuery()) {
            row.next();
            return row.getBoolean(1);
        }
    }
}
