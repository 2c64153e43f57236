package org.liaison.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.liaison.store.internal.capture.ChangeJson;

/** Takes erased values out of the changes still waiting to be sent (see {@code Outbox.forgetErased}). */
final class OutboxErasure {

    private record Row(String table, UUID id) {
    }

    private OutboxErasure() {
    }

    static void forget(Connection connection, long since) throws SQLException {
        // a row deleted, even before the erasure, needs none of its waiting inserts and updates sent
        try (PreparedStatement drop = connection.prepareStatement("DELETE FROM LIAISON_OUTBOX O WHERE O.OP <> 'D' AND EXISTS "
                + "(SELECT 1 FROM LIAISON_OUTBOX D WHERE D.OP = 'D' AND D.TABLE_NAME = O.TABLE_NAME AND D.ROW_ID = O.ROW_ID "
                + "AND D.SEQ > O.SEQ)")) {
            drop.executeUpdate();
        }
        Map<Row, Map<String, Object>> rewritten = new LinkedHashMap<>();
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT TABLE_NAME, ROW_ID, FIELDS FROM LIAISON_OUTBOX WHERE SEQ > ? AND OP = 'U' ORDER BY SEQ")) {
            query.setLong(1, since);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    rewritten.computeIfAbsent(new Row(rows.getString(1), rows.getObject(2, UUID.class)), r -> new LinkedHashMap<>())
                            .putAll(ChangeJson.read(rows.getString(3)));
                }
            }
        }
        for (Map.Entry<Row, Map<String, Object>> row : rewritten.entrySet()) {
            overwrite(connection, row.getKey(), row.getValue(), since);
        }
    }

    /** Gives the row's waiting changes up to {@code since} the values the erasure wrote in their place. */
    private static void overwrite(Connection connection, Row row, Map<String, Object> erased, long since) throws SQLException {
        Map<Long, String> rewritten = new LinkedHashMap<>();
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT SEQ, FIELDS FROM LIAISON_OUTBOX WHERE TABLE_NAME = ? AND ROW_ID = ? AND OP <> 'D' AND SEQ <= ?")) {
            query.setString(1, row.table());
            query.setObject(2, row.id());
            query.setLong(3, since);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    Map<String, Object> fields = new LinkedHashMap<>(ChangeJson.read(rows.getString(2)));
                    boolean changed = false;
                    for (Map.Entry<String, Object> value : erased.entrySet()) {
                        if (fields.containsKey(value.getKey()) && !java.util.Objects.equals(fields.get(value.getKey()), value.getValue())) {
                            fields.put(value.getKey(), value.getValue());
                            changed = true;
                        }
                    }
                    if (changed) {
                        rewritten.put(rows.getLong(1), ChangeJson.write(fields));
                    }
                }
            }
        }
        try (PreparedStatement update = connection.prepareStatement("UPDATE LIAISON_OUTBOX SET FIELDS = ? WHERE SEQ = ?")) {
            for (Map.Entry<Long, String> entry : rewritten.entrySet()) {
                update.setString(1, entry.getValue());
                update.setLong(2, entry.getKey());
                update.addBatch();
            }
            update.executeBatch();
        }
    }
}
