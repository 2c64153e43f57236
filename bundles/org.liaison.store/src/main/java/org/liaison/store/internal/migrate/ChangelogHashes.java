package org.liaison.store.internal.migrate;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The SHA-256 of each bundle's changelog together with the change sets this database records as
 * applied from it, as last checked. When neither changed, Liquibase has nothing to apply and
 * nothing to refuse, and the start skips it (parsing and validating every changelog costs about a
 * second on a desktop). A change set applied by a newer version, or an edited changelog, changes
 * the hash, and Liquibase then checks and refuses as it should.
 */
final class ChangelogHashes {

    private final Connection connection;
    private final Map<String, String> current;
    private final Map<String, String> recorded;

    private ChangelogHashes(Connection connection, Map<String, String> current, Map<String, String> recorded) {
        this.connection = connection;
        this.current = current;
        this.recorded = recorded;
    }

    static ChangelogHashes of(Connection connection, List<MigrationSource> sources) throws SQLException, IOException {
        try (Statement create = connection.createStatement()) {
            create.execute("CREATE TABLE IF NOT EXISTS LIAISON_CHANGELOG_HASH (OWNER VARCHAR(200) NOT NULL PRIMARY KEY, "
                    + "HASH CHAR(64) NOT NULL)");
        }
        Map<String, String> current = new LinkedHashMap<>();
        for (MigrationSource source : sources) {
            current.put(source.owner(), hash(source, applied(connection, source)));
        }
        Map<String, String> recorded = new LinkedHashMap<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT OWNER, HASH FROM LIAISON_CHANGELOG_HASH");
                ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                recorded.put(rows.getString(1), rows.getString(2));
            }
        }
        return new ChangelogHashes(connection, current, recorded);
    }

    boolean unchanged() {
        return current.entrySet().stream().allMatch(e -> e.getValue().equals(recorded.get(e.getKey())));
    }

    /** Remembers the changelogs and what was applied from them, once Liquibase found them valid and applied. */
    void record(List<MigrationSource> sources) throws SQLException, IOException {
        for (MigrationSource source : sources) {
            current.put(source.owner(), hash(source, applied(connection, source)));
        }
        try (PreparedStatement merge = connection.prepareStatement(
                "MERGE INTO LIAISON_CHANGELOG_HASH (OWNER, HASH) KEY (OWNER) VALUES (?, ?)")) {
            for (Map.Entry<String, String> entry : current.entrySet()) {
                merge.setString(1, entry.getKey());
                merge.setString(2, entry.getValue());
                merge.addBatch();
            }
            merge.executeBatch();
        }
        if (!connection.getAutoCommit()) {
            connection.commit();
        }
    }

    /** The change sets of the source this database records, in the order they were applied. */
    private static String applied(Connection connection, MigrationSource source) throws SQLException {
        StringBuilder applied = new StringBuilder();
        try (ResultSet table = connection.getMetaData().getTables(null, null, "DATABASECHANGELOG", null)) {
            if (!table.next()) {
                return "";
            }
        }
        try (PreparedStatement query = connection.prepareStatement("SELECT ID, MD5SUM, EXECTYPE FROM DATABASECHANGELOG "
                + "WHERE FILENAME = ? ORDER BY ORDEREXECUTED, ID")) {
            query.setString(1, source.logicalPath());
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    applied.append(rows.getString(1)).append('|').append(rows.getString(2)).append('|').append(rows.getString(3))
                            .append('\n');
                }
            }
        }
        return applied.toString();
    }

    private static String hash(MigrationSource source, String applied) throws IOException {
        URL changelog = source.entries().apply(source.changelog());
        if (changelog == null) {
            throw new IOException(source.owner() + " has no changelog " + source.changelog());
        }
        try (InputStream in = changelog.openStream()) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(source.logicalPath().getBytes(java.nio.charset.StandardCharsets.UTF_8));
            digest.update(in.readAllBytes());
            digest.update(applied.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
