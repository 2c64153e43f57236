package org.liaison.sync.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.liaison.core.clock.HybridLogicalClocks;
import org.liaison.core.id.Ids;
import org.liaison.server.Role;
import org.liaison.store.OpenStore;
import org.liaison.store.Sql;
import org.liaison.store.Store;
import org.liaison.store.StoreFactory;
import org.liaison.sync.internal.SyncServerFixture.Desktop;
import org.liaison.test.support.StoreFixture;

/**
 * A desktop restored from a backup, or copied to a second computer, numbers its changes again from
 * below what the server received: its new edits must all arrive, none taken for one already seen.
 */
@ExtendWith(OwnServer.class)
class RestoredDesktopTest {

    @TempDir
    Path folder;

    @Test
    void editsMadeAfterRestoringABackupAllArrive() {
        pushedThenCopied("live", "restored-a", 50, "backup");
        Desktop live = open("live");
        insert(live, "restored-b", 50);
        live.engine().sync();
        live.store().close();

        Desktop restored = open("backup");
        insert(restored, "restored-c", 10);
        restored.engine().sync();

        assertEquals(10, onServer("restored-c"), "every edit made after the restore reached the server");
        assertEquals(100, onServer("restored-a") + onServer("restored-b"), "and nothing from before was lost");
        restored.engine().sync();
        assertEquals(110, count(restored.store().store(), "restored-%"), "the restored desktop has everything again");
        assertTrue(ClientState.read(restored.store().store()).orElseThrow().newDeviceAt().isPresent(),
                "the desktop keeps when it carried on as a new device, for the Sync view to say");
        restored.store().close();
    }

    @Test
    void twoLiveCopiesOfOneDesktopBothGetTheirEditsThrough() {
        pushedThenCopied("first", "copied-a", 20, "second");
        Desktop first = open("first");
        Desktop second = open("second");

        insert(first, "copied-first", 10);
        insert(second, "copied-second", 10);
        first.engine().sync();
        second.engine().sync();
        first.engine().sync();

        assertEquals(10, onServer("copied-first"));
        assertEquals(10, onServer("copied-second"), "the copy's edits, numbered like the first's, arrived too");
        assertNotEquals(first.deviceId(), second.deviceId(), "the copy carries on as a device of its own");
        assertEquals(40, count(first.store().store(), "copied-%"));
        first.store().close();
        second.store().close();
    }

    @Test
    void aCopysEditsMadeBeforeTheOthersAndNumberedBelowThemStillArrive() {
        pushedThenCopied("older-first", "older-a", 5, "older-second");
        Desktop second = open("older-second");
        insert(second, "older-second", 5); // made first, sent last
        Desktop first = open("older-first");
        insert(first, "older-first", 10);
        first.engine().sync();
        second.engine().sync();

        assertEquals(10, onServer("older-first"));
        assertEquals(5, onServer("older-second"), "edits older than the other copy's and numbered below them arrived too");
        first.store().close();
        second.store().close();
    }

    /** A desktop {@code name} signed in, with {@code rows} edits pushed, closed and its folder copied to {@code copy}. */
    private void pushedThenCopied(String name, String prefix, int rows, String copy) {
        Desktop desktop = SyncServerFixture.signIn(open(name), SyncServerFixture.account("restored-staff", Role.STAFF));
        insert(desktop, prefix, rows);
        desktop.engine().sync();
        desktop.store().close();
        copy(folder.resolve(name), folder.resolve(copy));
    }

    private Desktop open(String name) {
        OpenStore store = StoreFixture.service(StoreFactory.class).openFile(folder.resolve(name), "desktop",
                HybridLogicalClocks.over(Clock.systemUTC()));
        return new Desktop(name, store, SyncServerFixture.transport());
    }

    private static void insert(Desktop desktop, String prefix, int rows) {
        desktop.store().store().transaction(connection -> {
            for (int i = 0; i < rows; i++) {
                Sql.update(connection, "INSERT INTO TEST_PARTNER (ID, NAME, CITY) VALUES (?, ?, 'Lewes')", Ids.newId(),
                        prefix + "-" + i);
            }
            return rows;
        });
    }

    private static long onServer(String prefix) {
        return count(StoreFixture.service(Store.class), prefix + "-%");
    }

    private static long count(Store store, String pattern) {
        return store.read(connection -> Sql.count(connection, "SELECT COUNT(*) FROM TEST_PARTNER WHERE NAME LIKE ?", pattern));
    }

    private static void copy(Path from, Path to) {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
