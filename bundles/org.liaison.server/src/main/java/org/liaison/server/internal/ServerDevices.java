package org.liaison.server.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/** The devices through which the server itself pushes into the ledger (its unsubscribe page, its own components). */
final class ServerDevices {

    private ServerDevices() {
    }

    /**
     * Registers the server's device {@code id} if it is not yet: no desktop signs in as it, its
     * account name being one no account can have.
     *
     * @return whether it was registered now
     */
    static boolean register(Connection connection, UUID id, String account, String name) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO SERVER_DEVICE (ID, ACCOUNT, NAME, LAST_SEQ, "
                + "REGISTERED_AT, LAST_SEEN_AT) SELECT ?, ?, ?, 0, ?, ? WHERE NOT EXISTS (SELECT 1 FROM SERVER_DEVICE WHERE ID = ?)")) {
            OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
            insert.setObject(1, id);
            insert.setString(2, account);
            insert.setString(3, name);
            insert.setObject(4, now);
            insert.setObject(5, now);
            insert.setObject(6, id);
            return insert.executeUpdate() == 1;
        }
    }
}
