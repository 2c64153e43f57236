package org.liaison.sync.internal;

import java.net.URI;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;

import org.liaison.store.Store;

/**
 * The desktop's sync settings and progress, one row in its own database: the server and the pinned
 * certificate, the device id and token, the pull cursor (written in the transaction that applies
 * each page), and the last result.
 */
record ClientState(URI server, String fingerprint, String account, String deviceName, String deviceId, String token,
        long tokenExpires, long cursor, long loadUpTo, boolean refetch, Optional<Instant> lastSync, Optional<String> lastError) {

    static Optional<ClientState> read(Store store) {
        return store.read(ClientState::read);
    }

    static Optional<ClientState> read(Connection connection) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT SERVER_URI, FINGERPRINT, ACCOUNT, DEVICE_NAME, DEVICE_ID, TOKEN, TOKEN_EXPIRES, CURSOR, LOAD_UP_TO, "
                        + "REFETCH, LAST_SYNC_AT, LAST_ERROR FROM SYNC_CLIENT WHERE ID = 1");
                ResultSet rows = query.executeQuery()) {
            if (!rows.next()) {
                return Optional.empty();
            }
            OffsetDateTime last = rows.getObject(11, OffsetDateTime.class);
            return Optional.of(new ClientState(URI.create(rows.getString(1)), rows.getString(2), rows.getString(3),
                    rows.getString(4), rows.getString(5), rows.getString(6), rows.getLong(7), rows.getLong(8), rows.getLong(9),
                    rows.getBoolean(10), Optional.ofNullable(last).map(OffsetDateTime::toInstant),
                    Optional.ofNullable(rows.getString(12))));
        }
    }

    /** A new connection: replaces whatever server was known, starting from an empty cursor. */
    static void connect(Store store, URI server, String fingerprint, String account, String deviceName) {
        store.transaction(connection -> {
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM SYNC_CLIENT");
                    PreparedStatement insert = connection.prepareStatement(
                            "INSERT INTO SYNC_CLIENT (ID, SERVER_URI, FINGERPRINT, ACCOUNT, DEVICE_NAME) VALUES (1, ?, ?, ?, ?)")) {
                delete.executeUpdate();
                insert.setString(1, server.toString());
                insert.setString(2, fingerprint);
                insert.setString(3, account);
                insert.setString(4, deviceName);
                return insert.executeUpdate();
            }
        });
    }

    static void forget(Store store) {
        store.transaction(connection -> {
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM SYNC_CLIENT")) {
                return delete.executeUpdate();
            }
        });
    }

    static void signedIn(Store store, String deviceId, String token, long expires) {
        update(store, "UPDATE SYNC_CLIENT SET DEVICE_ID = ?, TOKEN = ?, TOKEN_EXPIRES = ?, LAST_ERROR = NULL WHERE ID = 1",
                deviceId, token, expires);
    }

    static void signedOut(Store store, String why) {
        update(store, "UPDATE SYNC_CLIENT SET TOKEN = NULL, TOKEN_EXPIRES = 0, LAST_ERROR = ? WHERE ID = 1", why);
    }

    /** Called inside the transaction that applied a page. */
    static void advance(Connection connection, long cursor, long loadUpTo, boolean refetch) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE SYNC_CLIENT SET CURSOR = ?, LOAD_UP_TO = ?, REFETCH = ? WHERE ID = 1")) {
            update.setLong(1, cursor);
            update.setLong(2, loadUpTo);
            update.setBoolean(3, refetch);
            update.executeUpdate();
        }
    }

    static void finished(Store store, String error) {
        if (error == null) {
            update(store, "UPDATE SYNC_CLIENT SET LAST_SYNC_AT = CURRENT_TIMESTAMP, LAST_ERROR = NULL WHERE ID = 1");
        } else {
            update(store, "UPDATE SYNC_CLIENT SET LAST_ERROR = ? WHERE ID = 1", error.length() > 2000 ? error.substring(0, 2000) : error);
        }
    }

    private static void update(Store store, String sql, Object... values) {
        store.transaction(connection -> {
            try (PreparedStatement update = connection.prepareStatement(sql)) {
                for (int i = 0; i < values.length; i++) {
                    update.setObject(i + 1, values[i]);
                }
                return update.executeUpdate();
            }
        });
    }
}
