package org.liaison.store.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import org.liaison.store.internal.migrate.Migrator;

/**
 * A copy of the whole database taken before migrations (a compressed SQL script), put back if a
 * migration fails. Database-specific: the store's only use of H2's SCRIPT and RUNSCRIPT.
 */
final class Snapshot implements Migrator.Snapshots {

    private final Path file;
    private final boolean keep;

    /**
     * @param file where to write the copy
     * @param keep whether to leave the copy after a successful migration (for file databases, as a
     *        backup the person can go back to)
     */
    Snapshot(Path file, boolean keep) {
        this.file = file;
        this.keep = keep;
    }

    @Override
    public void save(Connection connection) throws SQLException {
        try {
            Files.createDirectories(file.getParent());
        } catch (IOException e) {
            throw new SQLException("cannot create the folder for the backup " + file, e);
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute("SCRIPT TO " + literal(file) + " COMPRESSION ZIP");
        }
    }

    @Override
    public void restore(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("DROP ALL OBJECTS");
            statement.execute("RUNSCRIPT FROM " + literal(file) + " COMPRESSION ZIP");
        }
    }

    /** Removes the copy unless it is meant to be kept. */
    void discard() throws IOException {
        if (!keep) {
            Files.deleteIfExists(file);
        }
    }

    private static String literal(Path path) {
        return "'" + path.toAbsolutePath().toString().replace("'", "''") + "'";
    }
}
