package org.liaison.server.internal;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;
import java.util.concurrent.CountDownLatch;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.liaison.core.settings.UserSettings;
import org.liaison.server.Accounts;
import org.liaison.server.Role;
import org.liaison.server.SyncEndpoint;
import org.liaison.store.StoreStatus;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

/**
 * The headless server: opens the central database and runs until stopped (Ctrl+C, the console's
 * {@code shutdown}, or {@code stop} from a service manager). Exit code 0 after a normal stop, 2
 * when the database cannot be opened, 3 when the store never started.
 */
public class ServerApplication implements IApplication {

    static final int EXIT_STORE_FAILED = 2;
    static final String SYNC_PID = "org.liaison.server.sync";
    static final String FIRST_ADMINISTRATOR = "admin";
    static final int EXIT_STORE_MISSING = 3;

    private static final System.Logger LOG = System.getLogger(ServerApplication.class.getName());
    private static final Duration START_TIMEOUT = Duration.ofSeconds(60);

    private final CountDownLatch stopped = new CountDownLatch(1);

    @Override
    public Object start(IApplicationContext context) throws Exception {
        BundleContext bundles = FrameworkUtil.getBundle(ServerApplication.class).getBundleContext();
        String console = bundles.getProperty("osgi.console");
        if (console != null && console.strip().matches(".*\\d$")) {
            // Equinox's telnet console asks nobody for a password: any local user could administer the server
            String why = "there is no telnet console (-console " + console.strip() + "): it would let any user of this computer "
                    + "administer the server. Use the console in the terminal, or the account options (--list-accounts...)";
            LOG.log(Level.ERROR, "Liaison server cannot start: {0}", why);
            System.err.println("Liaison server cannot start: " + why);
            return EXIT_STORE_FAILED;
        }
        UserSettings settings = await(bundles, UserSettings.class);
        if (settings != null) {
            installLog(settings.home());
        }
        StoreStatus status = await(bundles, StoreStatus.class);
        if (status == null || settings == null) {
            LOG.log(Level.ERROR, "The store did not start within {0} seconds", START_TIMEOUT.toSeconds());
            return EXIT_STORE_MISSING;
        }
        if (status.state() == StoreStatus.State.FAILED) {
            String why = status.failure().map(Throwable::getMessage).orElse("unknown reason");
            LOG.log(Level.ERROR, "Liaison server cannot start: {0}", why);
            System.err.println("Liaison server cannot start: " + why);
            return EXIT_STORE_FAILED;
        }
        List<String> arguments = List.of((String[]) context.getArguments().getOrDefault(IApplicationContext.APPLICATION_ARGS,
                new String[0]));
        if (AccountArguments.wanted(arguments)) {
            return AccountArguments.run(arguments, await(bundles, AccountCommands.class), System.out, System.err);
        }
        startSyncEndpoint(bundles);
        SyncEndpoint endpoint = await(bundles, SyncEndpoint.class);
        if (endpoint == null) {
            LOG.log(Level.ERROR, "The sync endpoint did not start; see the log");
            System.err.println("Liaison server: the HTTPS sync endpoint did not start; see the log.");
        } else {
            firstAdministrator(bundles);
            System.out.println("Sync endpoint: " + endpoint.address() + "\nCertificate SHA-256 fingerprint (staff confirm it"
                    + " when they connect): " + endpoint.certificateFingerprint());
        }
        context.applicationRunning();
        LOG.log(Level.INFO, "Liaison server running; database at {0}, {1} schema changes applied", status.location(),
                status.migrations().size());
        System.out.println("Liaison server running. Database: " + status.location() + ". Stop with Ctrl+C.");
        stopped.await();
        return IApplication.EXIT_OK;
    }

    /**
     * The endpoint runs when its configuration exists: the first start writes it with the defaults
     * (loopback, port 8443, or {@code -Dliaison.sync.host} / {@code -Dliaison.sync.port}).
     */
    private static void startSyncEndpoint(BundleContext bundles) throws IOException, InterruptedException {
        ConfigurationAdmin admin = await(bundles, ConfigurationAdmin.class);
        if (admin == null) {
            throw new IOException("Configuration Admin is not running");
        }
        Configuration configuration = admin.getConfiguration(SYNC_PID, "?");
        if (configuration.getProperties() == null) {
            Dictionary<String, Object> properties = new Hashtable<>();
            properties.put("host", System.getProperty("liaison.sync.host", "127.0.0.1"));
            properties.put("port", Integer.getInteger("liaison.sync.port", 8443));
            configuration.update(properties);
        }
    }

    /** On a server without accounts, an administrator account whose password is printed once (never logged). */
    private static void firstAdministrator(BundleContext bundles) throws InterruptedException {
        Accounts accounts = await(bundles, Accounts.class);
        if (accounts == null || !accounts.list().isEmpty()) {
            return;
        }
        char[] password = AccountCommands.generated();
        String shown = new String(password);
        accounts.create(FIRST_ADMINISTRATOR, Role.ADMIN, password);
        LOG.log(Level.INFO, "Created the administrator account {0}; its password was printed on the console", FIRST_ADMINISTRATOR);
        System.out.println("First start: administrator account '" + FIRST_ADMINISTRATOR + "' created with the password " + shown
                + " (shown only now; add staff accounts with liaison:addAccount)");
    }

    private static void installLog(Path home) {
        try {
            Path folder = LogFiles.install(home);
            LOG.log(Level.INFO, "Logging to {0}", folder);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Cannot write log files under " + home + "; logging to the console only", e);
        }
    }

    private static <T> T await(BundleContext bundles, Class<T> type) throws InterruptedException {
        ServiceTracker<T, T> tracker = new ServiceTracker<>(bundles, type, null);
        tracker.open();
        return tracker.waitForService(START_TIMEOUT.toMillis());
    }

    @Override
    public void stop() {
        stopped.countDown();
    }
}
