package org.liaison.bench.internal;

import java.io.PrintStream;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Properties;

import org.liaison.bench.BenchLine;
import org.liaison.bench.BenchSettings;
import org.liaison.bench.Benchmark;
import org.liaison.bench.data.ContactRows;
import org.liaison.store.Store;
import org.liaison.store.changes.Outbox;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Inserts contact rows into a synced table through the store (every row captured into the outbox
 * in its transaction) and, in the same run, the same rows by raw JDBC batch insert into a plain
 * database of the same engine, without capture. Both commit every {@value #BATCH} rows.
 */
@Component(service = Benchmark.class)
public class StoreWriteBenchmark implements Benchmark {

    static final int BATCH = 1_000;
    static final int WARM_UP_ROWS = 20_000;
    static final int ROUNDS = 3;

    @Reference
    private Store store;

    @Reference
    private Outbox outbox;

    @Override
    public String name() {
        return "store-write";
    }

    @Override
    public String description() {
        return "rows inserted through the store with change capture, against raw JDBC batch inserts without capture, "
                + "both written out at each commit";
    }

    @Override
    public void run(BenchSettings settings, PrintStream out) throws SQLException {
        try (Connection raw = rawDatabase(settings.workDirectory().resolve("raw"))) {
            writeThroughStore(WARM_UP_ROWS, 1);
            writeRaw(raw, WARM_UP_ROWS, 1);

            // alternate the two, so that both see the same machine (JIT, page cache, other load)
            long[] storeNanos = new long[ROUNDS];
            long[] rawNanos = new long[ROUNDS];
            long captured = 0;
            for (int round = 0; round < ROUNDS; round++) {
                long outboxBefore = outbox.size();
                storeNanos[round] = writeThroughStore(settings.rows(), 10 + round);
                captured = outbox.size() - outboxBefore;
                if (captured != settings.rows()) {
                    throw new IllegalStateException("expected " + settings.rows() + " captured changes, found " + captured);
                }
                rawNanos[round] = writeRaw(raw, settings.rows(), 10 + round);
            }
            double storeMillis = median(storeNanos) / 1e6;
            double rawMillis = median(rawNanos) / 1e6;
            out.println(BenchLine.format(name(), Math.round(storeMillis), "ms", Math.round(rawMillis), "ms"));
            out.printf(Locale.ROOT, "  %d rows in batches of %d, median of %d rounds: store %.0f rows/s with %d outbox rows captured "
                    + "per round, raw JDBC %.0f rows/s; goal ratio <= 2.5%n", settings.rows(), BATCH, ROUNDS,
                    settings.rows() / (storeMillis / 1000), captured, settings.rows() / (rawMillis / 1000));
        }
    }

    private static long median(long[] values) {
        long[] sorted = values.clone();
        java.util.Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private long writeThroughStore(int rows, long seed) {
        ContactRows data = new ContactRows(seed);
        String sql = String.format(ContactRows.INSERT, "BENCH_CONTACT");
        long start = System.nanoTime();
        for (int done = 0; done < rows; done += BATCH) {
            int first = done;
            int count = Math.min(BATCH, rows - done);
            store.transaction(c -> insertBatch(c, sql, data, first, count));
        }
        return System.nanoTime() - start;
    }

    private static long writeRaw(Connection raw, int rows, long seed) throws SQLException {
        ContactRows data = new ContactRows(seed);
        String sql = String.format(ContactRows.INSERT, "BENCH_CONTACT");
        long start = System.nanoTime();
        for (int done = 0; done < rows; done += BATCH) {
            insertBatch(raw, sql, data, done, Math.min(BATCH, rows - done));
            raw.commit();
            try (Statement checkpoint = raw.createStatement()) { // the store's durability: each commit written out at once
                checkpoint.execute("CHECKPOINT");
            }
        }
        return System.nanoTime() - start;
    }

    private static int insertBatch(Connection connection, String sql, ContactRows data, int first, int count)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(sql)) {
            for (int i = 0; i < count; i++) {
                data.bindNext(insert, first + i);
                insert.addBatch();
            }
            return insert.executeBatch().length;
        }
    }

    /** A plain database of the same engine with the same table and no capture. */
    private static Connection rawDatabase(Path folder) throws SQLException {
        Properties credentials = new Properties();
        credentials.setProperty("user", "RAW");
        credentials.setProperty("password", "");
        Connection connection = new org.h2.Driver().connect("jdbc:h2:file:" + folder.resolve("raw"), credentials);
        try (Statement statement = connection.createStatement()) {
            statement.execute(String.format(ContactRows.CREATE, "BENCH_CONTACT"));
        }
        connection.setAutoCommit(false);
        return connection;
    }
}
