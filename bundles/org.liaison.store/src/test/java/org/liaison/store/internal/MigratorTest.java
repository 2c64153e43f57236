package org.liaison.store.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.liaison.core.i18n.Messages;
import org.liaison.store.StoreException;
import org.liaison.store.StoreException.Reason;
import org.liaison.store.internal.migrate.MigrationSource;
import org.liaison.store.internal.migrate.Migrator;

/** Liquibase changelogs against a real in-memory database, outside OSGi. */
class MigratorTest {

    @TempDir
    Path temp;

    private Connection connection;
    private final Migrator migrator = new Migrator(
            Messages.of("org.liaison.store.internal.messages", StoreRuntime.class, Locale.ENGLISH));

    @BeforeEach
    void open() throws SQLException {
        connection = DriverManager.getConnection("jdbc:h2:mem:" + UUID.randomUUID(), "LIAISON", "");
    }

    @AfterEach
    void close() throws SQLException {
        connection.close();
    }

    private static MigrationSource changelog(String folder) {
        return new MigrationSource("org.example.partners", "changelog.sql",
                path -> MigratorTest.class.getResource("/changelogs/" + folder + "/" + path), Set.of());
    }

    private Snapshot snapshot() {
        return new Snapshot(temp.resolve("snapshot.zip"), false);
    }

    private int migrate(String folder) {
        return migrator.migrate(connection, List.of(changelog(folder)), snapshot());
    }

    private boolean tableExists(String name) throws SQLException {
        try (ResultSet rows = connection.getMetaData().getTables(null, null, name, null)) {
            return rows.next();
        }
    }

    @Test
    void appliesEachChangeOnceAndRecordsItUnderItsOwner() throws SQLException {
        assertEquals(1, migrate("v1"));
        assertEquals(1, migrate("v2"));
        assertEquals(0, migrate("v2"));
        assertEquals(List.of("1", "2"), Migrator.applied(connection).stream().map(m -> m.id()).toList());
        assertEquals("org.example.partners", Migrator.applied(connection).get(0).owner());
    }

    @Test
    void anUnchangedChangelogSkipsLiquibaseButAChangeInTheDatabaseDoesNot() throws SQLException {
        migrate("v1");
        // Liquibase is not even asked: its lock table, dropped here, would be back if it had run
        connection.createStatement().execute("DROP TABLE DATABASECHANGELOGLOCK");
        assertEquals(0, migrate("v1"));
        assertFalse(tableExists("DATABASECHANGELOGLOCK"));
        // a change set recorded as applied that this changelog does not have: checked, and refused
        connection.createStatement().execute("INSERT INTO DATABASECHANGELOG (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, "
                + "EXECTYPE) VALUES ('9', 'test', 'org.example.partners/changelog.sql', CURRENT_TIMESTAMP, 99, 'EXECUTED')");
        assertThrows(StoreException.class, () -> migrate("v1"));
    }

    @Test
    void anEditedChangeIsRefusedAndNothingIsTouched() throws SQLException {
        migrate("v1");
        StoreException e = assertThrows(StoreException.class, () -> migrate("edited"));
        assertEquals(Reason.CHECKSUM_MISMATCH, e.reason(), e.getMessage());
        assertTrue(e.getMessage().contains("org.example.partners"), e.getMessage());
        assertTrue(e.getMessage().contains("changelog.sql 1"), e.getMessage());
        assertEquals(1, Migrator.applied(connection).size());
    }

    @Test
    void aDatabaseFromANewerVersionIsRefused() {
        migrate("v2");
        StoreException e = assertThrows(StoreException.class, () -> migrate("v1"));
        assertEquals(Reason.NEWER_VERSION, e.reason(), e.getMessage());
        assertTrue(e.getMessage().contains("newer version of org.example.partners"), e.getMessage());
        assertTrue(e.getMessage().contains("2"), e.getMessage());
    }

    @Test
    void aFailedChangePutsTheDatabaseBackAsItWas() throws SQLException {
        migrate("v1");
        connection.createStatement().execute("INSERT INTO PARTNER VALUES (RANDOM_UUID(), 'Brighton Digital')");
        StoreException e = assertThrows(StoreException.class, () -> migrate("broken"));
        assertEquals(Reason.MIGRATION_FAILED, e.reason(), e.getMessage());
        assertTrue(e.getMessage().contains("NO_SUCH_TABLE"), e.getMessage());
        assertFalse(tableExists("PARTNER_NOTE"), "the change before the failing one was undone too");
        assertEquals(1, Migrator.applied(connection).size());
        try (ResultSet rows = connection.createStatement().executeQuery("SELECT NAME FROM PARTNER")) {
            assertTrue(rows.next());
            assertEquals("Brighton Digital", rows.getString(1));
        }
    }
}
