package org.liaison.sync.internal;

import java.io.PrintStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Hashtable;
import java.util.Locale;
import java.util.UUID;

import org.h2.jdbcx.JdbcDataSource;
import org.liaison.bench.BenchLine;
import org.liaison.bench.BenchSettings;
import org.liaison.bench.Benchmark;
import org.liaison.core.clock.HybridLogicalClocks;
import org.liaison.server.Accounts;
import org.liaison.server.Role;
import org.liaison.server.SyncEndpoint;
import org.liaison.store.OpenStore;
import org.liaison.store.Store;
import org.liaison.store.StoreFactory;
import org.liaison.sync.protocol.LoginRequest;
import org.liaison.sync.protocol.LoginResponse;
import org.osgi.framework.BundleContext;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.util.tracker.ServiceTracker;

/**
 * A new desktop's initial load of N contact rows from the server over HTTPS on loopback (pages
 * pulled, each applied with its cursor in one local transaction), against a raw JDBC copy of the
 * same rows from the server's database into a plain database of the same engine.
 */
@Component(service = Benchmark.class)
public class SyncInitialBenchmark implements Benchmark {

    private static final String PASSWORD = "bench sync initial load";

    private final BundleContext context;
    private final Store server;
    private final StoreFactory stores;
    private final ConfigurationAdmin configurations;

    @Activate
    public SyncInitialBenchmark(BundleContext context, @Reference Store server, @Reference StoreFactory stores,
            @Reference ConfigurationAdmin configurations) {
        this.context = context;
        this.server = server;
        this.stores = stores;
        this.configurations = configurations;
    }

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
        SyncEndpoint endpoint = startEndpoint();
        String account = "bench-" + UUID.randomUUID().toString().substring(0, 8);
        service(Accounts.class).create(account, Role.STAFF, PASSWORD.toCharArray());
        int rows = settings.rows();

        try (OpenStore writer = desktop(endpoint, account, "bench-writer")) {
            fill(writer.store(), rows);
            long start = System.nanoTime();
            engine(writer, endpoint).sync();
            double seconds = (System.nanoTime() - start) / 1e9;
            out.printf(Locale.ROOT, "  pushed %d rows in %.2f s (%.0f rows/s)%n", rows, seconds, rows / seconds);
        }

        double loadSeconds;
        long loaded;
        try (OpenStore reader = desktop(endpoint, account, "bench-reader")) {
            long start = System.nanoTime();
            engine(reader, endpoint).sync();
            loadSeconds = (System.nanoTime() - start) / 1e9;
            loaded = count(reader.store());
        }
        if (loaded < rows) {
            throw new IllegalStateException("the new desktop received " + loaded + " rows of " + rows);
        }
        double rawSeconds = rawCopy();
        out.printf(Locale.ROOT, "  %d rows: initial load %.2f s over %s, raw JDBC copy %.2f s; goal >= 10000 rows/s%n", loaded,
                loadSeconds, endpoint.address(), rawSeconds);
        out.println(BenchLine.format(name(), Math.round(loaded / loadSeconds), "rows/s", Math.round(loaded / rawSeconds), "rows/s"));
    }

    private SyncEndpoint startEndpoint() throws Exception {
        ServiceTracker<SyncEndpoint, SyncEndpoint> tracker = new ServiceTracker<>(context, SyncEndpoint.class, null);
        tracker.open();
        if (tracker.getService() == null) {
            Configuration configuration = configurations.getConfiguration("org.liaison.server.sync", "?");
            Hashtable<String, Object> properties = new Hashtable<>();
            properties.put("port", 0);
            configuration.update(properties);
        }
        SyncEndpoint endpoint = tracker.waitForService(60_000);
        if (endpoint == null) {
            throw new IllegalStateException("the sync endpoint did not start; see the log");
        }
        return endpoint;
    }

    private <T> T service(Class<T> type) throws InterruptedException {
        ServiceTracker<T, T> tracker = new ServiceTracker<>(context, type, null);
        tracker.open();
        T service = tracker.waitForService(60_000);
        if (service == null) {
            throw new IllegalStateException("no " + type.getSimpleName() + " service");
        }
        return service;
    }

    private OpenStore desktop(SyncEndpoint endpoint, String account, String name) {
        OpenStore store = stores.openInMemory(name + "-" + UUID.randomUUID().toString().substring(0, 8),
                HybridLogicalClocks.over(Clock.systemUTC()));
        ClientState.connect(store.store(), endpoint.address(), endpoint.certificateFingerprint(), account, name);
        LoginResponse session = transport(endpoint).login(new LoginRequest(account, PASSWORD, name, null));
        ClientState.signedIn(store.store(), session.deviceId(), session.token(), session.expiresAt());
        return store;
    }

    private static SyncEngine engine(OpenStore store, SyncEndpoint endpoint) {
        return new SyncEngine(store.store(), store.outbox(), store.remoteChanges(), transport(endpoint));
    }

    private static HttpsTransport transport(SyncEndpoint endpoint) {
        return new HttpsTransport(endpoint.address(), endpoint.certificateFingerprint());
    }

    private static void fill(Store store, int rows) {
        String[] first = { "Anne", "Benoît", "Chloé", "David", "Élodie", "Frank", "Gaëlle", "Harry" };
        String[] last = { "Martin", "Smith", "Dubois", "Jones", "Lefèvre", "Taylor", "Moreau", "Brown" };
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        for (int from = 0; from < rows; from += 10_000) {
            int start = from;
            store.transaction(connection -> {
                try (PreparedStatement insert = connection.prepareStatement("INSERT INTO BENCH_CONTACT (ID, FIRST_NAME, LAST_NAME, "
                        + "EMAIL, PHONE, CITY, POSTCODE, REGION, CREATED_AT) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                    for (int i = start; i < Math.min(rows, start + 10_000); i++) {
                        insert.setObject(1, UUID.randomUUID());
                        insert.setString(2, first[i % first.length]);
                        insert.setString(3, last[(i / 8) % last.length]);
                        insert.setString(4, "contact" + i + "@example.org");
                        insert.setString(5, "+4412730" + String.format("%05d", i % 100_000));
                        insert.setString(6, i % 2 == 0 ? "Lewes" : "Rouen");
                        insert.setString(7, i % 2 == 0 ? "BN7 1AA" : "76000");
                        insert.setString(8, i % 2 == 0 ? "GB-ESX" : "FR-76");
                        insert.setObject(9, now);
                        insert.addBatch();
                    }
                    return insert.executeBatch().length;
                }
            });
        }
    }

    private static long count(Store store) {
        return store.read(connection -> {
            try (Statement statement = connection.createStatement();
                    ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM BENCH_CONTACT")) {
                rows.next();
                return rows.getLong(1);
            }
        });
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
            server.read(connection -> {
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
