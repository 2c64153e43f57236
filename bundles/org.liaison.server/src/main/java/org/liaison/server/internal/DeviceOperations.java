package org.liaison.server.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The stamps of each device's recent operations ({@code SYNC_DEVICE_OP}), so that a push numbered
 * like operations already received can be told to be those (delivered again) or other edits (a
 * restored or copied desktop).
 */
final class DeviceOperations {

    /** Operations of a device kept, the newest: a push delivered again later than this is told by its stamps alone. */
    static final long KEPT = 20_000;

    private DeviceOperations() {
    }

    static void record(Connection connection, UUID device, Map<Long, Long> received, long last) throws SQLException {
        if (received.isEmpty()) {
            return;
        }
        try (PreparedStatement merge = connection.prepareStatement(
                "MERGE INTO SYNC_DEVICE_OP (DEVICE_ID, SEQ, STAMP) KEY (DEVICE_ID, SEQ) VALUES (?, ?, ?)")) {
            for (Map.Entry<Long, Long> operation : received.entrySet()) {
                merge.setObject(1, device);
                merge.setLong(2, operation.getKey());
                merge.setLong(3, operation.getValue());
                merge.addBatch();
            }
            merge.executeBatch();
        }
        try (PreparedStatement prune = connection.prepareStatement("DELETE FROM SYNC_DEVICE_OP WHERE DEVICE_ID = ? AND SEQ <= ?")) {
            prune.setObject(1, device);
            prune.setLong(2, last - KEPT);
            prune.executeUpdate();
        }
    }

    static Map<Long, Long> stamps(Connection connection, UUID device, long from, long to) throws SQLException {
        Map<Long, Long> stamps = new HashMap<>();
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT SEQ, STAMP FROM SYNC_DEVICE_OP WHERE DEVICE_ID = ? AND SEQ BETWEEN ? AND ?")) {
            query.setObject(1, device);
            query.setLong(2, from);
            query.setLong(3, to);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    stamps.put(rows.getLong(1), rows.getLong(2));
                }
            }
        }
        return stamps;
    }
}
