package org.liaison.sync.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Hashtable;
import java.util.concurrent.atomic.AtomicInteger;

import org.liaison.core.clock.HybridLogicalClocks;
import org.liaison.server.Accounts;
import org.liaison.server.Role;
import org.liaison.server.SyncEndpoint;
import org.liaison.store.OpenStore;
import org.liaison.store.Store;
import org.liaison.store.StoreFactory;
import org.liaison.store.StoreStatus;
import org.liaison.sync.protocol.LoginRequest;
import org.liaison.sync.protocol.LoginResponse;
import org.liaison.test.support.StoreFixture;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.component.runtime.dto.ComponentConfigurationDTO;
import org.osgi.service.component.runtime.dto.ComponentDescriptionDTO;

/**
 * A real server in the test framework (its database is the framework's store, its endpoint HTTPS
 * on a free loopback port) and desktops as further databases of the same process.
 */
final class SyncServerFixture {

    static final String PASSWORD = "correct horse battery staple";
    private static final AtomicInteger DESKTOPS = new AtomicInteger();
    private static SyncEndpoint endpoint;

    private SyncServerFixture() {
    }

    /**
     * Gives the test class {@code owner} a server of its own: the framework's store opens a new
     * in-memory database named after it, and the endpoint starts again on it, so that no class
     * sees what another left on the server.
     */
    static void serverFor(Class<?> owner) {
        serverNamed(owner.getSimpleName());
    }

    /** Starts the server again on a new, empty database named {@code name}. */
    static synchronized void serverNamed(String name) {
        SyncEndpoint previous = endpoint;
        endpoint = null;
        StoreStatus status = StoreFixture.memory("sync-server-" + name);
        if (status.state() != StoreStatus.State.OPEN) {
            throw new AssertionError("the server's store did not open", status.failure().orElse(null));
        }
        try {
            Configuration configuration = StoreFixture.service(ConfigurationAdmin.class).getConfiguration("org.liaison.server.sync", "?");
            if (configuration.getProperties() == null) {
                Hashtable<String, Object> properties = new Hashtable<>();
                properties.put("port", 0);
                properties.put("maxBodyKb", 1024);
                configuration.update(properties);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        endpoint = startedAfter(previous);
        long partners = StoreFixture.service(Store.class).read(connection -> {
            try (var query = connection.prepareStatement("SELECT COUNT(*) FROM SYNC_ROW WHERE TABLE_NAME = 'TEST_PARTNER'");
                    var rows = query.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        });
        if (partners > 0) {
            throw new AssertionError("the server " + name + " starts with " + partners + " partners of other tests");
        }
    }

    /** The endpoint once it started again on the new database: {@code previous} stops with the last one. */
    private static SyncEndpoint startedAfter(SyncEndpoint previous) {
        long deadline = System.nanoTime() + StoreFixture.TIMEOUT.toNanos();
        try {
            SyncEndpoint started = StoreFixture.service(SyncEndpoint.class);
            while (started == previous && System.nanoTime() < deadline) {
                Thread.sleep(20);
                started = StoreFixture.service(SyncEndpoint.class);
            }
            if (started == previous) {
                throw new AssertionError("the endpoint did not start again on the new server database");
            }
            return started;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        } catch (AssertionError e) {
            throw new AssertionError(e.getMessage() + "; " + componentFailures(), e);
        }
    }

    /** The endpoint of the running test class's server. */
    static synchronized SyncEndpoint endpoint() {
        if (endpoint == null) {
            throw new IllegalStateException("no server for this test class: annotate it with @ExtendWith(OwnServer.class)");
        }
        return endpoint;
    }

    /** What the component runtime says about the server's components that did not activate. */
    private static String componentFailures() {
        ServiceComponentRuntime runtime = StoreFixture.service(ServiceComponentRuntime.class);
        StringBuilder out = new StringBuilder();
        for (ComponentDescriptionDTO description : runtime.getComponentDescriptionDTOs()) {
            if (!description.bundle.symbolicName.equals("org.liaison.server")) {
                continue;
            }
            for (ComponentConfigurationDTO configuration : runtime.getComponentConfigurationDTOs(description)) {
                out.append(description.name).append(": state ").append(configuration.state).append(' ')
                        .append(configuration.failure == null ? "" : configuration.failure).append('\n');
            }
            out.append(description.name).append(" enabled=").append(runtime.isComponentEnabled(description)).append('\n');
        }
        return out.toString();
    }

    /** An account with that role, created on first use. */
    static String account(String name, Role role) {
        endpoint();
        Accounts accounts = StoreFixture.service(Accounts.class);
        if (accounts.list().stream().noneMatch(a -> a.name().equals(name))) {
            accounts.create(name, role, PASSWORD.toCharArray());
        }
        return name;
    }

    static HttpsTransport transport() {
        SyncEndpoint server = endpoint();
        return new HttpsTransport(server.address(), server.certificateFingerprint());
    }

    /** A desktop database with its wall clock off by {@code skew}, connected and signed in as {@code account}. */
    static Desktop desktop(String account, Duration skew, SyncTransport transport) {
        String name = "desktop-" + DESKTOPS.incrementAndGet();
        OpenStore store = StoreFixture.service(StoreFactory.class).openInMemory(name,
                HybridLogicalClocks.over(Clock.offset(Clock.systemUTC(), skew)));
        return signIn(new Desktop(name, store, transport), account);
    }

    static Desktop signIn(Desktop desktop, String account) {
        SyncEndpoint server = endpoint();
        ClientState.connect(desktop.store().store(), server.address(), server.certificateFingerprint(), account, desktop.name());
        LoginResponse session = desktop.transport().login(new LoginRequest(account, PASSWORD, desktop.name(), null));
        ClientState.signedIn(desktop.store().store(), session.deviceId(), session.token(), session.expiresAt());
        return desktop;
    }

    /** A desktop of {@code account} that has recorded {@code rows} partners in {@code city} and pushed them to the server. */
    static Desktop writerOfPartners(String account, int rows, String city) {
        Desktop writer = desktop(account, Duration.ZERO, transport());
        writer.store().store().transaction(connection -> {
            try (java.sql.PreparedStatement insert = connection.prepareStatement("INSERT INTO TEST_PARTNER (ID, NAME, CITY) VALUES (?, ?, ?)")) {
                for (int i = 0; i < rows; i++) {
                    insert.setObject(1, org.liaison.core.id.Ids.newId());
                    insert.setString(2, "Partner " + i);
                    insert.setString(3, city);
                    insert.addBatch();
                }
                return insert.executeBatch().length;
            }
        });
        writer.engine().sync();
        return writer;
    }

    /** A desktop: its database and the way it reaches the server. */
    record Desktop(String name, OpenStore store, SyncTransport transport) {

        SyncEngine engine() {
            return new SyncEngine(store.store(), store.outbox(), store.remoteChanges(), transport, store.networkKeys());
        }

        String deviceId() {
            return ClientState.read(store.store()).orElseThrow().deviceId();
        }
    }
}
