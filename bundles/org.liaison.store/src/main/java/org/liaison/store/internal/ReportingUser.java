package org.liaison.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The read-only database user {@code REPORTING} that reporting tools use over TCP: it may read the
 * synced tables and their list, and change nothing. It exists only while a password is configured for it.
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
            // the network's data alone (the synced tables and their list), never the store's or the server's bookkeeping:
            // outbox, tokens, password hashes; a grant given by an older version to the whole schema is taken back
            statement.execute("REVOKE SELECT ON SCHEMA PUBLIC FROM " + NAME);
            List<String> tables = new ArrayList<>(List.of("LIAISON_SYNCED_TABLE"));
            try (ResultSet synced = statement.executeQuery("SELECT TABLE_NAME FROM LIAISON_SYNCED_TABLE ORDER BY TABLE_NAME")) {
                while (synced.next()) {
                    tables.add(synced.getString(1));
                }
            }
            for (String table : tables) {
                statement.execute("GRANT SELECT ON \"" + table.replace("\"", "\"\"") + "\" TO " + NAME);
            }
        }
    }
}
