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
import org.liaison.campaigns.Delivery;
import org.liaison.campaigns.DeliveryStatus;
import org.liaison.campaigns.MailTemplate;
import org.liaison.campaigns.delivery.MailFailure;
import org.liaison.campaigns.delivery.MailServer;
import org.liaison.campaigns.delivery.MailSettings;
import org.liaison.campaigns.delivery.MailTransport;
import org.liaison.campaigns.delivery.OutgoingMail;
import org.liaison.store.Store;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/**
 * Sends the campaigns this database is the sending node of, one thread per campaign. Each mail's
 * record is committed as {@code SENDING} before the mail goes and as its outcome after, so that a
 * process killed at any moment resumes with the next recipient, sending again at most the one mail
 * that was in flight (and logging it). Temporary refusals are retried with doubling waits; permanent
 * ones are not; a refused login, or a server that stays unreachable, pauses the campaign with the reason.
 */
@Component(service = CampaignSender.class, immediate = true)
public class CampaignSender {

    private static final System.Logger LOG = System.getLogger(CampaignSender.class.getName());
    static final int MAX_ATTEMPTS = 5;
    private static final int CONNECTION_FAILURES_BEFORE_PAUSE = 3;
    private static final long LONGEST_SLEEP_MILLIS = 500;

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

    String node() {
        return composer.node();
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

    /** Whether a thread is sending the campaign now. */
    boolean sending(UUID campaignId) {
        return running.containsKey(campaignId);
    }

    private void tick() {
        try {
            Instant now = Instant.now();
            List<Campaign> due = store.read(connection -> CampaignTable.list(connection, "SELECT ID, NAME, PURPOSE, "
                    + "CONSENT_PURPOSE, DEFAULT_LANGUAGE, SENDER_ADDRESS, SENDER_NAME, REPLY_TO, MEETING_ID, NICHE_ID, "
                    + "SCHEDULED_AT, PER_MINUTE, PER_HOUR, STATUS, STATUS_REASON FROM CAMPAIGN WHERE SENDING_NODE = ? "
                    + "AND (STATUS = 'SENDING' OR STATUS = 'SCHEDULED' AND SCHEDULED_AT <= ?)", node(), now));
            for (Campaign campaign : due) {
                if (campaign.status() == CampaignStatus.SCHEDULED) {
                    store.transaction(connection -> {
                        CampaignTable.status(connection, campaign.id(), CampaignStatus.SENDING, null, null, now);
                        return null;
                    });
                }
                wake(campaign.id());
            }
        } catch (RuntimeException e) {
            LOG.log(Level.ERROR, "Could not look for campaigns due to be sent", e);
        }
    }

    private void run(UUID campaignId) {
        try {
            send(campaignId);
        } catch (RuntimeException | LinkageError e) {
            LOG.log(Level.ERROR, "Sending campaign " + campaignId + " stopped on an unexpected error; it resumes "
                    + "at the next check", e);
        } finally {
            running.remove(campaignId);
        }
    }

    private void send(UUID campaignId) {
        Throttle throttle = new Throttle(store.read(connection -> DeliveryTable.sendingTimes(connection, campaignId,
                Instant.now().minus(Duration.ofHours(1)))));
        int connectionFailures = 0;
        while (!stopping) {
            Instant now = Instant.now();
            Optional<Campaign> found = store.read(connection -> CampaignTable.find(connection, campaignId));
            if (found.isEmpty() || found.get().status() != CampaignStatus.SENDING
                    || !node().equals(store.read(connection -> CampaignTable.sendingNode(connection, campaignId)).orElse(null))) {
                return;
            }
            Campaign campaign = found.get();
            Optional<MailServer> server = settings.current();
            MailTransport mailer = transport;
            if (server.isEmpty() || mailer == null) {
                pause(campaignId, server.isEmpty() ? PauseReason.NO_MAIL_SERVER.with(null)
                        : PauseReason.NO_TRANSPORT.with(null));
                return;
            }
            Optional<Delivery> next = store.read(connection -> DeliveryTable.next(connection, campaignId, now));
            if (next.isEmpty()) {
                Optional<Instant> retry = store.read(connection -> DeliveryTable.nextRetry(connection, campaignId));
                if (retry.isPresent()) {
                    sleep(Duration.between(now, retry.get()));
                    continue;
                }
                store.transaction(connection -> {
                    CampaignTable.status(connection, campaignId, CampaignStatus.DONE, null, null, Instant.now());
                    return null;
                });
                return;
            }
            Duration wait = throttle.wait(campaign.perMinute(), campaign.perHour(), now);
            if (!wait.isZero()) {
                sleep(wait);
                continue;
            }
            Delivery delivery = next.get();
            MailOutcome outcome = deliver(campaign, delivery, server.get(), mailer, throttle);
            connectionFailures = outcome == MailOutcome.CONNECTION ? connectionFailures + 1 : 0;
            if (connectionFailures >= CONNECTION_FAILURES_BEFORE_PAUSE) {
                pause(campaignId, PauseReason.CONNECTION.with(server.get().smtpHost() + ":" + server.get().smtpPort()));
                return;
            }
            if (outcome == MailOutcome.AUTHENTICATION) {
                return;
            }
        }
    }

    private enum MailOutcome {
        DONE, CONNECTION, AUTHENTICATION
    }

    private MailOutcome deliver(Campaign campaign, Delivery delivery, MailServer server, MailTransport mailer,
            Throttle throttle) {
        List<MailTemplate> templates = store.read(connection -> CampaignTable.templates(connection, campaign.id()));
        Eligibility eligibility = store.read(connection -> composer.check(connection, campaign, templates,
                delivery.contactId(), Instant.now()));
        if (!eligibility.eligible()) {
            finish(delivery.id(), DeliveryStatus.SKIPPED, eligibility.refused().get().name());
            return MailOutcome.DONE;
        }
        if (delivery.status() == DeliveryStatus.SENDING) {
            LOG.log(Level.WARNING, "Campaign {0}: delivery {1} was in flight when sending stopped; it is sent again "
                    + "and its recipient may get it twice", campaign.id(), delivery.id());
        }
        MailTemplate template = templates.stream().filter(t -> t.language().equals(eligibility.language())).findFirst()
                .orElse(null);
        if (template == null) {
            finish(delivery.id(), DeliveryStatus.FAILED, "NO_TEMPLATE: " + eligibility.language());
            return MailOutcome.DONE;
        }
        String messageId = delivery.id() + "." + (delivery.attempts() + 1) + "@" + domain(server.returnAddress());
        OutgoingMail mail;
        try {
            mail = composer.compose(campaign, template, delivery.id(), delivery.contactId(), eligibility.address(),
                    eligibility.name(), messageId, server);
        } catch (RuntimeException e) {
            finish(delivery.id(), DeliveryStatus.FAILED, "TEMPLATE: " + e.getMessage());
            return MailOutcome.DONE;
        }
        Instant sendingAt = Instant.now();
        store.transaction(connection -> {
            DeliveryTable.sending(connection, delivery.id(), messageId, sendingAt);
            return null;
        });
        throttle.sent(sendingAt);
        try {
            String reply = mailer.send(mail, server);
            store.transaction(connection -> {
                DeliveryTable.sent(connection, delivery.id(), reply, Instant.now());
                return null;
            });
            return MailOutcome.DONE;
        } catch (MailFailure failure) {
            return failed(campaign.id(), delivery, failure);
        }
    }

    private MailOutcome failed(UUID campaignId, Delivery delivery, MailFailure failure) {
        String reply = failure.getMessage();
        int attempts = delivery.attempts() + 1;
        switch (failure.kind()) {
            case PERMANENT -> finish(delivery.id(), DeliveryStatus.FAILED, reply);
            case AUTHENTICATION -> {
                store.transaction(connection -> {
                    DeliveryTable.requeue(connection, delivery.id(), reply);
                    return null;
                });
                pause(campaignId, PauseReason.AUTHENTICATION.with(reply));
                return MailOutcome.AUTHENTICATION;
            }
            case TEMPORARY, CONNECTION -> {
                if (attempts >= MAX_ATTEMPTS) {
                    finish(delivery.id(), DeliveryStatus.FAILED, reply);
                } else {
                    Instant at = Instant.now().plus(retryBase.multipliedBy(1L << (attempts - 1)));
                    store.transaction(connection -> {
                        DeliveryTable.retryAt(connection, delivery.id(), at, reply);
                        return null;
                    });
                }
                if (failure.kind() == MailFailure.Kind.CONNECTION) {
                    LOG.log(Level.WARNING, "Campaign " + campaignId + ": the mail server could not be reached: " + reply,
                            failure);
                    return MailOutcome.CONNECTION;
                }
            }
        }
        return MailOutcome.DONE;
    }

    private void finish(UUID deliveryId, DeliveryStatus status, String reply) {
        store.transaction(connection -> {
            DeliveryTable.finish(connection, deliveryId, status, reply);
            return null;
        });
    }

    void pause(UUID campaignId, String reason) {
        store.transaction(connection -> {
            CampaignTable.status(connection, campaignId, CampaignStatus.PAUSED, reason, null, Instant.now());
            return null;
        });
        LOG.log(Level.WARNING, "Campaign {0} paused: {1}", campaignId, reason);
    }

    private static String domain(String address) {
        return address.substring(address.indexOf('@') + 1);
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(Math.max(1, Math.min(duration.toMillis(), LONGEST_SLEEP_MILLIS)));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Campaign sending was interrupted", e);
        }
    }
}
