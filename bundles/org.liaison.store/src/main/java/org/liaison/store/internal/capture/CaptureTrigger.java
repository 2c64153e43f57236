package org.liaison.store.internal.capture;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import org.h2.api.Trigger;

/**
 * Records every row written to a synced table into the outbox, inside the writing transaction.
 *
 * <p>The stamp is the session variable {@code @LIAISON_HLC}, set by the store for the length of
 * each transaction; the remote-change path removes what this trigger wrote before it commits.
 */
public final class CaptureTrigger implements Trigger {

    static final String INSERT_OUTBOX = "INSERT INTO LIAISON_OUTBOX (TABLE_NAME, ROW_ID, OP, FIELDS, HLC, SESSION_ID) "
            + "VALUES (?, ?, ?, ?, @LIAISON_HLC, SESSION_ID())";
    static final String MERGE_TOMBSTONE = "MERGE INTO LIAISON_TOMBSTONE (TABLE_NAME, ROW_ID, HLC) "
            + "KEY (TABLE_NAME, ROW_ID) VALUES (?, ?, @LIAISON_HLC)";

    private String table;
    private String[] columns;
    private int idColumn;

    @Override
    public void init(Connection connection, String schema, String trigger, String tableName, boolean before, int type)
            throws SQLException {
        table = tableName;
        List<String> names = new ArrayList<>();
        try (ResultSet rows = connection.getMetaData().getColumns(null, schema, tableName, null)) {
            while (rows.next()) {
                names.add(rows.getString("COLUMN_NAME"));
            }
        }
        columns = names.toArray(String[]::new);
        idColumn = names.indexOf("ID");
        if (idColumn < 0) {
            throw new SQLException("synced table " + tableName + " has no ID column");
        }
    }

    @Override
    public void fire(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
        char operation;
        Map<String, Object> fields = new LinkedHashMap<>();
        Object[] row;
        if (oldRow == null) {
            operation = 'I';
            row = newRow;
            for (int i = 0; i < columns.length; i++) {
                if (i != idColumn && newRow[i] != null) {
                    fields.put(columns[i], newRow[i]);
                }
            }
        } else if (newRow != null) {
            operation = 'U';
            row = newRow;
            if (!Objects.equals(oldRow[idColumn], newRow[idColumn])) {
                throw new SQLException("the ID of a row of synced table " + table + " cannot change");
            }
            for (int i = 0; i < columns.length; i++) {
                if (!Objects.deepEquals(oldRow[i], newRow[i])) {
                    fields.put(columns[i], newRow[i]);
                }
            }
            if (fields.isEmpty()) {
                return;
            }
        } else {
            operation = 'D';
            row = oldRow;
        }
        UUID id = (UUID) row[idColumn];
        try (PreparedStatement insert = connection.prepareStatement(INSERT_OUTBOX)) {
            insert.setString(1, table);
            insert.setObject(2, id);
            insert.setString(3, String.valueOf(operation));
            insert.setString(4, ChangeJson.write(fields));
            insert.executeUpdate();
        }
        if (operation == 'D') {
            try (PreparedStatement tombstone = connection.prepareStatement(MERGE_TOMBSTONE)) {
                tombstone.setString(1, table);
                tombstone.setObject(2, id);
                tombstone.executeUpdate();
            }
        }
    }

    @Override
    public String toString() {
        return "capture of " + table + " " + Arrays.toString(columns);
    }
}
