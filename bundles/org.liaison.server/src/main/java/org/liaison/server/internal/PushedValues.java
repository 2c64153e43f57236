package org.liaison.server.internal;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.liaison.sync.protocol.PushedChange;

/**
 * A pushed value in the form the database keeps it and desktops send it: the text {@code "042"}
 * for a number column becomes the number 42, {@code "2024-2-9"} for a date is refused. The ledger
 * keeps that form, so that the checksum the server computes from it is the one desktops compute
 * from their rows. One instance serves one push: a bundle that arrives later can add columns.
 */
final class PushedValues {

    /** Each table's column types, as {@code INFORMATION_SCHEMA.COLUMNS} names them, read once for one push. */
    private final Map<String, Map<String, String>> types = new HashMap<>();

    /** The change with its values in the database's form, or empty when one of them cannot be taken in its column. */
    Optional<PushedChange> inColumnForm(Connection connection, PushedChange change) throws SQLException {
        if (change.fields() == null || change.fields().isEmpty()) {
            return Optional.of(change);
        }
        Map<String, String> columns = columnTypes(connection, change.table());
        Map<String, Object> fields = new LinkedHashMap<>();
        for (Map.Entry<String, Object> field : change.fields().entrySet()) {
            Object value = field.getValue();
            if (value instanceof String text) {
                try {
                    value = typed(columns.getOrDefault(field.getKey(), ""), text);
                } catch (IllegalArgumentException | ArithmeticException | DateTimeParseException e) {
                    return Optional.empty();
                }
            }
            fields.put(field.getKey(), value);
        }
        return Optional.of(new PushedChange(change.seq(), change.table(), change.row(), change.op(), change.stamp(), fields));
    }

    /**
     * Text sent for a column of {@code type}, in the form a desktop's value of that type takes once
     * read back from JSON: whole numbers as {@code Integer} or {@code Long}, dates in ISO form. Text
     * for a text column is kept exactly as sent.
     */
    private static Object typed(String type, String text) {
        return switch (type) {
            case "TINYINT", "SMALLINT", "INTEGER", "BIGINT" -> wholeNumber(text.strip());
            case "NUMERIC", "DECIMAL", "DECFLOAT", "REAL", "DOUBLE PRECISION" -> new BigDecimal(text.strip());
            case "BOOLEAN" -> switch (text.strip().toLowerCase(Locale.ROOT)) {
                case "true" -> Boolean.TRUE;
                case "false" -> Boolean.FALSE;
                default -> throw new IllegalArgumentException("not a truth value");
            };
            case "DATE" -> LocalDate.parse(text.strip()).toString();
            case "TIMESTAMP WITH TIME ZONE" -> OffsetDateTime.parse(text.strip()).toString();
            case "UUID" -> UUID.fromString(text.strip()).toString();
            default -> text;
        };
    }

    private static Number wholeNumber(String text) {
        long value = new BigInteger(text).longValueExact();
        return value == (int) value ? Integer.valueOf((int) value) : Long.valueOf(value);
    }

    private Map<String, String> columnTypes(Connection connection, String table) throws SQLException {
        Map<String, String> known = types.get(table);
        if (known != null) {
            return known;
        }
        Map<String, String> columns = new HashMap<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT COLUMN_NAME, DATA_TYPE FROM INFORMATION_SCHEMA.COLUMNS "
                + "WHERE TABLE_SCHEMA = SCHEMA() AND TABLE_NAME = ?")) {
            query.setString(1, table);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    columns.put(rows.getString(1), rows.getString(2));
                }
            }
        }
        types.put(table, Map.copyOf(columns));
        return columns;
    }
}
