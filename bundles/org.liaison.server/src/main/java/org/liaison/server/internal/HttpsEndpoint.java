package org.liaison.server.internal;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.net.URI;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.NetworkConnectionLimit;
import org.eclipse.jetty.server.SecureRequestCustomizer;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.SslConnectionFactory;
import org.eclipse.jetty.util.ssl.SslContextFactory;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.liaison.core.clock.HybridLogicalClock;
import org.liaison.core.settings.UserSettings;
import org.liaison.server.SyncEndpoint;
import org.liaison.store.NetworkKeys;
import org.liaison.store.Store;
import org.liaison.store.changes.Outbox;
import org.liaison.store.changes.RemoteChanges;
import org.liaison.sync.protocol.CertificateFingerprint;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The HTTPS sync endpoint (Jetty), running while its configuration exists. */
@Component(configurationPid = "org.liaison.server.sync", configurationPolicy = ConfigurationPolicy.REQUIRE,
        service = SyncEndpoint.class)
public class HttpsEndpoint implements SyncEndpoint {

    private static final System.Logger LOG = System.getLogger(HttpsEndpoint.class.getName());

    private final Server jetty;
    private final URI address;
    private final String fingerprint;
    private final ScheduledExecutorService housekeeping;
    /** Hands the server's own writes to the ledger every second. */
    private final ScheduledExecutorService ownChanges;
    private final SyncLedger ledger;
    private final Duration retention;

    @Activate
    public HttpsEndpoint(SyncServerConfig config, @Reference Store store, @Reference RemoteChanges remote,
            @Reference HybridLogicalClock clock, @Reference StoreAccounts accounts, @Reference UserSettings settings,
            @Reference NetworkKeys networkKeys, @Reference Outbox outbox)
            throws Exception {
        TlsKeys.Loaded keys = keys(config, settings);
        fingerprint = CertificateFingerprint.of(keys.certificate());
        ObjectMapper json = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        Sessions sessions = new Sessions(store, Duration.ofHours(Math.max(1, config.tokenHours())), Clock.systemUTC());
        ledger = new SyncLedger(store, remote, clock, json);
        if (ledger.countTablesOnce()) {
            LOG.log(System.Logger.Level.INFO, "Counted each synced table's rows and digest for checksums");
        }
        int adopted = ledger.adoptUnpushedRows();
        if (adopted > 0) {
            LOG.log(System.Logger.Level.INFO, "Took {0} rows written by migrations into what desktops sync", adopted);
        }

        // desktops wait for changes in a pull: one thread each while they wait
        QueuedThreadPool threads = new QueuedThreadPool(256, 4);
        threads.setName("liaison-sync");
        jetty = new Server(threads);
        SslContextFactory.Server tls = new SslContextFactory.Server();
        tls.setKeyStore(keys.keyStore());
        tls.setKeyStorePassword(keys.password());
        tls.setIncludeProtocols("TLSv1.3", "TLSv1.2");
        HttpConfiguration http = new HttpConfiguration();
        http.setSendServerVersion(false);
        // desktops pin the certificate itself; the host name they dial need not be in it
        http.addCustomizer(new SecureRequestCustomizer(false));
        ServerConnector connector = new ServerConnector(jetty, new SslConnectionFactory(tls, "http/1.1"),
                new HttpConnectionFactory(http));
        connector.setHost(config.host());
        connector.setPort(config.port());
        connector.setIdleTimeout(Math.max(SyncLedger.MAX_WAIT_SECONDS + 5, config.idleSeconds()) * 1000L);
        jetty.addConnector(connector);
        jetty.addBean(new NetworkConnectionLimit(Math.max(16, config.maxConnections()), connector));
        Duration bodyTime = Duration.ofSeconds(Math.max(1, config.bodySeconds()));
        RequestBody.Limits bodyLimits = new RequestBody.Limits(Math.max(16, config.maxBodyKb()) * 1024, bodyTime, 64 * 1024);
        // the page of campaign mails' unsubscribe links, then the sync calls
        jetty.setHandler(new Handler.Sequence(new UnsubscribePage(store, ledger, clock, bodyTime),
                new SyncHttpHandler(json, accounts, sessions, ledger, bodyLimits, new LoginThrottle(Clock.systemUTC()),
                        new HeldPulls(Math.max(1, config.heldPullsPerAccount()), Math.max(1, config.heldPulls())),
                        new NetworkKeyExchange(networkKeys))));
        jetty.start();
        String host = config.host().contains(":") ? "[" + config.host() + "]" : config.host();
        address = URI.create("https://" + host + ":" + connector.getLocalPort());
        LOG.log(Level.INFO, "Sync endpoint listening at {0}; certificate SHA-256 {1}", address, fingerprint);

        housekeeping = Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, "liaison-sync-housekeeping"));
        retention = Duration.ofDays(Math.max(1, config.tombstoneDays()));
        housekeeping.scheduleWithFixedDelay(() -> {
            try {
                int tombstones = ledger.purgeTombstones(retention);
                int tokens = sessions.purgeExpired();
                LOG.log(Level.INFO, "Sync housekeeping: {0} old tombstones and {1} expired tokens removed", tombstones, tokens);
            } catch (RuntimeException e) {
                LOG.log(Level.ERROR, "Sync housekeeping failed", e);
            }
        }, 1, 24 * 60, TimeUnit.MINUTES);

        ServerOwnChanges own = new ServerOwnChanges(store, outbox, ledger);
        ownChanges = Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, "liaison-server-changes"));
        String[] lastFailure = { null };
        ownChanges.scheduleWithFixedDelay(() -> {
            try {
                own.push();
                lastFailure[0] = null;
            } catch (RuntimeException e) {
                if (!String.valueOf(e.getMessage()).equals(lastFailure[0])) { // once, not every second
                    LOG.log(Level.ERROR, "The server's own changes could not be handed to the desktops; trying again every second", e);
                }
                lastFailure[0] = String.valueOf(e.getMessage());
            }
        }, 0, 1, TimeUnit.SECONDS);
    }

    private static TlsKeys.Loaded keys(SyncServerConfig config, UserSettings settings) throws IOException, GeneralSecurityException {
        if (!config.keystore().isBlank()) {
            return TlsKeys.load(java.nio.file.Path.of(config.keystore()), config.keystorePassword());
        }
        return TlsKeys.selfSigned(settings.home().resolve("tls"), config.certificateNames());
    }

    @Deactivate
    void stop() throws Exception {
        housekeeping.shutdownNow();
        ownChanges.shutdown();
        ownChanges.awaitTermination(30, TimeUnit.SECONDS);
        jetty.stop();
        LOG.log(Level.INFO, "Sync endpoint at {0} stopped", address);
    }

    @Override
    public URI address() {
        return address;
    }

    @Override
    public int forgetOldDeletions() {
        int forgotten = ledger.purgeTombstones(retention);
        LOG.log(Level.INFO, "Forgot {0} deletions older than {1} days", forgotten, retention.toDays());
        return forgotten;
    }

    @Override
    public String certificateFingerprint() {
        return fingerprint;
    }
}
