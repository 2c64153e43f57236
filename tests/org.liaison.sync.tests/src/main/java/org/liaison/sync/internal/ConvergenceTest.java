package org.liaison.sync.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.liaison.core.clock.HlcTimestamp;
import org.liaison.server.Role;
import org.liaison.store.Store;
import org.liaison.sync.SyncException;
import org.liaison.sync.internal.SyncServerFixture.Desktop;
import org.liaison.sync.protocol.PushRequest;
import org.liaison.sync.protocol.PushResponse;
import org.liaison.sync.protocol.PushedChange;
import org.liaison.test.support.StoreFixture;

/**
 * The convergence property: desktops with skewed clocks edit a small overlapping set of rows and
 * sync in random order through a faulty network (and get killed while applying pages); at the end
 * every desktop and the server hold exactly what field-level last-writer-wins over every change the
 * server acknowledged gives, each ordered by the stamp its desktop sent unless that stamp was ahead
 * of the server's clock, which then replaced it. Each seed runs on an empty server of its own, as
 * it does when run alone: a failing seed is printed; run it again with {@code -Dliaison.sync.seed=N}.
 */
class ConvergenceTest {

    private static final String[] CITIES = { "Lewes", "Hastings", "Rouen", "Le Havre", "Évreux", "Dieppe", null };

    /** One change the server applied, with the stamp the clamp rule gives it (see {@link #orderedBy}). */
    record Applied(String device, long seq, UUID row, String op, Map<String, Object> fields, long stamp) {
    }

    /** Run every time, besides the random ones; 629012 once left a desktop with changes it could not send. */
    private static final List<Long> FIXED_SEEDS = List.of(1L, 2L, 629_012L);
    private static final java.time.Duration SEED_TIME_LIMIT = java.time.Duration.ofMinutes(2);

