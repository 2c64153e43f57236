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
import org.liaison.store.OpenStore;
import org.liaison.store.Store;
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
                ddl.execute("CREATE TABLE BENCH_CONTACT (ID UUID PRIMARY KEY, FIRST_NAME VARCHAR(100), LAST_NAME VARCHAR(100), "
                        + "EMAIL VARCHAR(254), PHONE VARCHAR(20), CITY VARCHAR(100), POSTCODE VARCHAR(12), REGION VARCHAR(6), "
                        + "CREATED_AT TIMESTAMP WITH TIME ZONE)");
            }
            target.setAutoCommit(false);
            long start = System.nanoTime();
            nodes.server().read(connection -> {
                try (Statement query = connection.createStatement();
                        ResultSet rows = query.executeQuery("SELECT ID, FIRST_NAME, LAST_NAME, EMAIL, PHONE, CITY, POSTCODE, REGION, "
                                + "CREATED_AT FROM BENCH_CONTACT");
                        PreparedStatement insert = target.prepareStatement("INSERT INTO BENCH_CONTACT VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
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
