package org.liaison.sync.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.liaison.store.StoreStatus;
import org.liaison.sync.SyncException;
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
        ServerProduct server = ServerProduct.start(home);
        String password = server.adminPassword;
        SignedInDesktop anna = SignedInDesktop.signedIn(server, "admin", password, "anna-laptop");
        Set<UUID> people = anna.writePeople(PEOPLE);
        long waiting = anna.store().outbox().size();

        CompletableFuture<?> pushing = CompletableFuture.runAsync(() -> anna.engine().sync());
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (anna.store().outbox().size() == waiting && !pushing.isDone() && System.nanoTime() < deadline) {
            Thread.sleep(5); // until the server acknowledged a first batch
        }
        assertFalse(pushing.isDone(), "the push is still under way when the server is killed");
        assertTrue(anna.store().outbox().size() < waiting, "a first batch was taken before the kill");
        server.kill();
        ExecutionException failed = assertThrows(ExecutionException.class, () -> pushing.get(60, TimeUnit.SECONDS));
        assertTrue(failed.getCause() instanceof SyncException, failed.getCause().toString());
        assertTrue(anna.store().outbox().size() > 0, "changes left to send after the kill");

        everyPersonOnceAfterRestart(password, anna, people);
    }

    @Test
    void aServerWhoseDiskFillsSaysSoLosesNothingAndTakesTheRetryOnce() throws Exception {
        String password;
        try (ServerProduct first = ServerProduct.start(home)) {
            password = first.adminPassword;
        }
        long databaseKb = Files.size(home.resolve("data/liaison.mv.db")) / 1024;
        Set<UUID> people;
        SignedInDesktop anna;
        try (ServerProduct full = ServerProduct.start(home, 0, databaseKb + 1_024)) {
            anna = SignedInDesktop.signedIn(full, "admin", password, "anna-laptop");
            people = anna.writePeople(PEOPLE);
            for (int attempt = 1; attempt <= 2; attempt++) { // the first write that fails, then a retry as a desktop makes it
                SyncException refused = assertThrows(SyncException.class, anna.engine()::sync);
                assertTrue(refused.getMessage().contains("cannot save anything now"), "attempt " + attempt
                        + ": the desktop is told the server cannot save: " + refused.getMessage());
                assertEquals(SyncException.Kind.UNREACHABLE, refused.kind(), "to try again later");
                assertFalse(refused.getMessage().matches("(?s).*(org\\.h2|SQL|Exception|/).*"), "no internals: " + refused.getMessage());
            }
            assertTrue(anna.store().outbox().size() > 0, "what was not taken stays to send");
            String state = full.console("liaison:status", "State:");
            assertTrue(state.endsWith("FAILED"), "the server's status says it cannot write: " + state);
            String problem = full.awaitLine("Problem:");
            assertTrue(problem.contains(home.resolve("data").toString()), "and where: " + problem);
        }
        everyPersonOnceAfterRestart(password, anna, people); // the disk has room again
    }

    /**
     * Restarts the server (on a port of its choosing, so that no other process can have taken it in between):
     * {@code desktop} sends what it still has, and a new desktop receives every person once.
     */
    private void everyPersonOnceAfterRestart(String password, SignedInDesktop desktop, Set<UUID> people) throws Exception {
        try (ServerProduct restarted = ServerProduct.start(home)) {
            SignedInDesktop anna = desktop.reaching(restarted);
            anna.engine().sync();
            assertEquals(0, anna.store().outbox().size(), "everything sent after the restart");
            SignedInDesktop ben = SignedInDesktop.signedIn(restarted, "admin", password, "ben-laptop");
            ben.engine().sync();
            assertEquals(people, ben.people(), "every person on the server, each once");
            assertEquals(List.of(), conflicts(ben), "a push delivered again is no conflict with itself");
        }
    }

    private static List<?> conflicts(SignedInDesktop desktop) {
        ClientState state = ClientState.read(desktop.store().store()).orElseThrow();
        return desktop.transport().conflicts(state.token(), 0, 500).conflicts();
    }
}
