package org.liaison.server.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.liaison.sync.protocol.PushedChange;

/**
 * Rows erased on a desktop (a person whose {@code ERASED} became true, in a table registered
 * {@code ERASABLE}), which the server keeps erased, and the rows that belong to them (tables
 * registered {@code OWNED_BY:COLUMN}).
 */
final class ErasedRows {

    static final String ERASABLE = "ERASABLE";
    static final String OWNED_BY = "OWNED_BY:";

    private ErasedRows() {
    }

    /** Whether the change marks its row erased. */
    static boolean erases(PushedChange change) {
        return !"D".equals(change.op()) && Boolean.TRUE.equals(change.fields().get("ERASED"));
    }

    static boolean erased(Connection connection, Object rowId) throws SQLException {
        if (rowId == null) {
            return false;
        }
        UUID id;
        try {
            id = rowId instanceof UUID uuid ? uuid : UUID.fromString(rowId.toString());
        } catch (IllegalArgumentException e) {
            return false; // not an id: the database refuses it when the change is written
        }
        try (PreparedStatement query = connection.prepareStatement("SELECT 1 FROM SYNC_ERASED WHERE ROW_ID = ?")) {
            query.setObject(1, id);
            try (ResultSet row = query.executeQuery()) {
                return row.next();
            }
        }
    }

    static void record(Connection connection, String table, UUID rowId) throws SQLException {
        try (PreparedStatement merge = connection.prepareStatement(
                "MERGE INTO SYNC_ERASED (ROW_ID, TABLE_NAME, ERASED_AT) KEY (ROW_ID) VALUES (?, ?, ?)")) {
            merge.setObject(1, rowId);
            merge.setString(2, table);
            merge.setObject(3, OffsetDateTime.now(ZoneOffset.UTC));
            merge.executeUpdate();
        }
    }

    /** The columns of {@code table} that may hold nothing: what an erasure empties besides what it sent. */
    static Set<String> nullableColumns(Connection connection, String table) throws SQLException {
        Set<String> columns = new LinkedHashSet<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT COLUMN_NAME FROM INFORMATION_SCHEMA.COLUMNS "
                + "WHERE TABLE_SCHEMA = 'PUBLIC' AND TABLE_NAME = ? AND IS_NULLABLE = 'YES'")) {
            query.setString(1, table);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    columns.add(rows.getString(1));
                }
            }
        }
        return columns;
    }

    /** The columns through which rows of each table belong to a person, from the tables' rules. */
    static List<String[]> ownerColumns(Map<String, List<String>> rules) {
        List<String[]> owners = new ArrayList<>();
        rules.forEach((table, tableRules) -> tableRules.stream().filter(rule -> rule.startsWith(OWNED_BY))
                .forEach(rule -> owners.add(new String[] {table, rule.substring(OWNED_BY.length())})));
        return owners;
    }

    /** The live rows of {@code table} whose {@code column} names {@code owner}; names from the synced-table registry. */
    static List<UUID> ownedRows(Connection connection, String table, String column, UUID owner) throws SQLException {
        List<UUID> ids = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT ID FROM \"" + table + "\" WHERE \"" + column + "\" = ?")) {
            query.setObject(1, owner);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getObject(1, UUID.class));
                }
            }
        }
        return ids;
    }

    /** Conflict records keep both values of a row: they go with a row that is erased or deleted. */
    static void forgetConflicts(Connection connection, UUID rowId) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM SYNC_CONFLICT WHERE ROW_ID = ?")) {
            delete.setObject(1, rowId);
            delete.executeUpdate();
        }
    }
}
