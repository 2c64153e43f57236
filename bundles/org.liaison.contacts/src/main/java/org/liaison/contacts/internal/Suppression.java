package org.liaison.contacts.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.Locale;

import org.liaison.core.id.Ids;

/**
 * The email addresses and phone numbers of erased people, kept only as SHA-256 hashes: enough to
 * recognise them again, not enough to read them.
 */
final class Suppression {

    private Suppression() {
    }

    static String hash(String emailOrPhone) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(emailOrPhone.strip().toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    static void add(Connection connection, String emailOrPhone) throws SQLException {
        String hash = hash(emailOrPhone);
        try (PreparedStatement merge = connection.prepareStatement(
                "MERGE INTO CONTACT_SUPPRESSION (ID, HASH, ERASED_AT) KEY (ID) VALUES (?, ?, ?)")) {
            merge.setObject(1, Ids.derived("suppression", hash));
            merge.setString(2, hash);
            merge.setObject(3, OffsetDateTime.now(ZoneOffset.UTC));
            merge.executeUpdate();
        }
    }

    static boolean contains(Connection connection, String emailOrPhone) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT 1 FROM CONTACT_SUPPRESSION WHERE HASH = ?")) {
            query.setString(1, hash(emailOrPhone));
            try (ResultSet rows = query.executeQuery()) {
                return rows.next();
            }
        }
    }
}
