package org.liaison.campaigns.internal;

import java.lang.System.Logger.Level;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.liaison.campaigns.Campaign;
import org.liaison.campaigns.CampaignStatus;
import org.liaison.campaigns.delivery.MailSettings;
import org.liaison.campaigns.delivery.MailTransport;
import org.liaison.core.network.NetworkPlace;
import org.liaison.store.Store;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * Sends the campaigns this runtime is the sending node of, one thread per campaign (see
 * {@link CampaignRun}); starts scheduled campaigns when they are due, and resumes after a restart
 * those that were sending. The server sends the campaigns started on desktops connected to it;
 * a desktop working alone sends its own.
 */
@Component(service = CampaignSender.class, immediate = true)
public class CampaignSender {

    private static final System.Logger LOG = System.getLogger(CampaignSender.class.getName());
    /** The sending node of campaigns the network's server sends: there is one server. */
    static final String SERVER_NODE = "server";

    private final Store store;
    private final MailComposer composer;
    private final MailSettings settings;
    private final Duration retryBase = Duration.ofSeconds(Long.getLong("liaison.campaigns.retrySeconds", 60));
    private final long tickSeconds = Long.getLong("liaison.campaigns.tickSeconds", 5);
    private final Map<UUID, Future<?>> running = new ConcurrentHashMap<>();
    private final ExecutorService workers = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task, "campaign-sender");
        thread.setDaemon(true);
        return thread;
    });
    private final ScheduledExecutorService clock = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "campaign-clock");
        thread.setDaemon(true);
        return thread;
    });
    private volatile boolean stopping;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile MailTransport transport;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile NetworkPlace place;

    @Activate
    public CampaignSender(@Reference Store store, @Reference MailComposer composer, @Reference MailSettings settings) {
        this.store = store;
        this.composer = composer;
        this.settings = settings;
        clock.scheduleWithFixedDelay(this::tick, 0, tickSeconds, TimeUnit.SECONDS);
    }

    @Deactivate
    void stop() throws InterruptedException {
        stopping = true;
        clock.shutdownNow();
        workers.shutdown();
        if (!workers.awaitTermination(30, TimeUnit.SECONDS)) {
            LOG.log(Level.WARNING, "Campaign sending did not stop within 30 s; interrupting it");
            workers.shutdownNow();
        }
    }

    /** The sending node this runtime is: the server's one name on the server, else this database's own. */
    String node() {
        return place() == NetworkPlace.Kind.SERVER ? SERVER_NODE : composer.node();
    }

    /** Who sends a campaign started or resumed here: the server when this desktop is connected to one, else this runtime. */
    String nodeForStart() {
        return place() == NetworkPlace.Kind.CONNECTED_DESKTOP ? SERVER_NODE : node();
    }

    /**
     * Whether a campaign started here with {@link #nodeForStart()} can reach its sender: not from a
     * connected desktop whose changes the server refuses (an account that may only read).
     */
    boolean startReachesSender() {
        NetworkPlace current = place;
        return current == null || current.kind() != NetworkPlace.Kind.CONNECTED_DESKTOP || current.changesReachServer();
    }

    private NetworkPlace.Kind place() {
        NetworkPlace current = place;
        return current == null ? NetworkPlace.Kind.ALONE : current.kind();
    }

    Optional<MailTransport> transport() {
        return Optional.ofNullable(transport);
    }

    /** Starts sending the campaign now if this node sends it and it is not already being sent. */
    void wake(UUID campaignId) {
        if (!stopping) {
            running.computeIfAbsent(campaignId, id -> workers.submit(() -> run(id)));
        }
    }

    private void tick() {
        try {
            Instant now = Instant.now();
            List<Campaign> due = store.read(connection -> CampaignTable.due(connection, node(), now));
            for (Campaign campaign : due) {
                if (campaign.status() == CampaignStatus.SCHEDULED) {
                    store.transaction(connection -> {
                        CampaignTable.status(connection, campaign.id(), CampaignStatus.SENDING, null, null, now);
                        return null;
                    });
                }
                wake(campaign.id());
            }
            // paused here or elsewhere: once no mail of it is in flight here, another node may take it over
            for (UUID paused : store.read(connection -> CampaignTable.pausedHeldBy(connection, node()))) {
                if (!running.containsKey(paused)) {
                    store.transaction(connection -> CampaignTable.release(connection, paused, node(), now));
                }
            }
        } catch (RuntimeException e) {
            LOG.log(Level.ERROR, "Could not look for campaigns due to be sent", e);
        }
    }

    private void run(UUID campaignId) {
        try {
            new CampaignRun(campaignId, node(), store, composer, settings, retryBase).run(() -> transport, () -> stopping);
        } catch (RuntimeException | LinkageError e) {
            LOG.log(Level.ERROR, "Sending campaign " + campaignId + " stopped on an unexpected error; it resumes "
                    + "at the next check", e);
        } finally {
            running.remove(campaignId);
        }
    }
}
