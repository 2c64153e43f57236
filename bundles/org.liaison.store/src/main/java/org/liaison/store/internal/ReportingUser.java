package org.liaison.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The read-only database user {@code REPORTING} that reporting tools use over TCP: it may read
 * every table and change none. It exists only while a password is configured for it.
 */
final class ReportingUser {

    static final String NAME = "REPORTING";

    private ReportingUser() {
    }

    static void configure(Connection connection, String password) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            if (password.isEmpty()) {
                statement.execute("DROP USER IF EXISTS " + NAME);
                return;
            }
            statement.execute("CREATE USER IF NOT EXISTS " + NAME + " PASSWORD ''");
            try (PreparedStatement alter = connection.prepareStatement("ALTER USER " + NAME + " SET PASSWORD ?")) {
                alter.setString(1, password);
                alter.execute();
            }
            statement.execute("GRANT SELECT ON SCHEMA PUBLIC TO " + NAME);
        }
    }
}
