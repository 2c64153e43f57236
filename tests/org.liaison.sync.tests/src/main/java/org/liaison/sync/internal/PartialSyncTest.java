package org.liaison.sync.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.liaison.core.id.Ids;
import org.liaison.server.Role;
import org.liaison.store.Sql;
import org.liaison.store.Store;
import org.liaison.sync.internal.SyncServerFixture.Desktop;
import org.liaison.sync.protocol.PullResponse;
import org.liaison.sync.protocol.Checksums.TableChecksum;
import org.liaison.sync.protocol.Checksums;
import org.liaison.sync.protocol.ServerChange;

/**
 * A desktop that cannot send its changes, or that receives rows of a newer version, still receives
 * everything else: its sync never stops for good on either.
 */
@ExtendWith(OwnServer.class)
class PartialSyncTest {

    @Test
    void aReadOnlyDesktopWithChangesOfItsOwnStillReceivesEveryoneElsesAndIsTold() {
        Desktop staff = SyncServerFixture.desktop(SyncServerFixture.account("partial-staff", Role.STAFF), Duration.ZERO,
                SyncServerFixture.transport());
        Desktop reader = SyncServerFixture.desktop(SyncServerFixture.account("partial-reader", Role.READ_ONLY), Duration.ZERO,
                SyncServerFixture.transport());
        UUID kept = PartnerRows.insert(reader, "Written by a reader");
        UUID sent = PartnerRows.insert(staff, "Sent by the staff");
        staff.engine().sync();

        reader.engine().sync();

        assertEquals(1, count(reader, "SELECT COUNT(*) FROM TEST_PARTNER WHERE ID = ?", sent), "the reader received the staff's row");
        assertEquals(1, count(reader, "SELECT COUNT(*) FROM TEST_PARTNER WHERE ID = ?", kept), "its own row stays here");
        ClientState state = ClientState.read(reader.store().store()).orElseThrow();
        assertTrue(state.problem().isPresent() && state.problem().get().detail().contains("may only read"),
                "the reader is told why its changes stay here: " + state.problem());
        staff.store().close();
        reader.store().close();
    }

    @Test
    void rowsOfATableOrColumnThisVersionDoesNotKnowAreLeftAsideAndTheRestIsApplied() {
        Desktop staff = SyncServerFixture.desktop(SyncServerFixture.account("partial-staff", Role.STAFF), Duration.ZERO,
                SyncServerFixture.transport());
        UUID sent = PartnerRows.insert(staff, "Sent to an older desktop");
        staff.engine().sync();
        Desktop older = SyncServerFixture.desktop(SyncServerFixture.account("partial-staff", Role.STAFF), Duration.ZERO,
                new NewerServer(SyncServerFixture.transport()));

        older.engine().sync();

        assertEquals(1, count(older, "SELECT COUNT(*) FROM TEST_PARTNER WHERE ID = ? AND NAME = 'Sent to an older desktop'", sent),
                "the row arrived without the column this version does not have");
        older.engine().sync(); // and the next sync goes on from there

        assertTrue(older.engine().verify().contains("TEST_PARTNER"), "compared with the server's, the table differs: loaded again");
        assertEquals(List.of(), older.engine().verify(),
                "still different for the column it has no place for, it is not loaded again while nothing changed");
        PartnerRows.insert(staff, "Sent later");
        staff.engine().sync();
        older.engine().sync();
        assertTrue(older.engine().verify().contains("TEST_PARTNER"), "the server's copy changed: compared and loaded again");
        staff.store().close();
        older.store().close();
    }

    /** A server of a newer version: its pages also carry a table and a column this desktop does not have. */
    private static final class NewerServer extends ForwardingTransport {

        NewerServer(SyncTransport real) {
            super(real);
        }

        @Override
        public PullResponse pull(String token, long after, int limit, long upTo, int waitSeconds) {
            PullResponse page = real.pull(token, after, limit, upTo, waitSeconds);
            List<ServerChange> changes = new ArrayList<>();
            for (ServerChange change : page.changes()) {
                long stamp = change.stamps().values().stream().mapToLong(Long::longValue).max().orElse(1L << 16);
                changes.add(new ServerChange(change.cursor(), "NEWER_AREA_NOTE", Ids.newId(), false, Map.of("TEXT", "from later"),
                        Map.of("TEXT", stamp)));
                if (change.table().equals("TEST_PARTNER") && !change.deleted()) {
                    Map<String, Object> fields = new LinkedHashMap<>(change.fields());
                    fields.put("NICKNAME", "newer column");
                    Map<String, Long> stamps = new LinkedHashMap<>(change.stamps());
                    stamps.put("NICKNAME", stamp);
                    change = new ServerChange(change.cursor(), change.table(), change.row(), false, fields, stamps);
                }
                changes.add(change);
            }
            return new PullResponse(changes, page.next(), page.more(), page.latest());
        }

        /** A newer server's checksums count the column too: the partners' can never match this desktop's. */
        @Override
        public Checksums checksums(String token) {
            Map<String, TableChecksum> tables = new java.util.TreeMap<>(real.checksums(token).tables());
            tables.computeIfPresent("TEST_PARTNER", (table, sum) -> new TableChecksum(sum.rows(), sum.digest() + 1));
            return new Checksums(tables);
        }
    }

    private static long count(Desktop desktop, String sql, Object... values) {
        Store store = desktop.store().store();
        return store.read(connection -> Sql.count(connection, sql, values));
    }
}
