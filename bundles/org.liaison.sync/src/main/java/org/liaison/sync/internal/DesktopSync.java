package org.liaison.sync.internal;

import java.lang.System.Logger.Level;
import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

import org.liaison.core.events.Topics;
import org.liaison.store.NetworkKeys;
import org.liaison.store.Store;
import org.liaison.store.changes.Outbox;
import org.liaison.store.changes.RemoteChanges;
import org.liaison.sync.SyncException;
import org.liaison.sync.SyncException.Kind;
import org.liaison.sync.SyncReport;
import org.liaison.sync.SyncService;
import org.liaison.sync.SyncStatus;
import org.liaison.sync.protocol.ConflictList.Conflict;
import org.liaison.sync.protocol.CertificateFingerprint;
import org.liaison.sync.protocol.LoginRequest;
import org.liaison.sync.protocol.LoginResponse;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;

/**
 * Sync of the process's own database: on an interval, soon after each local edit, and on demand;
 * one sync at a time. Posts {@link Topics#SYNC_STATUS} when an attempt starts and ends, and after each page
 * received, so that the status line follows.
 */
// immediate: it syncs in the background from the start, whether or not a window has asked for it yet
@Component(immediate = true, configurationPid = "org.liaison.sync", service = { SyncService.class, EventHandler.class },
        property = EventConstants.EVENT_TOPIC + "=" + Topics.STORE_COMMITTED)
public class DesktopSync implements SyncService, EventHandler {

    private static final System.Logger LOG = System.getLogger(DesktopSync.class.getName());
    private static final int LISTEN_SECONDS = 25;
    /** A long load (a first sync, a reload) is logged as it goes, every so many rows received. */
    private static final long LOG_EVERY_ROWS = 5_000;

    private final Store store;
    private final Outbox outbox;
    private final RemoteChanges remote;
    private final EventAdmin events;
    private final SyncConfig config;
    private final ScheduledExecutorService scheduler;
    private final ReentrantLock running = new ReentrantLock();
    /** Rows the sync under way has received so far. */
    private volatile long received;
    private final Thread listener;
    private volatile boolean stopped;
    private ScheduledFuture<?> soon;
    private final NetworkKeys keys;

