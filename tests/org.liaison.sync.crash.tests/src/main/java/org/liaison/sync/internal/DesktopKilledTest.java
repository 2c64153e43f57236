package org.liaison.sync.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.liaison.core.clock.HybridLogicalClocks;
import org.liaison.core.settings.UserSettings;
import org.liaison.store.OpenStore;
import org.liaison.store.StoreFactory;
import org.liaison.store.Store;
import org.liaison.store.StoreStatus;
import org.liaison.test.support.SecondRuntime;
import org.liaison.test.support.ServerProduct;
import org.liaison.test.support.StoreFixture;

/**
 * A desktop runtime in a process of its own (the desktop's bundles, no window), killed with
 * SIGKILL while it loads the network's records from the server product (its database opens, holds
 * only records the server sent, and the next sync brings the rest, each record once) and while it
 * imports a file (all of the import or nothing, and all of it once it was reported done).
 */
class DesktopKilledTest {

    private static final int PEOPLE = 12_000;
    private static final int IMPORTED = 10_000;

    @TempDir
    Path folder;

    @Test
    void aDesktopKilledDuringAPullKeepsWhatItCommittedAndGetsTheRestOnce() throws Exception {
        try (ServerProduct server = ServerProduct.start(folder.resolve("server"))) {
            SignedInDesktop colleague = SignedInDesktop.signedIn(server, "admin", server.adminPassword, "colleague");
            Set<UUID> people = colleague.writePeople(PEOPLE);
            colleague.engine().sync();

            // the desktop's database, connected, written beside this framework's store: the framework's own
            // sync (which follows its store) must not take part
            Path data = StoreFixture.service(UserSettings.class).dataDirectory();
            deleteDatabase(data);
            HttpsTransport transport;
            try (OpenStore desktop = StoreFixture.service(StoreFactory.class).openFile(data, "liaison",
                    HybridLogicalClocks.over(java.time.Clock.systemUTC()))) {
                transport = SignedInDesktop.signIn(desktop.store(), server, "admin", server.adminPassword, "office-desktop");
            }

            try (SecondRuntime runtime = SecondRuntime.start("org.liaison.sync.crash.tests", folder.resolve("runtime"),
                    "-Dliaison.home=" + data.getParent(), "-Xmx512m")) {
                long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
                while (!output(runtime).contains("Receiving the server's changes")) { // pages of the load committed
                    assertTrue(runtime.alive(), "the desktop runtime stopped: " + output(runtime));
                    assertTrue(System.nanoTime() < deadline, () -> "no page loaded within 90 s: " + output(runtime));
                    Thread.sleep(5);
                }
                runtime.kill();
            }

            try (OpenStore desktop = StoreFixture.service(StoreFactory.class).openFile(data, "liaison",
                    HybridLogicalClocks.over(java.time.Clock.systemUTC()))) { // opens after the kill
                Set<UUID> atKill = SignedInDesktop.people(desktop.store());
                assertTrue(atKill.size() < PEOPLE, "killed part way: " + atKill.size() + " of " + PEOPLE);
                assertTrue(people.containsAll(atKill), "only records the server sent");
                assertEquals(0, desktop.outbox().size(), "records received are not sent back");

                new SyncEngine(desktop.store(), desktop.outbox(), desktop.remoteChanges(), transport, desktop.networkKeys()).sync();
                assertEquals(people, SignedInDesktop.people(desktop.store()), "the rest, each once");
                assertEquals(0, desktop.outbox().size());
                System.out.printf("desktop killed during a pull after %d of %d people%n", atKill.size(), PEOPLE);
            }
        }
    }

