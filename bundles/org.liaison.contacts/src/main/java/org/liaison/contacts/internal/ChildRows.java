package org.liaison.contacts.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Makes the rows of a child table for one parent exactly the given ones: rows no longer wanted
 * are deleted, the others merged. Rows keep ids derived from what they stand for, so that a row
 * unchanged is not touched (nothing to sync) and two offline edits adding the same row agree.
 */
final class ChildRows {

    private ChildRows() {
    }

    /**
     * @param columns the child table's columns after {@code ID}, the parent column first
     * @param rows wanted rows by id, their values in the order of {@code columns}
     */
    static void replace(Connection connection, String table, List<String> columns, UUID parent,
            Map<UUID, List<Object>> rows, boolean newParent) throws SQLException {
        if (newParent) { // nothing to compare with
            write(connection, "INSERT INTO " + table + " (ID, " + String.join(", ", columns) + ") VALUES (?", columns, rows);
            return;
        }
        String parentColumn = columns.get(0);
        Set<UUID> existing = new HashSet<>();
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT ID FROM " + table + " WHERE " + parentColumn + " = ?")) {
            query.setObject(1, parent);
            try (ResultSet found = query.executeQuery()) {
                while (found.next()) {
                    existing.add(found.getObject(1, UUID.class));
                }
            }
        }
        existing.removeAll(rows.keySet());
        if (!existing.isEmpty()) {
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM " + table + " WHERE ID = ?")) {
                for (UUID id : existing) {
                    delete.setObject(1, id);
                    delete.addBatch();
                }
                delete.executeBatch();
            }
        }
        write(connection, "MERGE INTO " + table + " (ID, " + String.join(", ", columns) + ") KEY (ID) VALUES (?", columns, rows);
    }

    /** Runs each statement with {@code id} as its one parameter, in order. */
    static void runEach(Connection connection, UUID id, List<String> statements) throws SQLException {
        for (String sql : statements) {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                statement.setObject(1, id);
                statement.executeUpdate();
            }
        }
    }

    /** Sets the parameters of {@code statement} from 1 on; a {@code null} becomes SQL NULL. */
    static void bind(PreparedStatement statement, Object... values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            if (values[i] == null) {
                statement.setNull(i + 1, java.sql.Types.NULL);
            } else {
                statement.setObject(i + 1, values[i]);
            }
        }
    }

    private static void write(Connection connection, String sqlStart, List<String> columns, Map<UUID, List<Object>> rows)
            throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        String sql = sqlStart + ", ?".repeat(columns.size()) + ")";
        try (PreparedStatement merge = connection.prepareStatement(sql)) {
            for (Map.Entry<UUID, List<Object>> row : rows.entrySet()) {
                merge.setObject(1, row.getKey());
                for (int i = 0; i < row.getValue().size(); i++) {
                    merge.setObject(i + 2, row.getValue().get(i));
                }
                merge.addBatch();
            }
            merge.executeBatch();
        }
    }
}
