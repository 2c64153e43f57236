package org.liaison.contacts.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.liaison.core.id.Ids;
import org.liaison.store.NetworkKeys;

/**
 * The email addresses and phone numbers of erased people, kept only as HMAC-SHA-256 under a key of
 * the network ({@link NetworkKeys}, purpose {@value #PURPOSE}) that is kept beside the database, never
 * in it: every desktop of the network recognises them, while a copy of the database alone does not
 * let anyone try every telephone number against it. Entries written before keys (plain SHA-256,
 * no key id) are still recognised.
 */
final class Suppression {

    static final String PURPOSE = "suppression";

    private Suppression() {
    }

    static String hash(NetworkKeys.Key key, String emailOrPhone) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key.secret(), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(normalised(emailOrPhone)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java has HmacSHA256", e);
        }
    }

    /** How entries were written before keys. */
    private static String unkeyed(String emailOrPhone) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(normalised(emailOrPhone)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    private static byte[] normalised(String emailOrPhone) {
        return emailOrPhone.strip().toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8);
    }

    static void add(Connection connection, NetworkKeys keys, String emailOrPhone) throws SQLException {
        NetworkKeys.Key key = keys.current(PURPOSE);
        String hash = hash(key, emailOrPhone);
        try (PreparedStatement merge = connection.prepareStatement(
                "MERGE INTO CONTACT_SUPPRESSION (ID, HASH, KEY_ID, ERASED_AT) KEY (ID) VALUES (?, ?, ?, ?)")) {
            merge.setObject(1, Ids.derived("suppression", hash));
            merge.setString(2, hash);
            merge.setString(3, key.id());
            merge.setObject(4, OffsetDateTime.now(ZoneOffset.UTC));
            merge.executeUpdate();
        }
    }

    static boolean contains(Connection connection, NetworkKeys keys, String emailOrPhone) throws SQLException {
        List<NetworkKeys.Key> known = keys.all(PURPOSE);
        try (PreparedStatement query = connection.prepareStatement("SELECT 1 FROM CONTACT_SUPPRESSION "
                + "WHERE HASH = ANY(?) AND KEY_ID IS NOT NULL OR HASH = ? AND KEY_ID IS NULL FETCH FIRST ROW ONLY")) {
            query.setObject(1, known.stream().map(key -> hash(key, emailOrPhone)).toArray(String[]::new));
            query.setString(2, unkeyed(emailOrPhone));
            try (ResultSet rows = query.executeQuery()) {
                return rows.next();
            }
        }
    }
}