    @Test
    void anImportKilledWhileItWritesLeavesAllOrNothingAndOneReportedDoneStaysWhole() throws Exception {
        Path file = folder.resolve("people.csv");
        StringBuilder csv = new StringBuilder("First name,Last name,E-mail Address\n");
        for (int i = 0; i < IMPORTED; i++) {
            csv.append("Ann").append(i).append(",Kill,ann").append(i).append("@import.test\n");
        }
        Files.writeString(file, csv);
        Path data = StoreFixture.service(UserSettings.class).dataDirectory();
        deleteDatabase(data);
        String[] properties = { "-Dliaison.home=" + data.getParent(), "-Dliaison.test.import=" + file, "-Xmx512m" };

        String done = killAfter(folder.resolve("done"), properties, "Import committed", Duration.ZERO);
        assertEquals(StoreStatus.State.OPEN, onFile(data).state(), "the database opens after the kill");
        assertEquals(IMPORTED, imported(), "an import reported done a moment before the kill is there whole, each person once");
        StoreFixture.memory("released-" + UUID.randomUUID());
        java.util.regex.Matcher took = java.util.regex.Pattern.compile("created in (\\d+) ms").matcher(done);
        assertTrue(took.find(), done);

        deleteDatabase(data);
        // halfway through the import's work, in its one write transaction or the checks before it
        Duration lateInTheWrite = Duration.ofMillis(Long.parseLong(took.group(1)) / 2);
        String whileWriting = killAfter(folder.resolve("writing"), properties, "Import writing", lateInTheWrite);
        assertEquals(StoreStatus.State.OPEN, onFile(data).state(), "the database opens after the kill");
        long imported = imported();
        assertTrue(imported == 0 || imported == IMPORTED, "all of the import or nothing of it: " + imported);
        if (whileWriting.contains("Import committed")) {
            assertEquals(IMPORTED, imported, "an import reported done is there whole");
        }
        System.out.printf("import killed %d ms into its %s ms of work: %d of %d people there%n", lateInTheWrite.toMillis(),
                took.group(1), imported, IMPORTED);
    }

    /** Starts a desktop runtime, waits for it to print {@code line}, then after {@code delay} kills it; gives back what it printed. */
    private static String killAfter(Path folder, String[] properties, String line, Duration delay) throws Exception {
        try (SecondRuntime runtime = SecondRuntime.start("org.liaison.sync.crash.tests", folder, properties)) {
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (!output(runtime).contains(line)) {
                assertTrue(runtime.alive() && !output(runtime).contains("Import failed"), "the desktop runtime stopped: " + output(runtime));
                assertTrue(System.nanoTime() < deadline, () -> "no '" + line + "' within 60 s: " + output(runtime));
                Thread.sleep(5);
            }
            Thread.sleep(delay.toMillis());
            runtime.kill();
            return output(runtime);
        }
    }

    /** People of the imported file in this framework's store, counted by their addresses. */
    private static long imported() {
        return StoreFixture.service(Store.class).read(connection -> {
            try (java.sql.Statement statement = connection.createStatement();
                    java.sql.ResultSet rows = statement.executeQuery(
                            "SELECT COUNT(*), COUNT(DISTINCT CONTACT_ID) FROM CONTACT_EMAIL WHERE ADDRESS LIKE '%@import.test'")) {
                rows.next();
                assertEquals(rows.getLong(1), rows.getLong(2), "each address once, on a person of its own");
                return rows.getLong(1);
            }
        });
    }

    /** No database in {@code data}, this framework's store having let go of it. */
    private static void deleteDatabase(Path data) throws IOException {
        StoreFixture.memory("released-" + UUID.randomUUID());
        Files.createDirectories(data);
        try (var files = Files.list(data)) {
            for (Path file : files.filter(f -> f.getFileName().toString().startsWith("liaison.")).toList()) {
                Files.delete(file);
            }
        }
    }

    /** This framework's store on the database in {@code data}. */
    private static StoreStatus onFile(Path data) {
        return StoreFixture.configure(Map.of("mode", "file", "directory", data.toString()), data.toString());
    }

    private static String output(SecondRuntime runtime) {
        try {
            return runtime.output();
        } catch (IOException e) {
            return e.toString();
        }
    }
}
