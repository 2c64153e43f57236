package org.liaison.niches.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.liaison.core.id.Ids;
import org.liaison.store.Sql;

/**
 * The set-valued fields of a niche (its rule) or of a need or offer (sectors, segments), one row
 * per term: saving writes only what was added or removed, so edits of different terms on two
 * desktops both survive. A term added gets a new row (a term removed and added again must not
 * reuse the id of a row whose deletion the server keeps); two desktops adding the same term make
 * two rows of it, read as one.
 */
final class Terms {

    static final String SECTOR = "SECTOR";
    static final String SEGMENT = "SEGMENT";
    static final String REGION = "REGION";
    static final String LANGUAGE = "LANGUAGE";

    private final String table;
    private final String ownerColumn;

    Terms(String table, String ownerColumn) {
        this.table = table;
        this.ownerColumn = ownerColumn;
    }

    /** Makes the owner's terms of {@code kind} exactly {@code wanted}. */
    void replace(Connection connection, UUID owner, String kind, Set<String> wanted) throws SQLException {
        Set<String> present = read(connection, owner).getOrDefault(kind, Set.of());
        for (String term : present) {
            if (!wanted.contains(term)) {
                Sql.update(connection, "DELETE FROM " + table + " WHERE " + ownerColumn + " = ? AND KIND = ? AND TERM = ?", owner, kind,
                        term);
            }
        }
        for (String term : wanted) {
            if (!present.contains(term)) {
                Sql.update(connection, "INSERT INTO " + table + " (ID, " + ownerColumn + ", KIND, TERM) VALUES (?, ?, ?, ?)",
                        Ids.newId(), owner, kind, term);
            }
        }
    }

    void deleteAll(Connection connection, UUID owner) throws SQLException {
        Sql.update(connection, "DELETE FROM " + table + " WHERE " + ownerColumn + " = ?", owner);
    }

    /** The owner's terms by kind. */
    Map<String, Set<String>> read(Connection connection, UUID owner) throws SQLException {
        return readAll(connection, new UUID[] {owner}).getOrDefault(owner, Map.of());
    }

    /** The terms of many owners, by owner and kind. */
    Map<UUID, Map<String, Set<String>>> readAll(Connection connection, UUID[] owners) throws SQLException {
        Map<UUID, Map<String, Set<String>>> terms = new HashMap<>();
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT " + ownerColumn + ", KIND, TERM FROM " + table + " WHERE " + ownerColumn + " = ANY(?)")) {
            query.setObject(1, owners);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    terms.computeIfAbsent(Sql.uuid(rows, 1), o -> new HashMap<>())
                            .computeIfAbsent(rows.getString(2), k -> new HashSet<>()).add(rows.getString(3));
                }
            }
        }
        return terms;
    }
}