    @Activate
    public DesktopSync(SyncConfig config, @Reference Store store, @Reference Outbox outbox, @Reference RemoteChanges remote,
            @Reference NetworkKeys keys, @Reference EventAdmin events) {
        this.config = config;
        this.keys = keys;
        this.store = store;
        this.outbox = outbox;
        this.remote = remote;
        this.events = events;
        scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "liaison-sync");
            thread.setDaemon(true);
            return thread;
        });
        int interval = Math.max(5, config.intervalSeconds());
        scheduler.scheduleWithFixedDelay(this::syncInBackground, interval, interval, TimeUnit.SECONDS);
        scheduler.scheduleWithFixedDelay(this::verifyInBackground, 10, 6 * 60, TimeUnit.MINUTES);
        listener = new Thread(this::listen, "liaison-sync-listen");
        listener.setDaemon(true);
        listener.start();
    }

    @Deactivate
    void stop() {
        stopped = true;
        listener.interrupt();
        scheduler.shutdownNow();
    }

    /** Every so often: compares the tables with the server's and loads again those that differ. */
    private void verifyInBackground() {
        Optional<ClientState> state = ClientState.read(store);
        if (state.isEmpty() || state.get().token() == null) {
            return;
        }
        running.lock();
        try {
            List<String> repaired = new SyncEngine(store, outbox, remote, transport(state.get())).verify();
            if (!repaired.isEmpty()) {
                LOG.log(Level.WARNING, "Tables loaded again because they differed from the server''s: {0}", repaired);
            }
        } catch (RuntimeException e) {
            LOG.log(e instanceof SyncException ? Level.INFO : Level.ERROR, "Comparing the tables with the server failed", e);
        } finally {
            running.unlock();
            post();
        }
    }

    /** Holds a pull open on the server, and syncs as soon as it says others changed something. */
    private void listen() {
        while (!stopped) {
            try {
                Optional<ClientState> state = ClientState.read(store);
                if (state.isEmpty() || state.get().token() == null) {
                    Thread.sleep(5_000);
                } else if (new SyncEngine(store, outbox, remote, transport(state.get())).changesWaiting(LISTEN_SECONDS)) {
                    syncInBackground();
                }
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                if (stopped) {
                    return;
                }
                LOG.log(e instanceof SyncException ? Level.INFO : Level.ERROR, "Waiting for the server's changes failed; again in 30 s", e);
                try {
                    Thread.sleep(30_000);
                } catch (InterruptedException stop) {
                    return;
                }
            }
        }
    }

    @Override
    public void handleEvent(Event event) {
        // the first waiting change, not a count: every commit comes here, and counting reads the whole outbox
        if (outbox.after(0, 1).isEmpty()) {
            return; // changes pulled from the server: nothing to push
        }
        synchronized (this) {
            if (soon == null || soon.isDone()) {
                soon = scheduler.schedule(this::syncInBackground, Math.max(0, config.afterEditSeconds()), TimeUnit.SECONDS);
            }
        }
    }

    private void syncInBackground() {
        Optional<ClientState> state = ClientState.read(store);
        if (state.isEmpty() || state.get().token() == null) {
            return;
        }
        try {
            syncNow();
        } catch (SyncException e) {
            LOG.log(e.kind() == Kind.UNREACHABLE ? Level.INFO : Level.WARNING, "Sync did not complete: {0}", e.getMessage());
        } catch (RuntimeException e) {
            LOG.log(Level.ERROR, "Sync failed", e);
        }
    }

    @Override
    public String fingerprintOf(URI server) {
        return HttpsTransport.fingerprintOf(server);
    }

    @Override
    public void connect(URI server, String confirmedFingerprint, String account, char[] password, String deviceName) {
        String fingerprint = CertificateFingerprint.normalize(confirmedFingerprint);
        HttpsTransport transport = new HttpsTransport(server, fingerprint);
        LoginResponse session = transport.login(new LoginRequest(account, new String(password), deviceName, null));
        Arrays.fill(password, '\0');
        ClientState.connect(store, server, fingerprint, account, deviceName);
        ClientState.signedIn(store, session.deviceId(), session.token(), session.expiresAt());
        post();
    }

    @Override
    public void signIn(char[] password) {
        ClientState state = connected();
        LoginResponse session = transport(state)
                .login(new LoginRequest(state.account(), new String(password), state.deviceName(), state.deviceId()));
        Arrays.fill(password, '\0');
        ClientState.signedIn(store, session.deviceId(), session.token(), session.expiresAt());
        post();
    }

    @Override
    public void disconnect() {
        ClientState.forget(store);
        post();
    }

    @Override
    public SyncReport syncNow() {
        running.lock();
        try {
            post();
            ClientState state = connected();
            return new SyncEngine(store, outbox, remote, transport(state), keys).sync(rows -> {
                if (rows / LOG_EVERY_ROWS > received / LOG_EVERY_ROWS) {
                    LOG.log(Level.INFO, "Receiving the server''s changes: {0} so far", rows);
                }
                received = rows;
                post();
            });
        } finally {
            received = 0;
            running.unlock();
            post();
        }
    }

    @Override
    public SyncStatus status() {
        Optional<ClientState> state = ClientState.read(store);
        long pending = outbox.size();
        return state.map(s -> new SyncStatus(Optional.of(s.server()), s.account(), running.isLocked(), s.lastSync(), pending,
                s.problem(), s.token() == null, received, s.newDeviceAt()))
                .orElseGet(() -> new SyncStatus(Optional.empty(), "", false, Optional.empty(), pending, Optional.empty(), false));
    }

    @Override
    public List<Conflict> conflicts(long after) {
        ClientState state = connected();
        if (state.token() == null) {
            throw new SyncException(Kind.UNAUTHORIZED, "sign in to " + state.server() + " again");
        }
        return transport(state).conflicts(state.token(), after, 500).conflicts();
    }

    @Override
    public void restore(Conflict conflict) {
        // a new edit here, pushed like any other; a search index or summary over the table follows it
        if (!remote.applyAsLocalEdit(conflict.table(), conflict.row(),
                java.util.Collections.singletonMap(conflict.column(), conflict.lostValue()))) {
            throw new SyncException(Kind.REFUSED, "the row of this conflict no longer exists here");
        }
    }

    private ClientState connected() {
        return ClientState.read(store).orElseThrow(() -> new SyncException(Kind.REFUSED, "this desktop works alone: connect to a server first"));
    }

    private static SyncTransport transport(ClientState state) {
        return new HttpsTransport(state.server(), state.fingerprint());
    }

    private void post() {
        events.postEvent(new Event(Topics.SYNC_STATUS, Map.of("running", running.isLocked())));
    }
}
