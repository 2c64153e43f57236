package org.liaison.sync.internal;

import java.io.PrintStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.h2.jdbcx.JdbcDataSource;
import org.liaison.bench.BenchLine;
import org.liaison.bench.BenchSettings;
import org.liaison.bench.Benchmark;
import org.liaison.bench.data.ContactRows;
import org.liaison.store.OpenStore;
import org.liaison.sync.protocol.PushRequest;
import org.liaison.sync.protocol.PushResponse;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Fifty desktops each push 1,000 changes at the same time: throughput and push latency, then every
 * desktop syncs and must hold all 50,000 rows, as the server must. Baseline: the same rows inserted
 * by raw JDBC batches into a plain database.
 */
@Component(service = Benchmark.class)
public class SyncLoadBenchmark implements Benchmark {

    static final int DESKTOPS = 50;
    static final int CHANGES = 1_000;

    @Reference
    private BenchNodes nodes;

    @Override
    public String name() {
        return "sync-load";
    }

    @Override
    public String description() {
        return "50 desktops pushing 1,000 changes each at once, all converging, against raw JDBC inserts of the same rows";
    }

    @Override
    public void run(BenchSettings settings, PrintStream out) throws Exception {
        long before = BenchNodes.count(nodes.server(), "");
        List<OpenStore> desktops = new ArrayList<>();
        for (int i = 0; i < DESKTOPS; i++) {
            OpenStore desktop = nodes.desktop("bench-load-" + i);
            BenchNodes.fill(desktop.store(), CHANGES);
            desktops.add(desktop);
        }
        List<Double> latencies = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(DESKTOPS);
        long start = System.nanoTime();
        List<Future<?>> pushes = new ArrayList<>();
        for (OpenStore desktop : desktops) {
            pushes.add(pool.submit(() -> BenchNodes.engine(desktop, new TimedPushes(nodes.transport(), latencies)).pushOnly()));
        }
        for (Future<?> push : pushes) {
            push.get();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        int total = DESKTOPS * CHANGES;
        long onServer = BenchNodes.count(nodes.server(), "") - before;
        if (onServer != total) {
            throw new IllegalStateException("the server holds " + onServer + " of the " + total + " rows pushed");
        }
        long convergeStart = System.nanoTime();
        List<Future<Long>> counts = new ArrayList<>();
        for (OpenStore desktop : desktops) {
            counts.add(pool.submit(() -> {
                nodes.engine(desktop).sync();
                return BenchNodes.count(desktop.store(), "");
            }));
        }
        for (Future<Long> count : counts) {
            if (count.get() < total) {
                throw new IllegalStateException("a desktop holds " + count.get() + " rows of " + total);
            }
        }
        double convergeSeconds = (System.nanoTime() - convergeStart) / 1e9;
        pool.shutdown();
        double[] sorted = latencies.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        double raw = rawInserts(total);
        out.printf(Locale.ROOT, "  %d desktops x %d changes: all on the server in %.2f s (%.0f changes/s), push p95 %.0f ms "
                + "(%d pushes); every desktop then held all %d rows after %.1f s; raw JDBC inserts %.2f s%n", DESKTOPS, CHANGES,
                seconds, total / seconds, BenchNodes.percentile(sorted, 95), sorted.length, total, convergeSeconds, raw);
        out.println(BenchLine.format(name(), Math.round(total / seconds), "changes/s", Math.round(total / raw), "rows/s"));
        for (OpenStore desktop : desktops) {
            desktop.close();
        }
    }

    private static double rawInserts(int rows) throws Exception {
        JdbcDataSource plain = new JdbcDataSource();
        plain.setURL("jdbc:h2:mem:raw-load-" + UUID.randomUUID());
        try (Connection connection = plain.getConnection(); Statement ddl = connection.createStatement()) {
            ddl.execute(String.format(ContactRows.CREATE, "BENCH_CONTACT"));
            connection.setAutoCommit(false);
            ContactRows data = new ContactRows(1);
            long start = System.nanoTime();
            try (PreparedStatement insert = connection.prepareStatement(String.format(ContactRows.INSERT, "BENCH_CONTACT"))) {
                for (int i = 0; i < rows; i++) {
                    data.bindNext(insert, i);
                    insert.addBatch();
                    if (i % 1_000 == 999) {
                        insert.executeBatch();
                        connection.commit();
                    }
                }
                insert.executeBatch();
                connection.commit();
            }
            return (System.nanoTime() - start) / 1e9;
        }
    }

    /** The HTTPS transport, timing each push. */
    private static final class TimedPushes extends ForwardingTransport {

        private final List<Double> latencies;

        TimedPushes(SyncTransport real, List<Double> latencies) {
            super(real);
            this.latencies = latencies;
        }

        @Override
        public PushResponse push(String token, PushRequest request) {
            long start = System.nanoTime();
            PushResponse answer = real.push(token, request);
            latencies.add((System.nanoTime() - start) / 1e6);
            return answer;
        }
    }
}
