package org.liaison.sync.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.liaison.core.clock.HybridLogicalClocks;
import org.liaison.store.OpenStore;
import org.liaison.store.StoreFactory;
import org.liaison.store.StoreStatus;
import org.liaison.sync.SyncException;
import org.liaison.sync.protocol.LoginRequest;
import org.liaison.sync.protocol.LoginResponse;
import org.liaison.test.support.ServerProduct;
import org.liaison.test.support.StoreFixture;

/**
 * The server product in a process of its own, as it runs in an office: killed with SIGKILL while
 * a desktop pushes to it, and on a disk that fills while it takes a push. After its restart every
 * change a desktop made is on the server exactly once, and no desktop is left with changes to send.
 */
class ServerCrashTest {

    private static final int PEOPLE = 6_000;

    @TempDir
    Path home;

    @BeforeAll
    static void desktopsStore() {
        StoreStatus store = StoreFixture.memory("crash-" + UUID.randomUUID());
        assertEquals(StoreStatus.State.OPEN, store.state());
    }

    @Test
    void aServerKilledDuringAPushHasEveryChangeOnceAfterItsRestart() throws Exception {
        int port = freePort();
        ServerProduct server = ServerProduct.start(home, port, 0);
        String password = server.adminPassword;
        Desktop anna = Desktop.signedIn(server, "admin", password, "anna-laptop");
        Set<UUID> people = anna.writePeople(PEOPLE);
        long waiting = anna.store.outbox().size();

        CompletableFuture<?> pushing = CompletableFuture.runAsync(() -> anna.engine().sync());
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (anna.store.outbox().size() == waiting && !pushing.isDone() && System.nanoTime() < deadline) {
            Thread.sleep(5); // until the server acknowledged a first batch
        }
        assertFalse(pushing.isDone(), "the push is still under way when the server is killed");
        server.kill();
        ExecutionException failed = assertThrows(ExecutionException.class, () -> pushing.get(60, TimeUnit.SECONDS));
        assertTrue(failed.getCause() instanceof SyncException, failed.getCause().toString());
        assertTrue(anna.store.outbox().size() > 0, "changes left to send after the kill");

        try (ServerProduct restarted = ServerProduct.start(home, port, 0)) {
            anna.engine().sync();
            assertEquals(0, anna.store.outbox().size(), "everything sent after the restart");
            Desktop ben = Desktop.signedIn(restarted, "admin", password, "ben-laptop");
            ben.engine().sync();
            assertEquals(people, ben.people(), "every person on the server, each once");
            assertEquals(List.of(), conflicts(ben), "a push delivered again is no conflict with itself");
        }
    }

    @Test
    void aServerWhoseDiskFillsSaysSoLosesNothingAndTakesTheRetryOnce() throws Exception {
        int port = freePort();
        String password;
        try (ServerProduct first = ServerProduct.start(home, port, 0)) {
            password = first.adminPassword;
        }
        long databaseKb = Files.size(home.resolve("data/liaison.mv.db")) / 1024;
        Set<UUID> people;
        Desktop anna;
        try (ServerProduct full = ServerProduct.start(home, port, databaseKb + 1_024)) {
            anna = Desktop.signedIn(full, "admin", password, "anna-laptop");
            people = anna.writePeople(PEOPLE);
            SyncException refused = assertThrows(SyncException.class, () -> anna.engine().sync());
            assertTrue(refused.getMessage().contains("disk is full"), "the desktop is told the server's disk is full: " + refused.getMessage());
            assertEquals(SyncException.Kind.UNREACHABLE, refused.kind(), "to try again later");
            assertFalse(refused.getMessage().matches("(?s).*(org\\.h2|SQL|Exception).*"), "no internals: " + refused.getMessage());
            assertTrue(anna.store.outbox().size() > 0, "what was not taken stays to send");
            String state = full.console("liaison:status", "State:");
            assertTrue(state.endsWith("FAILED"), "the server's status says it cannot write: " + state);
            String problem = full.awaitLine("Problem:");
            assertTrue(problem.contains("disk"), "and why: " + problem);
        }
        try (ServerProduct freed = ServerProduct.start(home, port, 0)) {
            anna.engine().sync();
            assertEquals(0, anna.store.outbox().size(), "everything sent once the disk has room");
            Desktop ben = Desktop.signedIn(freed, "admin", password, "ben-laptop");
            ben.engine().sync();
            assertEquals(people, ben.people(), "every person on the server, each once");
            assertEquals(List.of(), conflicts(ben));
        }
    }

    private static List<?> conflicts(Desktop desktop) {
        ClientState state = ClientState.read(desktop.store.store()).orElseThrow();
        return desktop.transport.conflicts(state.token(), 0, 500).conflicts();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    /** A desktop's database in this process, connected and signed in to the server. */
    private record Desktop(OpenStore store, HttpsTransport transport) {

        static Desktop signedIn(ServerProduct server, String account, String password, String device) {
            OpenStore store = StoreFixture.service(StoreFactory.class).openInMemory(device + "-" + UUID.randomUUID(),
                    HybridLogicalClocks.over(Clock.systemUTC()));
            HttpsTransport transport = new HttpsTransport(server.address, server.fingerprint);
            ClientState.connect(store.store(), server.address, server.fingerprint, account, device);
            LoginResponse session = transport.login(new LoginRequest(account, password, device, null));
            ClientState.signedIn(store.store(), session.deviceId(), session.token(), session.expiresAt());
            return new Desktop(store, transport);
        }

        SyncEngine engine() {
            return new SyncEngine(store.store(), store.outbox(), store.remoteChanges(), transport, store.networkKeys());
        }

        Set<UUID> writePeople(int count) {
            Set<UUID> ids = new HashSet<>();
            store.store().transaction(connection -> {
                try (PreparedStatement insert = connection.prepareStatement("INSERT INTO CONTACT_PERSON (ID, GIVEN_NAME, FAMILY_NAME, "
                        + "ROLE, READINESS, CREATED_AT, UPDATED_AT) VALUES (?, ?, ?, 'OTHER', 'OPEN', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)")) {
                    for (int i = 0; i < count; i++) {
                        UUID id = UUID.randomUUID();
                        ids.add(id);
                        insert.setObject(1, id);
                        insert.setString(2, "Person " + i);
                        insert.setString(3, "Family name long enough to fill pages " + i);
                        insert.addBatch();
                    }
                    return insert.executeBatch().length;
                }
            });
            return ids;
        }

        Set<UUID> people() {
            return store.store().read(connection -> {
                Set<UUID> ids = new HashSet<>();
                try (PreparedStatement query = connection.prepareStatement("SELECT ID FROM CONTACT_PERSON");
                        ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        ids.add(rows.getObject(1, UUID.class));
                    }
                }
                return ids;
            });
        }
    }
}
