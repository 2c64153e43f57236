package org.liaison.server.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.liaison.sync.protocol.PushedChange;

/**
 * The rule {@code REMOVED_WITH:COLUMN>TABLE} of a table whose rows are only added (notes, consent
 * entries): a push removes such a row only once the row of {@code TABLE} that {@code COLUMN} names
 * (its person, its meeting) is deleted or erased, by the same push or before, and moves one (a
 * merge) only to a row of {@code TABLE} that is there. Several rules name several tables.
 */
final class RemovedWith {

    static final String RULE = "REMOVED_WITH:";
    static final String REFUSAL = ": its rows are removed only with what they belong to";
    static final String NOT_MOVED = ": its rows are moved only to a record there is";

    /** A table whose row a column names. */
    record Owner(String column, String table) {
    }

    private RemovedWith() {
    }

    /** The owners the rules name, from {@code REMOVED_WITH:COLUMN>TABLE}. */
    static List<Owner> owners(List<String> rules) {
        List<Owner> owners = new ArrayList<>();
        for (String rule : rules) {
            int arrow = rule.indexOf('>');
            if (rule.startsWith(RULE) && arrow > RULE.length()) {
                owners.add(new Owner(rule.substring(RULE.length(), arrow), rule.substring(arrow + 1)));
            }
        }
        return owners;
    }

    /**
     * The push's changes with the removals of rows that go with another row moved after the rest,
     * in their order: a desktop removes a person's notes before the person, which the rule needs gone first.
     */
    static List<PushedChange> ownersFirst(List<PushedChange> changes, Map<String, List<String>> rules) {
        List<PushedChange> ordered = new ArrayList<>(changes.size());
        List<PushedChange> removals = new ArrayList<>();
        for (PushedChange change : changes) {
            boolean removal = "D".equals(change.op()) && !owners(rules.getOrDefault(change.table(), List.of())).isEmpty();
            (removal ? removals : ordered).add(change);
        }
        ordered.addAll(removals);
        return ordered;
    }

    /** Whether the row {@code owner} names was erased, or deleted from one of the owners' tables. */
    static boolean gone(Connection connection, Object owner, List<Owner> owners) throws SQLException {
        UUID id = id(owner);
        return id != null && (ErasedRows.erased(connection, id) || inLedger(connection, id, owners, true));
    }

    /** Whether the row {@code owner} names is in one of the owners' tables, not deleted. */
    static boolean there(Connection connection, Object owner, List<Owner> owners) throws SQLException {
        UUID id = id(owner);
        return id != null && inLedger(connection, id, owners, false);
    }

    private static boolean inLedger(Connection connection, UUID id, List<Owner> owners, boolean deleted) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT 1 FROM SYNC_ROW WHERE TABLE_NAME = ? AND ROW_ID = ? AND DELETED = ?")) {
            for (Owner owner : owners) {
                query.setString(1, owner.table());
                query.setObject(2, id);
                query.setBoolean(3, deleted);
                try (ResultSet row = query.executeQuery()) {
                    if (row.next()) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static UUID id(Object value) {
        if (value == null) {
            return null;
        }
        try {
            return value instanceof UUID uuid ? uuid : UUID.fromString(value.toString());
        } catch (IllegalArgumentException e) {
            return null; // not an id: no row it could name
        }
    }
}
