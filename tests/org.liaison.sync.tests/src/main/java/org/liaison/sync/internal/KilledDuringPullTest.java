package org.liaison.sync.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.liaison.core.clock.HybridLogicalClocks;
import org.liaison.core.id.Ids;
import org.liaison.server.Role;
import org.liaison.store.OpenStore;
import org.liaison.store.Store;
import org.liaison.store.StoreException;
import org.liaison.store.StoreFactory;
import org.liaison.sync.internal.SyncServerFixture.Desktop;
import org.liaison.test.support.StoreFixture;

/** A desktop whose process dies while it applies a pulled page reopens with every committed page, and carries on. */
@ExtendWith(OwnServer.class)
class KilledDuringPullTest {

    @TempDir
    Path folder;

    @Test
    void reopensWithEveryCommittedPageAndCatchesUp() {
        String account = SyncServerFixture.account("killed-pull", Role.STAFF);
        int rows = SyncEngine.PULL_PAGE * 2 + 500;
        Desktop writer = SyncServerFixture.writerOfPartners(account, rows, "Killed");

        StoreFactory stores = StoreFixture.service(StoreFactory.class);
        OpenStore reader = stores.openFile(folder, "reader", HybridLogicalClocks.over(Clock.systemUTC()));
        Desktop desktop = SyncServerFixture.signIn(new Desktop("reader", reader, SyncServerFixture.transport()), account);
        Store dying = new KillingStore(reader);
        assertThrows(RuntimeException.class,
                () -> new SyncEngine(dying, reader.outbox(), reader.remoteChanges(), desktop.transport()).sync());

        OpenStore reopened = stores.openFile(folder, "reader", HybridLogicalClocks.over(Clock.systemUTC()));
        long cursor = ClientState.read(reopened.store()).orElseThrow().cursor();
        Set<UUID> committed = serverRowsUpTo(cursor);
        Set<UUID> present = localRows(reopened.store());
        assertEquals(2L * SyncEngine.PULL_PAGE, cursor, "on this class's own server, two whole pages before the kill in the third");
        assertTrue(committed.size() > SyncEngine.PULL_PAGE, () -> committed.size() + " partners in those pages");
        assertEquals(committed, present, "exactly the rows of the pages committed before the kill: none of the page being applied");
        Desktop back = new Desktop("reader", reopened, SyncServerFixture.transport());
        back.engine().sync();
        assertEquals(rows, killedRows(reopened.store()));
        assertTrue(ClientState.read(reopened.store()).orElseThrow().cursor() > cursor);
        reopened.close();
        writer.store().close();
    }

    @Test
    void anEditCommittedJustBeforeTheProcessDiesIsKeptWithItsOutboxEntry() {
        StoreFactory stores = StoreFixture.service(StoreFactory.class);
        OpenStore desktop = stores.openFile(folder, "editing", HybridLogicalClocks.over(Clock.systemUTC()));
        UUID id = Ids.newId();
        desktop.store().transaction(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO TEST_PARTNER (ID, NAME) VALUES (?, 'Kept')")) {
                insert.setObject(1, id);
                return insert.executeUpdate();
            }
        });
        desktop.closeAbruptly();
        OpenStore reopened = stores.openFile(folder, "editing", HybridLogicalClocks.over(Clock.systemUTC()));
        assertEquals(Set.of(id), localRows(reopened.store()), "the edit");
        assertEquals(1, reopened.outbox().size(), "and what will send it");
        reopened.close();
    }

    private static Set<UUID> serverRowsUpTo(long cursor) {
        return StoreFixture.service(Store.class).read(connection -> ids(connection.prepareStatement(
                "SELECT ROW_ID FROM SYNC_ROW WHERE TABLE_NAME = 'TEST_PARTNER' AND NOT DELETED AND CURSOR <= " + cursor)));
    }

    private static Set<UUID> localRows(Store store) {
        return store.read(connection -> ids(connection.prepareStatement("SELECT ID FROM TEST_PARTNER")));
    }

    private static Set<UUID> ids(PreparedStatement query) throws SQLException {
        Set<UUID> ids = new TreeSet<>();
        try (query; ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                ids.add(rows.getObject(1, UUID.class));
            }
        }
        return ids;
    }

    private static long killedRows(Store store) {
        return store.read(connection -> {
            try (PreparedStatement query = connection.prepareStatement("SELECT COUNT(*) FROM TEST_PARTNER WHERE CITY = 'Killed'");
                    ResultSet result = query.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        });
    }

    /** Kills the database in the middle of the third page's transaction, after its rows were written. */
    private static final class KillingStore implements Store {

        private final OpenStore open;
        private int pages;

        KillingStore(OpenStore open) {
            this.open = open;
        }

        @Override
        public <T> T transaction(org.liaison.store.SqlWork<T> work) {
            return open.store().transaction(connection -> {
                T result = work.run(connection);
                boolean pageApplied;
                try (PreparedStatement query = connection.prepareStatement("SELECT COUNT(*) FROM TEST_PARTNER");
                        ResultSet rows = query.executeQuery()) {
                    rows.next();
                    pageApplied = rows.getLong(1) > 0;
                }
                if (pageApplied && ++pages == 3) {
                    open.closeAbruptly();
                    throw new StoreException(StoreException.Reason.SQL, "killed", null);
                }
                return result;
            });
        }

        @Override
        public <T> T read(org.liaison.store.SqlWork<T> work) {
            return open.store().read(work);
        }
    }
}
