package org.liaison.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.liaison.core.clock.HlcTimestamp;
import org.liaison.core.clock.HybridLogicalClock;
import org.liaison.core.events.Topics;
import org.liaison.core.id.Ids;
import org.liaison.core.validation.ValidationException;
import org.liaison.store.Store;
import org.liaison.store.StoreStatus;
import org.liaison.store.changes.CapturedChange;
import org.liaison.store.changes.Operation;
import org.liaison.store.changes.Outbox;
import org.liaison.store.changes.RemoteChange;
import org.liaison.store.changes.RemoteChanges;
import org.liaison.test.support.StoreFixture;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;

/** The store in a running framework, on an in-memory database, with two bundles' migrations. */
class ChangeCaptureTest {

    private static Store store;
    private static Outbox outbox;
    private static StoreStatus status;

    @BeforeAll
    static void openStore() {
        status = StoreFixture.memory("capture-" + UUID.randomUUID());
        assertEquals(StoreStatus.State.OPEN, status.state(), () -> status.failure().map(Throwable::getMessage).orElse(""));
        store = StoreFixture.service(Store.class);
        outbox = StoreFixture.service(Outbox.class);
    }

    @Test
    void migrationsOfTwoBundlesApplyInDependencyOrder() {
        List<String> owners = status.migrations().stream().map(m -> m.owner()).distinct().toList();
        assertEquals("org.liaison.store", owners.get(0), owners.toString());
        // alphabetically "introductions" comes first, but it refers to the partners' table
        assertTrue(owners.indexOf("org.liaison.test.partners") < owners.indexOf("org.liaison.test.introductions"),
                owners.toString());
        assertTrue(owners.containsAll(List.of("org.liaison.test.partners", "org.liaison.test.introductions",
                "org.example.sussex.grants")), owners.toString());
    }

    @Test
    void writesAreCapturedFieldByFieldAndDeletesLeaveTombstones() {
        UUID id = Ids.newId();
        long start = lastSequence();
        store.transaction(c -> update(c, "INSERT INTO TEST_PARTNER (ID, NAME, CITY, EMPLOYEES, JOINED) "
                + "VALUES (?, 'Atelier Rouen', 'Rouen', 12, DATE '2026-01-15')", id));
        store.transaction(c -> update(c, "UPDATE TEST_PARTNER SET NAME = 'Atelier Rouen', CITY = 'Le Havre' WHERE ID = ?", id));
        store.transaction(c -> update(c, "UPDATE TEST_PARTNER SET CITY = CITY WHERE ID = ?", id)); // changes nothing
        store.transaction(c -> update(c, "DELETE FROM TEST_PARTNER WHERE ID = ?", id));

        List<CapturedChange> changes = outbox.after(start, 100).stream().filter(c -> c.rowId().equals(id)).toList();
        assertEquals(List.of(Operation.INSERT, Operation.UPDATE, Operation.DELETE),
                changes.stream().map(CapturedChange::operation).toList());
        assertEquals(Map.of("NAME", "Atelier Rouen", "CITY", "Rouen", "EMPLOYEES", 12L, "JOINED", "2026-01-15"),
                changes.get(0).fields());
        assertEquals(Map.of("CITY", "Le Havre"), changes.get(1).fields(), "only the field that changed");
        assertEquals(Map.of(), changes.get(2).fields());
        for (CapturedChange change : changes) {
            assertNotNull(change.stamp(), "stamped in its transaction");
            assertEquals("TEST_PARTNER", change.table());
        }
        assertTrue(changes.get(0).stamp().compareTo(changes.get(1).stamp()) < 0);
        assertTrue(changes.get(1).stamp().compareTo(changes.get(2).stamp()) < 0);
        assertEquals(changes.get(2).stamp().pack(), tombstone("TEST_PARTNER", id), "the tombstone carries the delete's stamp");
    }

    @Test
    void oneTransactionHasOneStampAndNestedCallsJoinIt() {
        UUID a = Ids.newId();
        UUID b = Ids.newId();
        long start = lastSequence();
        store.transaction(outer -> {
            update(outer, "INSERT INTO TEST_PARTNER (ID, NAME) VALUES (?, 'Sussex Labs')", a);
            store.transaction(inner -> {
                assertSame(outer, inner);
                return update(inner, "INSERT INTO TEST_PARTNER (ID, NAME) VALUES (?, 'Caux Conseil')", b);
            });
            return null;
        });
        List<CapturedChange> changes = outbox.after(start, 100);
        assertEquals(2, changes.size());
        assertEquals(changes.get(0).stamp(), changes.get(1).stamp());
        assertTrue(changes.get(0).sequence() < changes.get(1).sequence());
    }

