package org.liaison.contacts.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;

/** Questions about contacts that several services ask before writing. */
final class Contacts {

    private Contacts() {
    }

    /** Whether a person or organisation with this id exists and is not erased. */
    static boolean exists(Connection connection, UUID id) throws SQLException {
        return id != null && (exists(connection, "CONTACT_PERSON", id) || exists(connection, "CONTACT_ORGANISATION", id));
    }

    static boolean person(Connection connection, UUID id) throws SQLException {
        return id != null && exists(connection, "CONTACT_PERSON", id);
    }

    static boolean organisation(Connection connection, UUID id) throws SQLException {
        return id != null && exists(connection, "CONTACT_ORGANISATION", id);
    }

    private static boolean exists(Connection connection, String table, UUID id) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT 1 FROM " + table + " WHERE ID = ? AND NOT ERASED")) {
            query.setObject(1, id);
            try (ResultSet row = query.executeQuery()) {
                return row.next();
            }
        }
    }
}
