package org.liaison.sync.internal;

import java.io.PrintStream;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import org.liaison.bench.BenchLine;
import org.liaison.bench.BenchSettings;
import org.liaison.bench.Benchmark;
import org.liaison.store.OpenStore;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Ten desktops online, each doing what the desktop's sync does (a pull held open on the server,
 * a sync when it answers; a push {@value #AFTER_EDIT_MILLIS} ms after a local edit): the time from
 * an edit's commit on one desktop until the new value is in each other desktop's database.
 * Baseline: one HTTPS round trip of an empty pull, the floor under any propagation.
 */
@Component(service = Benchmark.class)
public class SyncPropagationBenchmark implements Benchmark {

    static final int DESKTOPS = 10;
    static final int EDITS = 20;
    /** The desktop's default push delay after an edit ({@link SyncConfig#afterEditSeconds()}). */
    static final long AFTER_EDIT_MILLIS = 1_000;

    @Reference
    private BenchNodes nodes;

    @Override
    public String name() {
        return "sync-propagation";
    }

    @Override
    public String description() {
        return "with 10 desktops online, the time until an edit on one is in the others' databases, against an empty HTTPS pull";
    }

    @Override
    public void run(BenchSettings settings, PrintStream out) throws Exception {
        List<OpenStore> desktops = new ArrayList<>();
        for (int i = 0; i < DESKTOPS; i++) {
            desktops.add(nodes.desktop("bench-desktop-" + i));
        }
        BenchNodes.fill(desktops.get(0).store(), 20);
        for (OpenStore desktop : desktops) {
            nodes.engine(desktop).sync();
        }
        Map<String, Long> seen = new ConcurrentHashMap<>();
        List<Thread> listeners = new ArrayList<>();
        for (int i = 0; i < DESKTOPS; i++) {
            OpenStore desktop = desktops.get(i);
            int index = i;
            Thread listener = new Thread(() -> listen(nodes, desktop, index, seen), "bench-listener-" + i);
            listener.setDaemon(true);
            listener.start();
            listeners.add(listener);
        }
        Thread.sleep(500);
        long[] committed = new long[EDITS];
        for (int edit = 0; edit < EDITS; edit++) {
            OpenStore writer = desktops.get(edit % DESKTOPS);
            String value = "edit-" + edit + "-" + UUID.randomUUID().toString().substring(0, 6);
            writer.store().transaction(connection -> {
                try (PreparedStatement update = connection.prepareStatement(
                        "UPDATE BENCH_CONTACT SET CITY = ? WHERE ID = (SELECT MIN(ID) FROM BENCH_CONTACT)")) {
                    update.setString(1, value);
                    return update.executeUpdate();
                }
            });
            committed[edit] = System.nanoTime();
            Thread.sleep(AFTER_EDIT_MILLIS);
            nodes.engine(writer).sync();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            int edited = edit;
            while (System.nanoTime() < deadline && countSeen(seen, edited, desktops, edit % DESKTOPS) < DESKTOPS - 1) {
                Thread.sleep(5);
            }
        }
        listeners.forEach(Thread::interrupt);
        // arrivals at the other desktops (a writer "sees" its own edit when the server sends the row back)
        double[] millis = seen.entrySet().stream().filter(e -> {
            String[] key = e.getKey().split("-");
            return Integer.parseInt(key[2]) != Integer.parseInt(key[1]) % DESKTOPS;
        }).mapToDouble(e -> (e.getValue() - committed[Integer.parseInt(e.getKey().split("-")[1])]) / 1e6).sorted().toArray();
        int expected = EDITS * (DESKTOPS - 1);
        double[] baseline = emptyPulls(nodes, desktops.get(0));
        out.printf(Locale.ROOT, "  %d of %d arrivals seen; median %.0f ms, p95 %.0f ms, max %.0f ms (push %d ms after the edit); "
                + "empty pull p95 %.1f ms; goal p95 <= 2000 ms%n", millis.length, expected, BenchNodes.percentile(millis, 50),
                BenchNodes.percentile(millis, 95), millis[millis.length - 1], AFTER_EDIT_MILLIS, BenchNodes.percentile(baseline, 95));
        if (millis.length < expected) {
            throw new IllegalStateException("only " + millis.length + " of " + expected + " edits reached the other desktops");
        }
        out.println(BenchLine.format(name(), Math.round(BenchNodes.percentile(millis, 95)), "ms p95",
                BenchNodes.percentile(baseline, 95), "ms p95"));
        for (OpenStore desktop : desktops) {
            desktop.close();
        }
    }

    /** What the desktop's listener does: wait for the server's changes, then sync. */
    private static void listen(BenchNodes nodes, OpenStore desktop, int index, Map<String, Long> seen) {
        SyncEngine engine = nodes.engine(desktop);
        while (!Thread.currentThread().isInterrupted()) {
            try {
                if (engine.changesWaiting(25)) {
                    engine.sync();
                    String city = desktop.store().read(connection -> {
                        try (PreparedStatement query = connection.prepareStatement(
                                "SELECT CITY FROM BENCH_CONTACT WHERE ID = (SELECT MIN(ID) FROM BENCH_CONTACT)");
                                ResultSet rows = query.executeQuery()) {
                            return rows.next() ? rows.getString(1) : null;
                        }
                    });
                    long now = System.nanoTime();
                    if (city != null && city.startsWith("edit-")) {
                        seen.putIfAbsent("at-" + city.split("-")[1] + "-" + index, now);
                    }
                }
            } catch (RuntimeException e) {
                if (Thread.currentThread().isInterrupted()) {
                    return;
                }
                throw e;
            }
        }
    }

    private static int countSeen(Map<String, Long> seen, int edit, List<OpenStore> desktops, int writer) {
        int count = 0;
        for (int i = 0; i < desktops.size(); i++) {
            if (i != writer && seen.containsKey("at-" + edit + "-" + i)) {
                count++;
            }
        }
        return count;
    }

    private static double[] emptyPulls(BenchNodes nodes, OpenStore desktop) {
        ClientState state = ClientState.read(desktop.store()).orElseThrow();
        HttpsTransport transport = nodes.transport();
        double[] millis = new double[50];
        for (int i = 0; i < millis.length; i++) {
            long start = System.nanoTime();
            transport.pull(state.token(), Long.MAX_VALUE - 1, 1, 0);
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(millis);
        return millis;
    }
}