    @Test
    @org.junit.jupiter.api.Timeout(value = 24, unit = java.util.concurrent.TimeUnit.HOURS) // each seed has its own limit; the soak runs a thousand
    void everyReplicaEndsEqualToTheServerAndTheOracle() {
        String single = System.getProperty("liaison.sync.seed", "").strip();
        int seeds = Integer.getInteger("liaison.sync.seeds", 12);
        java.util.Set<Long> chosen = new java.util.LinkedHashSet<>(); // each seed once: its rows' ids come from it
        if (!single.isEmpty()) {
            chosen.add(Long.parseLong(single));
        } else {
            chosen.addAll(FIXED_SEEDS); // the same every run, so that a failure among them is there in the next run too
            long first = System.nanoTime() % 1_000_000;
            for (int i = 0; i < seeds; i++) {
                chosen.add(first + i);
            }
        }
        Injected injected = new Injected();
        long started = System.nanoTime();
        int done = 0;
        for (long seed : chosen) {
            try {
                // a seed that hangs (a retry loop, a held pull) fails with its number instead of stopping the run
                assertTimeoutPreemptively(SEED_TIME_LIMIT, () -> run(seed, injected), "seed " + seed + " ran over "
                        + SEED_TIME_LIMIT);
            } catch (AssertionError | RuntimeException e) {
                throw new AssertionError("convergence failed for seed " + seed + " (replay: -Dliaison.sync.seed=" + seed + "): "
                        + e.getMessage(), e);
            }
            if (++done % 50 == 0) { // a soak's progress
                System.out.printf("Convergence held for %d of %d seeds so far (%d s)%n", done, chosen.size(),
                        java.util.concurrent.TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started));
            }
        }
        if (single.isEmpty()) { // one seed replayed need not draw every kind
            for (int kind = 1; kind < injected.faults.length; kind++) {
                assertTrue(injected.faults[kind] > 0, "no fault of kind " + kind + " was injected over the run");
            }
            assertTrue(injected.kills > 0, "no transaction was killed over the run");
            assertTrue(injected.withRows * 2 > chosen.size(), "the desktops wrote something that stayed in only " + injected.withRows
                    + " of " + chosen.size() + " seeds");
        }
        System.out.println("Convergence held for " + chosen.size() + " seeds: " + chosen + "; faults injected by kind (request lost, "
                + "answer lost, delivered twice, old push again): " + java.util.Arrays.toString(java.util.Arrays.copyOfRange(injected.faults, 1, 5))
                + ", transactions killed: " + injected.kills);
    }

    /** What the run injected, over every seed. */
    static final class Injected {
        final int[] faults = new int[5];
        int kills;
        int withRows;
    }

    static void run(long seed, Injected injected) {
        SyncServerFixture.serverNamed("ConvergenceTest-" + seed); // the pages pulled, and the draws made for them, as when run alone
        String account = SyncServerFixture.account("convergence", Role.STAFF);
        Random random = new Random(seed);
        List<Applied> applied = new ArrayList<>();
        Map<String, Long> stampsGiven = new java.util.HashMap<>();
        List<UUID> rows = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            rows.add(new UUID(random.nextLong(), random.nextLong())); // from the seed, so that a replay writes the same rows
        }
        int count = 2 + random.nextInt(9);
        List<Desktop> desktops = new ArrayList<>();
        List<FaultyTransport> transports = new ArrayList<>();
        List<CrashingStore> stores = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Duration skew = Duration.ofSeconds(random.nextInt(7201) - 3600);
            FaultyTransport transport = new FaultyTransport(SyncServerFixture.transport(), random, 0.3,
                    (request, answer, sentAt, answeredAt) -> record(applied, stampsGiven, request, answer, sentAt, answeredAt));
            Desktop desktop = SyncServerFixture.desktop(account, skew, transport);
            desktops.add(desktop);
            transports.add(transport);
            stores.add(new CrashingStore(desktop.store().store()));
        }
        int steps = 40 + random.nextInt(40);
        for (int step = 0; step < steps; step++) {
            int d = random.nextInt(count);
            if (random.nextDouble() < 0.6) {
                edit(desktops.get(d).store().store(), rows.get(random.nextInt(rows.size())), random);
            } else {
                stores.get(d).killNextTransaction = random.nextDouble() < 0.15;
                sync(desktops.get(d), stores.get(d));
                stores.get(d).killNextTransaction = false;
            }
        }
        // whether faults came is counted over the run: a seed of few syncs draws none now and then (646970)
        for (FaultyTransport transport : transports) {
            transport.faulty = false;
            for (int kind = 1; kind < transport.faults.length; kind++) {
                injected.faults[kind] += transport.faults[kind];
            }
        }
        stores.forEach(s -> injected.kills += s.kills);
        // no fault now: any error is the sync's own, and fails the seed
        for (int round = 0; round < 3; round++) {
            for (int d = 0; d < count; d++) {
                new SyncEngine(stores.get(d), desktops.get(d).store().outbox(), desktops.get(d).store().remoteChanges(),
                        desktops.get(d).transport()).sync();
            }
        }
        Map<UUID, Map<String, String>> expected = oracle(applied, rows);
        if (expected.values().stream().anyMatch(row -> !row.isEmpty())) {
            injected.withRows++; // else every row ended deleted, as one seed in some hundreds draws
        }
        assertEquals(expected, table(StoreFixture.service(Store.class), rows), "server against the oracle");
        for (Desktop desktop : desktops) {
            assertEquals(0, desktop.store().outbox().size(), desktop.name() + " still has changes to push");
            assertEquals(expected, table(desktop.store().store(), rows), desktop.name() + " against the oracle");
        }
        desktops.forEach(d -> d.store().close());
    }

    private static void sync(Desktop desktop, CrashingStore store) {
        try {
            new SyncEngine(store, desktop.store().outbox(), desktop.store().remoteChanges(), desktop.transport()).sync();
        } catch (SyncException | CrashingStore.Killed e) {
            // injected: the next sync carries on from what was committed
        }
    }

    private static void edit(Store store, UUID row, Random random) {
        store.transaction(connection -> {
            boolean exists;
            try (PreparedStatement query = connection.prepareStatement("SELECT COUNT(*) FROM TEST_PARTNER WHERE ID = ?")) {
                query.setObject(1, row);
                ResultSet rows = query.executeQuery();
                rows.next();
                exists = rows.getInt(1) > 0;
            }
            if (!exists) {
                try (PreparedStatement insert = connection.prepareStatement(
                        "INSERT INTO TEST_PARTNER (ID, NAME, CITY, EMPLOYEES, JOINED) VALUES (?, ?, ?, ?, ?)")) {
                    insert.setObject(1, row);
                    insert.setString(2, "Partner " + random.nextInt(1000));
                    insert.setString(3, CITIES[random.nextInt(CITIES.length)]);
                    insert.setInt(4, random.nextInt(500));
                    insert.setObject(5, LocalDate.of(2020, 1, 1).plusDays(random.nextInt(2000)));
                    return insert.executeUpdate();
                }
            }
            if (random.nextDouble() < 0.1) {
                try (PreparedStatement delete = connection.prepareStatement("DELETE FROM TEST_PARTNER WHERE ID = ?")) {
                    delete.setObject(1, row);
                    return delete.executeUpdate();
                }
            }
            String column = new String[] { "NAME", "CITY", "EMPLOYEES", "JOINED" }[random.nextInt(4)];
            Object value = switch (column) {
                case "NAME" -> "Partner " + random.nextInt(1000);
                case "CITY" -> CITIES[random.nextInt(CITIES.length)];
                case "EMPLOYEES" -> random.nextInt(500);
                default -> LocalDate.of(2020, 1, 1).plusDays(random.nextInt(2000));
            };
            try (PreparedStatement update = connection.prepareStatement("UPDATE TEST_PARTNER SET " + column + " = ? WHERE ID = ?")) {
                update.setObject(1, value);
                update.setObject(2, row);
                return update.executeUpdate();
            }
        });
    }

    /** Takes in what the server acknowledged of a push sent at {@code sentAt} and answered at {@code answeredAt} (wall clock). */
    private static synchronized void record(List<Applied> applied, Map<String, Long> stampsGiven, PushRequest request,
            PushResponse answer, long sentAt, long answeredAt) {
        for (PushedChange change : request.changes()) {
            Long reported = answer.stamps().get(change.seq());
            if (reported == null) {
                continue;
            }
            Long given = stampsGiven.get(request.deviceId() + "/" + change.seq());
            long stamp = given != null ? given : orderedBy(change.stamp(), reported, sentAt, answeredAt);
            assertEquals(stamp, reported, () -> "change " + change.seq() + " of " + request.deviceId() + " delivered again keeps "
                    + "its first stamp");
            stampsGiven.put(request.deviceId() + "/" + change.seq(), stamp);
            applied.add(new Applied(request.deviceId(), change.seq(), change.row(), change.op(), change.fields(), stamp));
        }
    }

    /**
     * The clamp rule: a change keeps the stamp its desktop sent unless that stamp is ahead of the
     * server's clock, which then replaces it. The server's clock, on this machine's wall clock,
     * read while it took the push, lies between {@code sentAt} and {@code answeredAt}; within
     * that interval the rule allows either, and the server says which.
     */
    static long orderedBy(long sent, long reported, long sentAt, long answeredAt) {
        long desktop = HlcTimestamp.unpack(sent).millis();
        long server = HlcTimestamp.unpack(reported).millis();
        boolean serversClock = server >= sentAt && server <= answeredAt;
        if (desktop < sentAt) {
            assertEquals(sent, reported, "a stamp behind the server's clock is kept");
            return sent;
        }
        if (desktop > answeredAt) {
            assertTrue(serversClock, () -> "a stamp " + (desktop - answeredAt) + " ms ahead of the server's clock is replaced by it, "
                    + "not kept: " + HlcTimestamp.unpack(reported));
            return reported;
        }
        assertTrue(reported == sent || serversClock, "a stamp sent as the server read its clock is kept or replaced by it");
        return reported;
    }

    /** Field-level last-writer-wins by (stamp, device, operation number); a deleted row stays deleted. */
    static Map<UUID, Map<String, String>> oracle(List<Applied> applied, List<UUID> rows) {
        Map<UUID, Map<String, String>> expected = new TreeMap<>();
        Comparator<Applied> order = Comparator.comparingLong(Applied::stamp).thenComparing(Applied::device)
                .thenComparingLong(Applied::seq);
        for (UUID row : rows) {
            List<Applied> changes = applied.stream().filter(a -> a.row().equals(row)).sorted(order).toList();
            if (changes.isEmpty() || changes.stream().anyMatch(a -> "D".equals(a.op()))) {
                continue;
            }
            Map<String, String> values = new TreeMap<>();
            for (Applied change : changes) {
                change.fields().forEach((column, value) -> {
                    if (value == null) {
                        values.remove(column);
                    } else {
                        values.put(column, String.valueOf(value));
                    }
                });
            }
            expected.put(row, values);
        }
        return expected;
    }

    static Map<UUID, Map<String, String>> table(Store store, List<UUID> rows) {
        return store.read(connection -> {
            Map<UUID, Map<String, String>> actual = new TreeMap<>();
            try (PreparedStatement query = connection.prepareStatement("SELECT * FROM TEST_PARTNER WHERE ID = ANY(?)")) {
                query.setObject(1, rows.toArray(new UUID[0]));
                try (ResultSet result = query.executeQuery()) {
                    ResultSetMetaData meta = result.getMetaData();
                    while (result.next()) {
                        Map<String, String> values = new TreeMap<>();
                        for (int c = 1; c <= meta.getColumnCount(); c++) {
                            Object value = result.getObject(c);
                            if (!"ID".equals(meta.getColumnName(c)) && value != null) {
                                values.put(meta.getColumnName(c), String.valueOf(value));
                            }
                        }
                        actual.put(result.getObject("ID", UUID.class), values);
                    }
                }
            }
            return actual;
        });
    }

}
