package org.liaison.store.internal.capture;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Pattern;

/** Puts a capture trigger on every table registered in {@code LIAISON_SYNCED_TABLE}. */
public final class CaptureTriggers {

    private static final Pattern TABLE_NAME = Pattern.compile("[A-Z][A-Z0-9_]{0,100}");

    private CaptureTriggers() {
    }

    /** The registered synced tables. */
    public static Set<String> syncedTables(Connection connection) throws SQLException {
        Set<String> tables = new LinkedHashSet<>();
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT TABLE_NAME FROM LIAISON_SYNCED_TABLE ORDER BY TABLE_NAME")) {
            while (rows.next()) {
                tables.add(rows.getString(1));
            }
        }
        return tables;
    }

    /**
     * (Re)creates the capture trigger of each synced table, so that triggers see columns added by
     * the latest migrations. The trigger class is loaded through the calling thread's context
     * class loader, which must see this bundle.
     */
    public static Set<String> install(Connection connection) throws SQLException {
        Set<String> tables = syncedTables(connection);
        try (Statement statement = connection.createStatement()) {
            for (String table : tables) {
                checkShape(connection, table);
                String trigger = "LIAISON_CAPTURE_" + table;
                statement.execute("DROP TRIGGER IF EXISTS \"" + trigger + "\"");
                statement.execute("CREATE TRIGGER \"" + trigger + "\" AFTER INSERT, UPDATE, DELETE ON \"" + table
                        + "\" FOR EACH ROW CALL '" + CaptureTrigger.class.getName() + "'");
            }
        }
        return tables;
    }

    private static void checkShape(Connection connection, String table) throws SQLException {
        if (!TABLE_NAME.matcher(table).matches()) {
            throw new SQLException("synced table name must be an unquoted upper-case SQL name: " + table);
        }
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT DATA_TYPE FROM INFORMATION_SCHEMA.COLUMNS WHERE TABLE_SCHEMA = SCHEMA() AND TABLE_NAME = ? AND COLUMN_NAME = 'ID'")) {
            query.setString(1, table);
            try (ResultSet rows = query.executeQuery()) {
                if (!rows.next()) {
                    throw new SQLException("synced table " + table + " does not exist or has no ID column");
                }
                if (!"UUID".equals(rows.getString(1))) {
                    throw new SQLException("the ID column of synced table " + table + " must be a UUID, not " + rows.getString(1));
                }
            }
        }
    }
}
