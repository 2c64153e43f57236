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
        dropChangesOfDeletedRows(connection);
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
        overwrite(connection, rewritten, since);
    }

    /**
     * A row deleted, even before the erasure, needs none of its waiting inserts and updates sent.
     * Found in one pass over the outbox, newest first: the outbox has no index by row, and a query
     * looking for a later deletion of each change took seconds once an import waited in it.
     */
    private static void dropChangesOfDeletedRows(Connection connection) throws SQLException {
        java.util.Set<Row> deleted = new java.util.HashSet<>();
        java.util.List<Long> dropped = new java.util.ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT SEQ, TABLE_NAME, ROW_ID, OP FROM LIAISON_OUTBOX ORDER BY SEQ DESC");
                ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                Row row = new Row(rows.getString(2), rows.getObject(3, UUID.class));
                if ("D".equals(rows.getString(4))) {
                    deleted.add(row);
                } else if (deleted.contains(row)) {
                    dropped.add(rows.getLong(1));
                }
            }
        }
        try (PreparedStatement drop = connection.prepareStatement("DELETE FROM LIAISON_OUTBOX WHERE SEQ = ?")) {
            for (long seq : dropped) {
                drop.setLong(1, seq);
                drop.addBatch();
            }
            drop.executeBatch();
        }
    }

    /** Gives the rows' waiting changes up to {@code since} the values the erasure wrote in their place, in one pass. */
    private static void overwrite(Connection connection, Map<Row, Map<String, Object>> erasedRows, long since) throws SQLException {
        if (erasedRows.isEmpty()) {
            return;
        }
        Map<Long, String> rewritten = new LinkedHashMap<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT SEQ, TABLE_NAME, ROW_ID, FIELDS FROM LIAISON_OUTBOX "
                + "WHERE OP <> 'D' AND SEQ <= ? AND ROW_ID = ANY(?)")) {
            query.setLong(1, since);
            query.setObject(2, erasedRows.keySet().stream().map(Row::id).distinct().toArray(UUID[]::new));
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    Map<String, Object> erased = erasedRows.get(new Row(rows.getString(2), rows.getObject(3, UUID.class)));
                    if (erased == null) {
                        continue;
                    }
                    Map<String, Object> fields = new LinkedHashMap<>(ChangeJson.read(rows.getString(4)));
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
