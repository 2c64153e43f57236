package org.liaison.contacts.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Queries about many contacts at once, their one parameter an array of ids ({@code = ANY(?)},
 * which the engine answers through the column's index): what a page of received changes needs.
 */
final class IdQueries {

    private IdQueries() {
    }

    /** Reads one value from the current row of a result. */
    @FunctionalInterface
    interface RowValue<T> {
        T of(ResultSet row) throws SQLException;
    }

    /** The rows of {@code sql} (owner id first, bound to {@code owners}), as values by owner, in the query's order. */
    static <T> Map<UUID, List<T>> grouped(Connection connection, String sql, UUID[] owners, RowValue<T> value)
            throws SQLException {
        Map<UUID, List<T>> byOwner = new HashMap<>();
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            query.setObject(1, owners);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    byOwner.computeIfAbsent(rows.getObject(1, UUID.class), k -> new ArrayList<>()).add(value.of(rows));
                }
            }
        }
        return byOwner;
    }

    /** The ids in the first column of {@code sql}, its one parameter bound to {@code bound}. */
    static Set<UUID> ids(Connection connection, String sql, UUID[] bound) throws SQLException {
        Set<UUID> ids = new LinkedHashSet<>();
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            query.setObject(1, bound);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getObject(1, UUID.class));
                }
            }
        }
        return ids;
    }
}
