package org.liaison.sync.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.util.Hashtable;
import java.util.UUID;

import org.liaison.bench.data.ContactRows;
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
 * For the sync benchmarks: the server's database and endpoint in this process (the endpoint
 * started on a free port when not configured), an account, and desktops as further databases.
 */
@Component(service = BenchNodes.class)
public final class BenchNodes {

    static final String PASSWORD = "bench sync nodes password";

    private final BundleContext context;
    private final Store server;
    private final StoreFactory stores;
    private final ConfigurationAdmin configurations;
    private final Accounts accounts;
    private SyncEndpoint endpoint;
    private String account;

    @Activate
    public BenchNodes(BundleContext context, @Reference Store server, @Reference StoreFactory stores,
            @Reference ConfigurationAdmin configurations, @Reference Accounts accounts) {
        this.context = context;
        this.server = server;
        this.stores = stores;
        this.configurations = configurations;
        this.accounts = accounts;
    }

    /** The server's own database. */
    Store server() {
        return server;
    }

    /** The endpoint, started and given a benchmark account on first use. */
    synchronized SyncEndpoint endpoint() {
        if (endpoint == null) {
            endpoint = started();
        }
        return endpoint;
    }

    private SyncEndpoint started() {
        ServiceTracker<SyncEndpoint, SyncEndpoint> tracker = new ServiceTracker<>(context, SyncEndpoint.class, null);
        tracker.open();
        try {
            if (tracker.getService() == null) {
                Configuration configuration = configurations.getConfiguration("org.liaison.server.sync", "?");
                Hashtable<String, Object> properties = new Hashtable<>();
                properties.put("port", 0);
                configuration.update(properties);
            }
            SyncEndpoint started = tracker.waitForService(60_000);
            if (started == null) {
                throw new IllegalStateException("the sync endpoint did not start; see the log");
            }
            account = "bench-" + UUID.randomUUID().toString().substring(0, 8);
            accounts.create(account, Role.STAFF, PASSWORD.toCharArray());
            return started;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("the sync endpoint could not be configured", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the sync endpoint started", e);
        } finally {
            tracker.close();
        }
    }

    /** A new desktop database, connected and signed in. */
    OpenStore desktop(String name) {
        SyncEndpoint endpoint = endpoint();
        OpenStore store = stores.openInMemory(name + "-" + UUID.randomUUID().toString().substring(0, 8),
                HybridLogicalClocks.over(Clock.systemUTC()));
        ClientState.connect(store.store(), endpoint.address(), endpoint.certificateFingerprint(), account, name);
        LoginResponse session = transport().login(new LoginRequest(account, PASSWORD, name, null));
        ClientState.signedIn(store.store(), session.deviceId(), session.token(), session.expiresAt());
        return store;
    }

    SyncEngine engine(OpenStore store) {
        return engine(store, transport());
    }

    static SyncEngine engine(OpenStore store, SyncTransport transport) {
        return new SyncEngine(store.store(), store.outbox(), store.remoteChanges(), transport);
    }

    HttpsTransport transport() {
        return new HttpsTransport(endpoint().address(), endpoint().certificateFingerprint());
    }

    /** Inserts {@code rows} rows of the benchmarks' contacts, the same for every desktop but for their ids, in transactions of 10,000. */
    static void fill(Store store, int rows) {
        ContactRows data = new ContactRows(1);
        for (int from = 0; from < rows; from += 10_000) {
            int start = from;
            store.transaction(connection -> {
                try (PreparedStatement insert = connection.prepareStatement(String.format(ContactRows.INSERT, "BENCH_CONTACT"))) {
                    for (int i = start; i < Math.min(rows, start + 10_000); i++) {
                        data.bindNext(insert, i);
                        insert.addBatch();
                    }
                    return insert.executeBatch().length;
                }
            });
        }
    }

    static long count(Store store, String where) {
        return store.read(connection -> {
            try (Statement statement = connection.createStatement();
                    ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM BENCH_CONTACT" + where)) {
                rows.next();
                return rows.getLong(1);
            }
        });
    }

    /** The p-th percentile (0–100) of sorted values. */
    static double percentile(double[] sorted, double p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100 * sorted.length) - 1)];
    }
}
