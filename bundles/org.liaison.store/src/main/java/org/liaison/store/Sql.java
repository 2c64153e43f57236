package org.liaison.store;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Plain JDBC as the areas' tables need it, for work done inside {@link Store#transaction} or
 * {@link Store#read}: values bound as the tables keep them (enums by name, days as {@code DATE},
 * instants as {@code TIMESTAMP WITH TIME ZONE} in UTC), and the few reads every area repeats.
 *
 * @since 1.2
 */
public final class Sql {

    private Sql() {
    }

    /** Binds {@code values} to the statement's parameters, in order. */
    public static void bind(PreparedStatement statement, Object... values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            Object value = values[i];
            if (value instanceof Enum<?> constant) {
                value = constant.name();
            } else if (value instanceof LocalDate day) {
                value = Date.valueOf(day);
            } else if (value instanceof Instant instant) {
                value = OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
            }
            statement.setObject(i + 1, value);
        }
    }

    /** Runs an insert, update or delete; gives the rows it changed. */
    public static int update(Connection connection, String sql, Object... values) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            bind(statement, values);
            return statement.executeUpdate();
        }
    }

    /** The number a {@code SELECT COUNT(*)} gives. */
    public static long count(Connection connection, String sql, Object... values) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            bind(query, values);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    /**
     * The first column of the first row, if there is a row.
     *
     * @since 1.4
     */
    public static java.util.Optional<Object> first(Connection connection, String sql, Object... values) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            bind(query, values);
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? java.util.Optional.ofNullable(row.getObject(1)) : java.util.Optional.empty();
            }
        }
    }

    /** The first column of each row, as ids. */
    public static List<UUID> ids(Connection connection, String sql, Object... values) throws SQLException {
        List<UUID> ids = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            bind(query, values);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getObject(1, UUID.class));
                }
            }
        }
        return ids;
    }

    public static Instant instant(ResultSet row, int column) throws SQLException {
        OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    public static LocalDate date(ResultSet row, int column) throws SQLException {
        Date value = row.getDate(column);
        return value == null ? null : value.toLocalDate();
    }

    public static UUID uuid(ResultSet row, int column) throws SQLException {
        return row.getObject(column, UUID.class);
    }
}
