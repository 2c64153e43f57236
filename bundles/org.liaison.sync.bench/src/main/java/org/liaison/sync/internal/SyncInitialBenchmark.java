package org.liaison.sync.internal;

import java.io.PrintStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;

import org.h2.jdbcx.JdbcDataSource;
import org.liaison.bench.BenchLine;
import org.liaison.bench.BenchSettings;
import org.liaison.bench.Benchmark;
import org.liaison.bench.data.ContactRows;
import org.liaison.store.OpenStore;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * A new desktop's initial load of N contact rows from the server over HTTPS on loopback (pages
 * pulled, each applied with its cursor in one local transaction), against a raw JDBC copy of the
 * same rows from the server's database into a plain database of the same engine.
 */
@Component(service = Benchmark.class)
public class SyncInitialBenchmark implements Benchmark {

    @Reference
    private BenchNodes nodes;

    @Override
    public String name() {
        return "sync-initial";
    }

    @Override
    public String description() {
        return "a new desktop loading N contact rows from the server over HTTPS, against a raw JDBC copy of the same rows";
    }

    @Override
    public void run(BenchSettings settings, PrintStream out) throws Exception {
        int rows = settings.rows();
        try (OpenStore writer = nodes.desktop("bench-writer")) {
            BenchNodes.fill(writer.store(), rows);
            long start = System.nanoTime();
            nodes.engine(writer).sync();
            double seconds = (System.nanoTime() - start) / 1e9;
            out.printf(Locale.ROOT, "  pushed %d rows in %.2f s (%.0f rows/s)%n", rows, seconds, rows / seconds);
        }
        double loadSeconds;
        long loaded;
        try (OpenStore reader = nodes.desktop("bench-reader")) {
            long start = System.nanoTime();
            nodes.engine(reader).sync();
            loadSeconds = (System.nanoTime() - start) / 1e9;
            loaded = BenchNodes.count(reader.store(), "");
        }
        if (loaded < rows) {
            throw new IllegalStateException("the new desktop received " + loaded + " rows of " + rows);
        }
        double rawSeconds = rawCopy();
        out.printf(Locale.ROOT, "  %d rows: initial load %.2f s over %s, raw JDBC copy %.2f s; goal >= 10000 rows/s%n", loaded,
                loadSeconds, nodes.endpoint().address(), rawSeconds);
        out.println(BenchLine.format(name(), Math.round(loaded / loadSeconds), "rows/s", Math.round(loaded / rawSeconds), "rows/s"));
    }

    /** The server's rows read by plain JDBC and batch-inserted into a plain database: what a copy costs at least. */
    private double rawCopy() throws Exception {
        JdbcDataSource plain = new JdbcDataSource();
        plain.setURL("jdbc:h2:mem:raw-copy-" + UUID.randomUUID());
        try (Connection target = plain.getConnection()) {
            try (Statement ddl = target.createStatement()) {
                ddl.execute(String.format(ContactRows.CREATE, "BENCH_CONTACT"));
            }
            target.setAutoCommit(false);
            long start = System.nanoTime();
            nodes.server().read(connection -> {
                try (Statement query = connection.createStatement();
                        ResultSet rows = query.executeQuery("SELECT " + ContactRows.COLUMNS + " FROM BENCH_CONTACT");
                        PreparedStatement insert = target.prepareStatement(String.format(ContactRows.INSERT, "BENCH_CONTACT"))) {
                    ResultSetMetaData meta = rows.getMetaData();
                    int n = 0;
                    while (rows.next()) {
                        for (int c = 1; c <= meta.getColumnCount(); c++) {
                            insert.setObject(c, rows.getObject(c));
                        }
                        insert.addBatch();
                        if (++n % 1_000 == 0) {
                            insert.executeBatch();
                            target.commit();
                        }
                    }
                    insert.executeBatch();
                    target.commit();
                    return n;
                }
            });
            return (System.nanoTime() - start) / 1e9;
        }
    }
}
