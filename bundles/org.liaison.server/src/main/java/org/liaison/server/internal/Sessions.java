package org.liaison.server.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HexFormat;
import java.util.UUID;

import org.liaison.core.id.Ids;
import org.liaison.server.Role;
import org.liaison.store.Store;
import org.liaison.sync.protocol.LoginResponse;
import org.liaison.sync.protocol.SyncProtocol;

/**
 * Bearer tokens: 256 random bits given once to the desktop; the server keeps only their SHA-256,
 * with the account, the device, an expiry and a revoked flag.
 */
final class Sessions {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Store store;
    private final Duration lifetime;
    private final Clock clock;

    Sessions(Store store, Duration lifetime, Clock clock) {
        this.store = store;
        this.lifetime = lifetime;
        this.clock = clock;
    }

    /**
     * Registers the device (or finds it again) and issues a token.
     *
     * @throws IllegalArgumentException when {@code deviceId} belongs to another account
     */
    LoginResponse open(String account, Role role, String deviceName, String deviceId) {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        long expires = clock.millis() + lifetime.toMillis();
        UUID device = store.transaction(connection -> {
            OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
            UUID id = deviceId == null || deviceId.isBlank() ? null : UUID.fromString(deviceId);
            if (id != null) {
                try (PreparedStatement query = connection.prepareStatement("SELECT ACCOUNT FROM SERVER_DEVICE WHERE ID = ?")) {
                    query.setObject(1, id);
                    try (ResultSet rows = query.executeQuery()) {
                        if (!rows.next()) {
                            id = null; // registered on a server whose data was reset: register again
                        } else if (!account.equals(rows.getString(1))) {
                            throw new IllegalArgumentException("device " + id + " belongs to another account");
                        }
                    }
                }
            }
            if (id == null) {
                id = Ids.newId();
                try (PreparedStatement insert = connection.prepareStatement(
                        "INSERT INTO SERVER_DEVICE (ID, ACCOUNT, NAME, LAST_SEQ, REGISTERED_AT, LAST_SEEN_AT) VALUES (?, ?, ?, 0, ?, ?)")) {
                    insert.setObject(1, id);
                    insert.setString(2, account);
                    insert.setString(3, deviceName == null || deviceName.isBlank() ? "desktop" : deviceName.strip());
                    insert.setObject(4, now);
                    insert.setObject(5, now);
                    insert.executeUpdate();
                }
            }
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO SERVER_TOKEN (TOKEN_HASH, ACCOUNT, DEVICE_ID, EXPIRES_AT, REVOKED) VALUES (?, ?, ?, ?, FALSE)")) {
                insert.setString(1, digest(token));
                insert.setString(2, account);
                insert.setObject(3, id);
                insert.setLong(4, expires);
                insert.executeUpdate();
            }
            return id;
        });
        return new LoginResponse(token, expires, device.toString(), role.code(), SyncProtocol.VERSION);
    }

    /** The session of a token that is known, unexpired, unrevoked and whose account is enabled; null otherwise. */
    Session find(String token) {
        if (token == null || token.length() > 100) {
            return null;
        }
        return store.read(connection -> {
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT T.ACCOUNT, A.ROLE, T.DEVICE_ID FROM SERVER_TOKEN T JOIN SERVER_ACCOUNT A ON A.NAME = T.ACCOUNT "
                            + "WHERE T.TOKEN_HASH = ? AND NOT T.REVOKED AND T.EXPIRES_AT > ? AND A.ENABLED")) {
                query.setString(1, digest(token));
                query.setLong(2, clock.millis());
                try (ResultSet rows = query.executeQuery()) {
                    return rows.next() ? new Session(rows.getString(1), Role.of(rows.getString(2)), rows.getObject(3, UUID.class)) : null;
                }
            }
        });
    }

    /**
     * Registers a new device for the token's account and moves the token to it: a desktop whose
     * operation numbers went back (restored from a backup, or a copy of another) carries on as a
     * device of its own, so that none of its changes is taken for one already received.
     *
     * @return the token's session on its new device, or null for a token that is not valid
     */
    LoginResponse newDevice(String token) {
        Session session = find(token);
        if (session == null) {
            return null;
        }
        UUID fresh = Ids.newId();
        long expires = store.transaction(connection -> {
            OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO SERVER_DEVICE (ID, ACCOUNT, NAME, LAST_SEQ, "
                    + "REGISTERED_AT, LAST_SEEN_AT) SELECT ?, ACCOUNT, LEFT(NAME || ' (again)', 200), 0, ?, ? FROM SERVER_DEVICE WHERE ID = ?")) {
                insert.setObject(1, fresh);
                insert.setObject(2, now);
                insert.setObject(3, now);
                insert.setObject(4, session.deviceId());
                insert.executeUpdate();
            }
            try (PreparedStatement move = connection.prepareStatement("UPDATE SERVER_TOKEN SET DEVICE_ID = ? WHERE TOKEN_HASH = ?")) {
                move.setObject(1, fresh);
                move.setString(2, digest(token));
                move.executeUpdate();
            }
            try (PreparedStatement query = connection.prepareStatement("SELECT EXPIRES_AT FROM SERVER_TOKEN WHERE TOKEN_HASH = ?")) {
                query.setString(1, digest(token));
                try (ResultSet row = query.executeQuery()) {
                    row.next();
                    return row.getLong(1);
                }
            }
        });
        return new LoginResponse(token, expires, fresh.toString(), session.role().code(), SyncProtocol.VERSION);
    }

    /** Forgets tokens that expired more than a day ago. */
    int purgeExpired() {
        return store.transaction(connection -> {
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM SERVER_TOKEN WHERE EXPIRES_AT < ?")) {
                delete.setLong(1, clock.millis() - Duration.ofDays(1).toMillis());
                return delete.executeUpdate();
            }
        });
    }

    private static String digest(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }
}
