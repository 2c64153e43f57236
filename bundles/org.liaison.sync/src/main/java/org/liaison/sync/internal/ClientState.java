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
import org.liaison.sync.SyncException;
import org.liaison.sync.SyncException.Kind;
import org.liaison.sync.SyncStatus.Problem;

/**
 * The desktop's sync settings and progress, one row in its own database: the server and the pinned
 * certificate, the device id and token, the pull cursor (written in the transaction that applies
 * each page), and the last result.
 */
record ClientState(URI server, String fingerprint, String account, String deviceName, String deviceId, String token,
        long tokenExpires, long cursor, long loadUpTo, boolean refetch, Optional<Instant> lastSync, Optional<Problem> problem,
        Optional<Instant> newDeviceAt) {

    static Optional<ClientState> read(Store store) {
        return store.read(ClientState::read);
    }

    static Optional<ClientState> read(Connection connection) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT SERVER_URI, FINGERPRINT, ACCOUNT, DEVICE_NAME, DEVICE_ID, TOKEN, TOKEN_EXPIRES, CURSOR, LOAD_UP_TO, "
                        + "REFETCH, LAST_SYNC_AT, LAST_ERROR, LAST_ERROR_KIND, NEW_DEVICE_AT FROM SYNC_CLIENT WHERE ID = 1");
                ResultSet rows = query.executeQuery()) {
            if (!rows.next()) {
                return Optional.empty();
            }
            OffsetDateTime last = rows.getObject(11, OffsetDateTime.class);
            OffsetDateTime newDevice = rows.getObject(14, OffsetDateTime.class);
            return Optional.of(new ClientState(URI.create(rows.getString(1)), rows.getString(2), rows.getString(3),
                    rows.getString(4), rows.getString(5), rows.getString(6), rows.getLong(7), rows.getLong(8), rows.getLong(9),
                    rows.getBoolean(10), Optional.ofNullable(last).map(OffsetDateTime::toInstant),
                    problem(rows.getString(13), rows.getString(12)), Optional.ofNullable(newDevice).map(OffsetDateTime::toInstant)));
        }
    }

    private static Optional<Problem> problem(String kind, String detail) {
        if (detail == null) {
            return Optional.empty();
        }
        // a kind this version does not know (written by a newer one) reads as a refusal
        Kind known = kind == null ? Kind.REFUSED
                : java.util.Arrays.stream(Kind.values()).filter(k -> k.name().equals(kind)).findFirst().orElse(Kind.REFUSED);
        return Optional.of(new Problem(known, detail));
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
        update(store, "UPDATE SYNC_CLIENT SET DEVICE_ID = ?, TOKEN = ?, TOKEN_EXPIRES = ?, LAST_ERROR = NULL, LAST_ERROR_KIND = NULL "
                + "WHERE ID = 1",
                deviceId, token, expires);
    }

    /** This desktop carries on as device {@code deviceId}, found to be a restored backup or a copy of another. */
    static void carriedOnAsNewDevice(Store store, String deviceId, String token, long expires) {
        update(store, "UPDATE SYNC_CLIENT SET DEVICE_ID = ?, TOKEN = ?, TOKEN_EXPIRES = ?, NEW_DEVICE_AT = CURRENT_TIMESTAMP WHERE ID = 1",
                deviceId, token, expires);
    }

    static void signedOut(Store store, SyncException why) {
        update(store, "UPDATE SYNC_CLIENT SET TOKEN = NULL, TOKEN_EXPIRES = 0, LAST_ERROR = ?, LAST_ERROR_KIND = ? WHERE ID = 1",
                detail(why), why.kind().name());
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

    /** The end of an attempt: complete ({@code failure} null), or failed. */
    static void finished(Store store, SyncException failure) {
        if (failure == null) {
            update(store, "UPDATE SYNC_CLIENT SET LAST_SYNC_AT = CURRENT_TIMESTAMP, LAST_ERROR = NULL, LAST_ERROR_KIND = NULL WHERE ID = 1");
        } else {
            update(store, "UPDATE SYNC_CLIENT SET LAST_ERROR = ?, LAST_ERROR_KIND = ? WHERE ID = 1", detail(failure),
                    failure.kind().name());
        }
    }

    private static String detail(SyncException failure) {
        String detail = String.valueOf(failure.getMessage());
        return detail.length() > 2000 ? detail.substring(0, 2000) : detail;
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
