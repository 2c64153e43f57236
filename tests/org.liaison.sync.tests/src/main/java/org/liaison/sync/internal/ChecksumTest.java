package org.liaison.sync.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.liaison.core.clock.HlcTimestamp;
import org.liaison.server.Role;
import org.liaison.store.changes.Operation;
import org.liaison.store.changes.RemoteChange;
import org.liaison.sync.internal.SyncServerFixture.Desktop;
import org.liaison.sync.protocol.Checksums;
import org.liaison.sync.protocol.Checksums.TableChecksum;
import org.liaison.sync.protocol.PushRequest;
import org.liaison.sync.protocol.PushResponse;
import org.liaison.sync.protocol.PushResponse.Refusal;
import org.liaison.sync.protocol.PushedChange;

/** A desktop whose table drifted from the server's finds it by the checksums and loads that table again. */
@ExtendWith(OwnServer.class)
class ChecksumTest {

    @Test
    void aTableThatDiffersIsLoadedAgainAndAnEqualOneIsLeftAlone() {
        String account = SyncServerFixture.account("checksums", Role.STAFF);
        Desktop writer = SyncServerFixture.desktop(account, Duration.ZERO, SyncServerFixture.transport());
        List<UUID> ids = List.of(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());
        writer.store().store().transaction(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO TEST_PARTNER (ID, NAME, CITY, EMPLOYEES, JOINED) VALUES (?, ?, ?, ?, ?)")) {
                for (int i = 0; i < ids.size(); i++) {
                    insert.setObject(1, ids.get(i));
                    insert.setString(2, "Coopérative n°" + i);
                    insert.setString(3, i == 0 ? null : "Évreux");
                    insert.setInt(4, 10 * i);
                    insert.setObject(5, LocalDate.of(2024, 2, 29).plusDays(i));
                    insert.addBatch();
                }
                return insert.executeBatch().length;
            }
        });
        writer.engine().sync();
        Desktop reader = SyncServerFixture.desktop(account, Duration.ZERO, SyncServerFixture.transport());
        reader.engine().sync();
        assertEquals(List.of(), reader.engine().verify(), "a desktop in step with the server computes the same checksums");
        Map<UUID, Map<String, String>> expected = ConvergenceTest.table(writer.store().store(), ids);

        // drift that sync cannot see: written by the remote path, so nothing waits in the outbox
        HlcTimestamp stamp = new HlcTimestamp(System.currentTimeMillis(), 0);
        UUID stray = UUID.randomUUID();
        reader.store().remoteChanges().apply(List.of(
                new RemoteChange("TEST_PARTNER", ids.get(0), Operation.UPDATE, stamp, Map.of("CITY", "Nowhere")),
                new RemoteChange("TEST_PARTNER", ids.get(1), Operation.DELETE, stamp, Map.of()),
                new RemoteChange("TEST_PARTNER", stray, Operation.UPDATE, stamp, Map.of("NAME", "Not on the server"))));

        assertEquals(List.of("TEST_PARTNER"), reader.engine().verify());
        assertEquals(expected, ConvergenceTest.table(reader.store().store(), ids), "the table as the server has it");
        assertEquals(Map.of(), ConvergenceTest.table(reader.store().store(), List.of(stray)), "a row the server lacks is gone");
        assertEquals(List.of(), reader.engine().verify(), "and it is in step again");
        writer.store().close();
        reader.store().close();
    }

    @Test
    void aChecksumForATableThatIsNotSyncedHereIsLeftAloneAndTheOthersAreStillCompared() {
        String account = SyncServerFixture.account("checksums-unknown", Role.STAFF);
        SyncTransport naming = new ForwardingTransport(SyncServerFixture.transport()) {
            @Override
            public Checksums checksums(String token) {
                Map<String, TableChecksum> tables = new TreeMap<>(real.checksums(token).tables());
                tables.put("LIAISON_NODE", new TableChecksum(0, 1)); // a table of this desktop's own bookkeeping
                tables.put("TEST_PARTNER\" UNION ALL SELECT * FROM \"LIAISON_OUTBOX", new TableChecksum(0, 1)); // a name that is SQL
                return new Checksums(tables);
            }
        };
        Desktop desktop = SyncServerFixture.desktop(account, Duration.ZERO, naming);
        desktop.engine().sync();
        long nodes = rows(desktop.store().store(), "LIAISON_NODE");
        assertEquals(List.of(), desktop.engine().verify(), "only the tables synced here are compared, and they agree");
        assertEquals(nodes, rows(desktop.store().store(), "LIAISON_NODE"));
        desktop.store().close();
    }

    @Test
    void valuesTheServerTookInAnotherFormThanTheDatabaseKeepsThemGiveTheChecksumsTheDesktopsCompute() {
        String account = SyncServerFixture.account("checksums-converted", Role.STAFF);
        Desktop pusher = SyncServerFixture.desktop(account, Duration.ZERO, SyncServerFixture.transport());
        ClientState state = ClientState.read(pusher.store().store()).orElseThrow();
        long stamp = new HlcTimestamp(System.currentTimeMillis(), 0).pack();
        UUID converted = UUID.randomUUID();
        UUID bare = UUID.randomUUID();
        UUID unreadable = UUID.randomUUID();
        Map<String, Object> asText = Map.of("NAME", "Brasserie de Dieppe", "EMPLOYEES", "042", "JOINED", "2024-02-09", "CITY", " Dieppe\n");
        PushResponse pushed = pusher.transport().push(state.token(), new PushRequest(state.deviceId(), 0, List.of(
                new PushedChange(1, "TEST_PARTNER", converted, "I", stamp, asText),
                new PushedChange(2, "TEST_PARTNER", bare, "I", stamp, Map.of("NAME", "Bare")),
                new PushedChange(3, "TEST_PARTNER", bare, "U", stamp + 1, Map.of()),
                new PushedChange(4, "TEST_PARTNER", unreadable, "I", stamp, Map.of("NAME", "Ferme", "JOINED", "9 Feb 2024")))));
        assertEquals(List.of(new Refusal(4, "TEST_PARTNER: a value does not fit its column")), pushed.refused(),
                "a date the server cannot read as one is refused; it takes the others");
        Desktop reader = SyncServerFixture.desktop(account, Duration.ZERO, SyncServerFixture.transport());
        reader.engine().sync();
        assertEquals(Map.of("NAME", "Brasserie de Dieppe", "EMPLOYEES", "42", "JOINED", "2024-02-09", "CITY", " Dieppe\n"),
                ConvergenceTest.table(reader.store().store(), List.of(converted)).get(converted), "text is kept as sent");
        assertEquals(List.of(), reader.engine().verify(), "the desktop's checksums are the server's: no table loaded again");

        Desktop writer = SyncServerFixture.desktop(account, Duration.ZERO, SyncServerFixture.transport());
        writer.store().store().transaction(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO TEST_PARTNER (ID, NAME, EMPLOYEES) VALUES (?, ?, 7)")) {
                insert.setObject(1, UUID.randomUUID());
                insert.setString(2, "  Ferme du Bec\n");
                return insert.executeUpdate();
            }
        });
        writer.engine().sync();
        assertEquals(List.of(), writer.engine().verify(), "a desktop's own rows, spaces and all, checksum as the server's");
        pusher.store().close();
        reader.store().close();
        writer.store().close();
    }

    private static long rows(org.liaison.store.Store store, String table) {
        return store.read(connection -> {
            try (var query = connection.prepareStatement("SELECT COUNT(*) FROM " + table); var row = query.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        });
    }
}
