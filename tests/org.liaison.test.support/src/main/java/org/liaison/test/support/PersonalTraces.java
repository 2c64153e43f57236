package org.liaison.test.support;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.liaison.store.Store;

/**
 * Where a database still holds any of some words (a person's name, email, telephone number as stored: a few digits
 * alone turn up in stamps and times too): every
 * text column of every table is searched, whatever its case, the outbox and the sync bookkeeping
 * included.
 */
public final class PersonalTraces {

    private PersonalTraces() {
    }

    /** {@code TABLE.COLUMN: word} for each column holding one of {@code words}; empty when none does. */
    public static List<String> in(Store store, String... words) {
        return store.read(connection -> {
            List<String> found = new ArrayList<>();
            for (String[] column : textColumns(connection)) {
                for (String word : words) {
                    if (holds(connection, column[0], column[1], word)) {
                        found.add(column[0] + "." + column[1] + ": " + word);
                    }
                }
            }
            return found;
        });
    }

    private static List<String[]> textColumns(Connection connection) throws SQLException {
        List<String[]> columns = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT TABLE_NAME, COLUMN_NAME FROM INFORMATION_SCHEMA.COLUMNS "
                + "WHERE TABLE_SCHEMA = 'PUBLIC' AND DATA_TYPE IN ('CHARACTER VARYING', 'CHARACTER', 'CHARACTER LARGE OBJECT', "
                + "'VARCHAR_IGNORECASE', 'JSON') ORDER BY TABLE_NAME, COLUMN_NAME");
                ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                columns.add(new String[] {rows.getString(1), rows.getString(2)});
            }
        }
        return columns;
    }

    private static boolean holds(Connection connection, String table, String column, String word) throws SQLException {
        // names from the database's own catalogue, quoted
        try (PreparedStatement query = connection.prepareStatement("SELECT 1 FROM \"" + table + "\" WHERE LOWER(CAST(\"" + column
                + "\" AS VARCHAR)) LIKE ? LIMIT 1")) {
            query.setString(1, "%" + word.toLowerCase(Locale.ROOT) + "%");
            try (ResultSet row = query.executeQuery()) {
                return row.next();
            }
        }
    }
}