    @Test
    void aRolledBackTransactionLeavesNoOutboxRows() {
        long before = outbox.size();
        UUID id = Ids.newId();
        IllegalStateException thrown = assertThrows(IllegalStateException.class, () -> store.transaction(c -> {
            update(c, "INSERT INTO TEST_PARTNER (ID, NAME) VALUES (?, 'Never Saved Ltd')", id);
            throw new IllegalStateException("the person pressed cancel");
        }));
        assertEquals("the person pressed cancel", thrown.getMessage());
        assertEquals(before, outbox.size());
        assertFalse(exists(id));
    }

    @Test
    void aReadCannotWrite() {
        UUID id = Ids.newId();
        long before = outbox.size();
        assertThrows(IllegalStateException.class,
                () -> store.read(c -> update(c, "INSERT INTO TEST_PARTNER (ID, NAME) VALUES (?, 'Sneaked In')", id)));
        assertFalse(exists(id));
        assertEquals(before, outbox.size());
    }

    @Test
    void aReadIsNotRefusedForWhatAnotherThreadWritesMeanwhile() throws Exception {
        java.util.concurrent.CountDownLatch reading = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.CountDownLatch written = new java.util.concurrent.CountDownLatch(1);
        Thread writer = new Thread(() -> {
            try {
                reading.await();
                store.transaction(c -> update(c, "INSERT INTO TEST_PARTNER (ID, NAME) VALUES (?, 'Meanwhile Ltd')", Ids.newId()));
                written.countDown();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        writer.start();
        // a view reading while a sync page or an import commits on another thread: the read is the view's, the write is not
        int seen = store.read(c -> {
            int before = count(c);
            reading.countDown();
            try {
                written.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return before;
        });
        writer.join();
        assertEquals(seen + 1, store.read(ChangeCaptureTest::count), "the other thread's write committed");
    }

    private static int count(java.sql.Connection c) throws java.sql.SQLException {
        try (java.sql.Statement s = c.createStatement(); java.sql.ResultSet rows = s.executeQuery("SELECT COUNT(*) FROM TEST_PARTNER")) {
            rows.next();
            return rows.getInt(1);
        }
    }

    @Test
    void remoteChangesAreAppliedWithoutBeingCapturedAgain() {
        HybridLogicalClock clock = StoreFixture.service(HybridLogicalClock.class);
        UUID kept = Ids.newId();
        UUID gone = Ids.newId();
        store.transaction(c -> update(c, "INSERT INTO TEST_PARTNER (ID, NAME) VALUES (?, 'To Be Deleted')", gone));
        long before = outbox.size();
        HlcTimestamp remote = new HlcTimestamp(System.currentTimeMillis() + Duration.ofMinutes(30).toMillis(), 3);

        StoreFixture.service(RemoteChanges.class).apply(List.of(
                new RemoteChange("TEST_PARTNER", kept, Operation.INSERT, remote, Map.of("NAME", "Hastings Makers", "EMPLOYEES", 4)),
                new RemoteChange("TEST_PARTNER", kept, Operation.UPDATE, remote, Map.of("CITY", "Hastings", "JOINED", "2025-06-30")),
                new RemoteChange("TEST_PARTNER", gone, Operation.DELETE, remote, Map.of())));

        assertEquals(before, outbox.size(), "nothing captured for remote changes");
        assertEquals("Hastings Makers|Hastings|4|2025-06-30", store.read(c -> {
            try (PreparedStatement q = c.prepareStatement("SELECT NAME, CITY, EMPLOYEES, JOINED FROM TEST_PARTNER WHERE ID = ?")) {
                q.setObject(1, kept);
                try (ResultSet r = q.executeQuery()) {
                    r.next();
                    return r.getString(1) + "|" + r.getString(2) + "|" + r.getInt(3) + "|" + r.getString(4);
                }
            }
        }));
        assertFalse(exists(gone));
        assertEquals(remote.pack(), tombstone("TEST_PARTNER", gone));
        assertTrue(clock.now().compareTo(remote) > 0, "the local clock moved past the remote stamp");
    }

    @Test
    void aBadRemoteBatchIsRefusedWhole() {
        UUID id = Ids.newId();
        HlcTimestamp stamp = new HlcTimestamp(System.currentTimeMillis(), 0);
        ValidationException e = assertThrows(ValidationException.class, () -> StoreFixture.service(RemoteChanges.class).apply(List.of(
                new RemoteChange("TEST_PARTNER", id, Operation.INSERT, stamp, Map.of("NAME", "Fine")),
                new RemoteChange("TEST_PARTNER", id, Operation.UPDATE, stamp, Map.of("NO_SUCH_COLUMN", "x")))));
        assertTrue(e.getMessage().contains("NO_SUCH_COLUMN"), e.getMessage());
        assertFalse(exists(id));
        assertThrows(ValidationException.class, () -> StoreFixture.service(RemoteChanges.class).apply(List.of(
                new RemoteChange("LIAISON_NODE", id, Operation.DELETE, stamp, Map.of()))));
    }

    @Test
    void acknowledgedChangesLeaveTheOutbox() {
        store.transaction(c -> update(c, "INSERT INTO TEST_PARTNER (ID, NAME) VALUES (?, 'Acked')", Ids.newId()));
        long last = lastSequence();
        outbox.acknowledge(last);
        assertTrue(outbox.after(0, 10).stream().allMatch(c -> c.sequence() > last));
    }

    @Test
    void committedTransactionsAnnounceTheTablesTheyWrote() throws InterruptedException {
        BlockingQueue<List<String>> seen = new LinkedBlockingQueue<>();
        ServiceRegistration<EventHandler> listener = StoreFixture.context()
                .registerService(EventHandler.class,
                        event -> seen.add(List.of((String[]) event.getProperty(Topics.PROPERTY_TABLES))),
                        new Hashtable<>(Map.of(EventConstants.EVENT_TOPIC,
                                Topics.STORE_COMMITTED)));
        try {
            store.transaction(c -> update(c, "INSERT INTO TEST_PARTNER (ID, NAME) VALUES (?, 'Announced')", Ids.newId()));
            assertEquals(List.of("TEST_PARTNER"), seen.poll(10, TimeUnit.SECONDS));
            store.transaction(c -> c.createStatement().executeQuery("SELECT COUNT(*) FROM TEST_PARTNER").next());
            StoreFixture.service(RemoteChanges.class).apply(List.of(new RemoteChange("TEST_PARTNER", Ids.newId(),
                    Operation.INSERT, new HlcTimestamp(System.currentTimeMillis(), 0), Map.of("NAME", "From elsewhere"))));
            assertEquals(List.of("TEST_PARTNER"), seen.poll(10, TimeUnit.SECONDS),
                    "a read-only transaction announces nothing; remote changes are announced");
        } finally {
            listener.unregister();
        }
    }

    private static int update(Connection c, String sql, UUID id) throws SQLException {
        try (PreparedStatement statement = c.prepareStatement(sql)) {
            statement.setObject(1, id);
            return statement.executeUpdate();
        }
    }

    private static long lastSequence() {
        List<CapturedChange> all = outbox.after(0, Integer.MAX_VALUE);
        return all.isEmpty() ? 0 : all.get(all.size() - 1).sequence();
    }

    private static boolean exists(UUID id) {
        return store.read(c -> {
            try (PreparedStatement q = c.prepareStatement("SELECT 1 FROM TEST_PARTNER WHERE ID = ?")) {
                q.setObject(1, id);
                try (ResultSet r = q.executeQuery()) {
                    return r.next();
                }
            }
        });
    }

    private static long tombstone(String table, UUID id) {
        return store.read(c -> {
            try (PreparedStatement q = c.prepareStatement("SELECT HLC FROM LIAISON_TOMBSTONE WHERE TABLE_NAME = ? AND ROW_ID = ?")) {
                q.setString(1, table);
                q.setObject(2, id);
                try (ResultSet r = q.executeQuery()) {
                    assertTrue(r.next(), "tombstone of " + id);
                    return r.getLong(1);
                }
            }
        });
    }
}
