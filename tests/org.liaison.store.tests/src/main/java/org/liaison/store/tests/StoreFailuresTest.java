package org.liaison.store.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.liaison.store.Store;
import org.liaison.store.StoreException;
import org.liaison.store.StoreException.Reason;
import org.liaison.store.StoreStatus;
import org.liaison.store.StoreStatus.State;
import org.liaison.test.support.StoreFixture;

/** A database the store must refuse: it says why, and leaves the data as it found it. */
class StoreFailuresTest {

    @TempDir
    Path temp;

    @AfterEach
    void releaseTheFolder() {
        StoreFixture.memory("after-" + UUID.randomUUID());
    }

    private static StoreStatus file(Path directory) {
        return StoreFixture.configure(Map.of("mode", "file", "directory", directory.toString()), directory.toString());
    }

    private static StoreException failure(StoreStatus status) {
        assertEquals(State.FAILED, status.state());
        return status.failure().orElseThrow();
    }

    @Test
    void aDatabaseWrittenByANewerVersionIsRefusedAndLeftAlone() throws SQLException {
        Path directory = temp.resolve("newer");
        assertEquals(State.OPEN, file(directory).state());
        StoreFixture.service(Store.class).transaction(c -> {
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO DATABASECHANGELOG "
                    + "(ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, EXECTYPE) VALUES (?, 'test', ?, CURRENT_TIMESTAMP, 99, 'EXECUTED')")) {
                insert.setString(1, "partners-2");
                insert.setString(2, "org.liaison.test.partners/db/changelog.sql");
                return insert.executeUpdate();
            }
        });
        StoreFixture.memory("between-" + UUID.randomUUID());

        StoreException e = failure(file(directory));
        assertEquals(Reason.NEWER_VERSION, e.reason(), e.getMessage());
        assertTrue(e.getMessage().contains("newer version of org.liaison.test.partners"), e.getMessage());
        assertTrue(e.getMessage().contains("partners-2"), e.getMessage());

        StoreFixture.memory("after-" + UUID.randomUUID());
        try (Connection raw = RawDatabase.connect("jdbc:h2:file:" + directory.resolve("liaison"), "");
                ResultSet rows = raw.createStatement().executeQuery("SELECT COUNT(*) FROM DATABASECHANGELOG WHERE ID = 'partners-2'")) {
            rows.next();
            assertEquals(1, rows.getInt(1), "the newer database was not modified");
        }
    }

    @Test
    void aDatabaseOpenInAnotherProgramIsReportedAsInUse() throws Exception {
        Path directory = temp.resolve("locked");
        assertEquals(State.OPEN, file(directory).state());
        StoreFixture.memory("between-" + UUID.randomUUID());
        Process other = holdOpenInAnotherProcess(directory);
        try {
            StoreException e = failure(file(directory));
            assertEquals(Reason.LOCKED, e.reason(), e.getMessage());
            assertTrue(e.getMessage().contains("in use by another program"), e.getMessage());
        } finally {
            other.destroy();
            other.waitFor();
        }
        StoreStatus reopened = file(directory);
        assertEquals(State.OPEN, reopened.state(), () -> "opens once the other program is gone: "
                + reopened.failure().map(Throwable::getMessage).orElse(""));
    }

    @Test
    void anUnwritableDataFolderIsReported() throws IOException {
        Path notAFolder = Files.writeString(temp.resolve("plain-file"), "not a folder");
        StoreException e = failure(file(notAFolder.resolve("data")));
        assertEquals(Reason.UNWRITABLE, e.reason(), e.getMessage());
        assertTrue(e.getMessage().contains("cannot write to the data folder"), e.getMessage());
    }

    @Test
    void aDamagedFileIsReportedAndNotOverwritten() throws IOException {
        Path directory = Files.createDirectories(temp.resolve("damaged"));
        byte[] garbage = new byte[8192];
        new Random(42).nextBytes(garbage);
        Path database = Files.write(directory.resolve("liaison.mv.db"), garbage);
        StoreException e = failure(file(directory));
        assertEquals(Reason.CORRUPT, e.reason(), e.getMessage());
        assertTrue(e.getMessage().contains("damaged"), e.getMessage());
        assertArrayEquals(garbage, Files.readAllBytes(database));
    }

    @Test
    void theServerOptionNeedsAPassword() {
        Path directory = temp.resolve("served");
        StoreStatus status = StoreFixture.configure(Map.of("mode", "file", "directory", directory.toString(),
                "tcpServer", true), directory.toString());
        StoreException e = failure(status);
        assertEquals(Reason.CONFIGURATION, e.reason());
        assertTrue(e.getMessage().contains("needs a password: set the store's password"), e.getMessage());
    }

    @Test
    void theDatabaseServerListensOnLoopbackAndWantsThePassword() throws Exception {
        Path directory = temp.resolve("central");
        StoreStatus status = StoreFixture.configure(Map.of("mode", "file", "directory", directory.toString(),
                "tcpServer", true, "tcpPort", 0, "password", "correct horse battery"), directory.toString());
        assertEquals(State.OPEN, status.state(), () -> status.failure().map(Throwable::getMessage).orElse(""));
        String address = status.serverAddress().orElseThrow();
        assertTrue(address.startsWith("127.0.0.1:"), address);
        String url = "jdbc:h2:tcp://" + address + "/liaison";
        try (Connection remote = RawDatabase.connect(url, "correct horse battery");
                ResultSet rows = remote.createStatement().executeQuery("SELECT COUNT(*) FROM LIAISON_SYNCED_TABLE")) {
            rows.next();
            assertTrue(rows.getInt(1) >= 2);
        }
        SQLException refused = org.junit.jupiter.api.Assertions.assertThrows(SQLException.class,
                () -> RawDatabase.connect(url, "wrong"));
        assertTrue(refused.getMessage().toLowerCase().contains("password"), refused.getMessage());
    }

    @Test
    void reportingToolsReadOverTcpAndChangeNothing() throws Exception {
        Path directory = temp.resolve("reporting");
        StoreStatus status = StoreFixture.configure(Map.of("mode", "file", "directory", directory.toString(), "tcpServer", true,
                "tcpPort", 0, "password", "correct horse battery", "reportingPassword", "reports only please"), directory.toString());
        assertEquals(State.OPEN, status.state(), () -> status.failure().map(Throwable::getMessage).orElse(""));
        String url = "jdbc:h2:tcp://" + status.serverAddress().orElseThrow() + "/liaison";
        try (Connection reporting = RawDatabase.connect(url, "REPORTING", "reports only please");
                Statement statement = reporting.createStatement()) {
            ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM LIAISON_SYNCED_TABLE");
            rows.next();
            assertTrue(rows.getInt(1) >= 2);
            statement.executeQuery("SELECT COUNT(*) FROM TEST_PARTNER").close(); // the network's data: readable
            for (String bookkeeping : List.of("LIAISON_OUTBOX", "LIAISON_NODE", "LIAISON_TOMBSTONE", "DATABASECHANGELOG")) {
                SQLException refused = org.junit.jupiter.api.Assertions.assertThrows(SQLException.class,
                        () -> statement.executeQuery("SELECT * FROM " + bookkeeping), bookkeeping + " is not for reporting");
                assertTrue(refused.getMessage().toLowerCase().contains("rights") || refused.getMessage().contains("not found"),
                        bookkeeping + ": " + refused.getMessage());
            }
            for (String write : List.of("INSERT INTO LIAISON_SYNCED_TABLE (TABLE_NAME, OWNER) VALUES ('X', 'y')",
                    "DELETE FROM LIAISON_OUTBOX", "DROP TABLE LIAISON_NODE", "CREATE TABLE MINE (ID INT)")) {
                SQLException refused = org.junit.jupiter.api.Assertions.assertThrows(SQLException.class, () -> statement.execute(write));
                assertTrue(refused.getMessage().toLowerCase().contains("rights"), write + ": " + refused.getMessage());
            }
        }
        org.junit.jupiter.api.Assertions.assertThrows(SQLException.class, () -> RawDatabase.connect(url, "REPORTING", "wrong"));
    }

    @Test
    void theDataFolderIsMadeReadableByItsOwnerOnly() throws IOException {
        Path directory = temp.resolve("private").resolve("data");
        assertEquals(State.OPEN, file(directory).state());
        if (directory.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            assertEquals(PosixFilePermissions.fromString("rwx------"), Files.getPosixFilePermissions(directory));
            assertEquals(PosixFilePermissions.fromString("rwx------"), Files.getPosixFilePermissions(directory.getParent()),
                    "every folder made for it");
        }
    }

    @Test
    void reportingAccessNeedsTheServer() {
        Path directory = temp.resolve("no-server");
        StoreStatus status = StoreFixture.configure(Map.of("mode", "file", "directory", directory.toString(),
                "reportingPassword", "reports only please"), directory.toString());
        StoreException e = failure(status);
        assertEquals(Reason.CONFIGURATION, e.reason());
        assertTrue(e.getMessage().contains("Reporting access needs the database server"), e.getMessage());
    }

    /** Another JVM with the database engine's own shell, holding the database open at its prompt. */
    private static Process holdOpenInAnotherProcess(Path directory) throws IOException, URISyntaxException {
        Path engineJar = Path.of(org.h2.Driver.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process process = new ProcessBuilder(List.of(java.toString(), "-cp", engineJar.toString(), "org.h2.tools.Shell",
                "-url", "jdbc:h2:file:" + directory.resolve("liaison"), "-user", "LIAISON", "-password", ""))
                .redirectErrorStream(true).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        StringBuilder seen = new StringBuilder();
        int c;
        while ((c = out.read()) >= 0) {
            seen.append((char) c);
            if (seen.indexOf("sql>") >= 0) {
                return process;
            }
        }
        throw new IOException("the other process did not open the database: " + seen);
    }
}
