package org.liaison.campaigns.internal;

import java.lang.System.Logger.Level;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BooleanSupplier;

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
import org.liaison.campaigns.delivery.UnsubscribeTokens;
import org.liaison.store.SqlWork;
import org.liaison.store.Store;

/**
 * One campaign being sent, recipient after recipient. Before a mail goes, its record is committed
 * as SENDING together with the outcome of the mail before it: one durable write a mail, and at any
 * moment at most one mail whose outcome is not on disk. A process killed then resends that one
 * mail on restart, and says so in the log.
 */
final class CampaignRun {

    private static final System.Logger LOG = System.getLogger(CampaignRun.class.getName());
    static final int MAX_ATTEMPTS = 5;
    private static final int CONNECTION_FAILURES_BEFORE_PAUSE = 3;
    private static final long LONGEST_SLEEP_MILLIS = 500;

    private final UUID campaignId;
    private final String node;
    private final Store store;
    private final MailComposer composer;
    private final MailSettings settings;
    private final Duration retryBase;
    private final Throttle throttle;
    /** A sending campaign's templates cannot change: only drafts and scheduled campaigns are edited. */
    private final List<MailTemplate> templates;
    /** The mail sent last, whose SENT is written with the next change. */
    private UUID sentId;
    private String sentReply;
    private Instant sentAt;

    /**
     * @param node the sending node this run sends as: it stops once the campaign is handed to another
     */
    CampaignRun(UUID campaignId, String node, Store store, MailComposer composer, MailSettings settings, Duration retryBase) {
        this.campaignId = campaignId;
        this.node = node;
        this.store = store;
        this.composer = composer;
        this.settings = settings;
        this.retryBase = retryBase;
        this.throttle = new Throttle(store.read(connection -> DeliveryTable.sendingTimes(connection, campaignId,
                Instant.now().minus(Duration.ofHours(1)))));
        this.templates = store.read(connection -> CampaignTable.templates(connection, campaignId));
    }

    /** Sends until the campaign is done, paused, cancelled or handed to another node, or {@code stopping} says so. */
    void run(MailTransportSource transports, BooleanSupplier stopping) {
        try {
            loop(transports, stopping);
        } finally {
            write(connection -> null);
        }
    }

    /** Gives the mail transport installed now, if any. */
    interface MailTransportSource {
        MailTransport current();
    }

    private void loop(MailTransportSource transports, BooleanSupplier stopping) {
        int connectionFailures = 0;
        while (!stopping.getAsBoolean()) {
            Instant now = Instant.now();
            Optional<Campaign> found = store.read(connection -> CampaignTable.find(connection, campaignId));
            if (found.isEmpty() || found.get().status() != CampaignStatus.SENDING || !node
                    .equals(store.read(connection -> CampaignTable.sendingNode(connection, campaignId)).orElse(null))) {
                return;
            }
            Campaign campaign = found.get();
            Optional<MailServer> server = settings.current();
            MailTransport mailer = transports.current();
            if (server.isEmpty() || mailer == null) {
                PauseReason noServer = CampaignSender.SERVER_NODE.equals(node) ? PauseReason.SERVER_NO_MAIL_SERVER
                        : PauseReason.NO_MAIL_SERVER;
                pause(server.isEmpty() ? noServer.with(null) : PauseReason.NO_TRANSPORT.with(null));
                return;
            }
            Optional<Delivery> next = store.read(connection -> DeliveryTable.next(connection, campaignId, now, sentId));
            if (next.isEmpty()) {
                Optional<Instant> retry = store.read(connection -> DeliveryTable.nextRetry(connection, campaignId));
                if (retry.isPresent()) {
                    sleep(Duration.between(now, retry.get()));
                    continue;
                }
                write(connection -> {
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
            Outcome outcome = deliver(campaign, next.get(), server.get(), mailer);
            connectionFailures = outcome == Outcome.CONNECTION ? connectionFailures + 1 : 0;
            if (connectionFailures >= CONNECTION_FAILURES_BEFORE_PAUSE) {
                pause(PauseReason.CONNECTION.with(server.get().smtpHost() + ":" + server.get().smtpPort()));
                return;
            }
            if (outcome == Outcome.AUTHENTICATION) {
                return;
            }
        }
    }

    private enum Outcome {
        DONE, CONNECTION, AUTHENTICATION
    }

    /** Whether the recipient may get the mail, and the token it carries: read together, once a mail. */
    private record Checked(Eligibility eligibility, String token) {
    }

    private Outcome deliver(Campaign campaign, Delivery delivery, MailServer server, MailTransport mailer) {
        // the token of a mail sent before (here or by another sender): its link keeps working
        Checked checked = store.read(connection -> new Checked(composer.check(connection, campaign, templates,
                delivery.contactId(), Instant.now()), composer.unsubscribeToken(connection, delivery.id())));
        Eligibility eligibility = checked.eligibility();
        String token = checked.token();
        if (!eligibility.eligible()) {
            finish(delivery.id(), DeliveryStatus.SKIPPED, eligibility.refused().get().name());
            return Outcome.DONE;
        }
        if (delivery.status() == DeliveryStatus.SENDING && delivery.attempts() >= MAX_ATTEMPTS) {
            // sending it stopped the process (or the thread) this many times: not once more
            finish(delivery.id(), DeliveryStatus.FAILED, "GAVE_UP: sending stopped " + delivery.attempts() + " times");
            return Outcome.DONE;
        }
        if (delivery.status() == DeliveryStatus.SENDING) {
            LOG.log(Level.WARNING, "Campaign {0}: delivery {1} was in flight when sending stopped; it is sent again "
                    + "and its recipient may get it twice", campaignId, delivery.id());
        }
        MailTemplate template = templates.stream().filter(t -> t.language().equals(eligibility.language())).findFirst()
                .orElse(null);
        if (template == null) {
            finish(delivery.id(), DeliveryStatus.FAILED, "NO_TEMPLATE: " + eligibility.language());
            return Outcome.DONE;
        }
        String messageId = delivery.id() + "." + (delivery.attempts() + 1) + "@"
                + server.returnAddress().substring(server.returnAddress().indexOf('@') + 1);
        OutgoingMail mail;
        try {
            mail = composer.compose(campaign, template, token, eligibility, messageId, server);
        } catch (RuntimeException e) {
            finish(delivery.id(), DeliveryStatus.FAILED, "TEMPLATE: " + e.getMessage());
            return Outcome.DONE;
        }
        Instant sendingAt = Instant.now();
        write(connection -> {
            // the token's hash is what the unsubscribe page and the return mailbox look up
            DeliveryTable.sending(connection, delivery.id(), messageId, UnsubscribeTokens.hash(token), sendingAt);
            return null;
        });
        throttle.sent(sendingAt);
        try {
            sentReply = mailer.send(mail, server);
            sentId = delivery.id();
            sentAt = Instant.now();
            return Outcome.DONE;
        } catch (MailFailure failure) {
            return failed(delivery, failure);
        }
    }

    private Outcome failed(Delivery delivery, MailFailure failure) {
        String reply = failure.getMessage();
        int attempts = delivery.attempts() + 1;
        switch (failure.kind()) {
            case PERMANENT -> finish(delivery.id(), DeliveryStatus.FAILED, reply);
            case AUTHENTICATION -> {
                write(connection -> {
                    DeliveryTable.requeue(connection, delivery.id(), reply);
                    return null;
                });
                pause(PauseReason.AUTHENTICATION.with(reply));
                return Outcome.AUTHENTICATION;
            }
            case TEMPORARY, CONNECTION -> {
                if (attempts >= MAX_ATTEMPTS) {
                    finish(delivery.id(), DeliveryStatus.FAILED, reply);
                } else {
                    Instant at = Instant.now().plus(retryBase.multipliedBy(1L << (attempts - 1)));
                    write(connection -> {
                        DeliveryTable.retryAt(connection, delivery.id(), at, reply);
                        return null;
                    });
                }
                if (failure.kind() == MailFailure.Kind.CONNECTION) {
                    LOG.log(Level.WARNING, "Campaign " + campaignId + ": the mail server could not be reached: " + reply,
                            failure);
                    return Outcome.CONNECTION;
                }
            }
        }
        return Outcome.DONE;
    }

    private void finish(UUID deliveryId, DeliveryStatus status, String reply) {
        write(connection -> {
            DeliveryTable.finish(connection, deliveryId, status, reply);
            return null;
        });
    }

    private void pause(String reason) {
        write(connection -> {
            CampaignTable.status(connection, campaignId, CampaignStatus.PAUSED, reason, null, Instant.now());
            return null;
        });
        LOG.log(Level.WARNING, "Campaign {0} paused: {1}", campaignId, reason);
    }

    /** Writes {@code work} in one transaction with the outcome of the mail sent last, if not written yet. */
    private <T> T write(SqlWork<T> work) {
        UUID sent = sentId;
        return store.transaction(connection -> {
            if (sent != null) {
                DeliveryTable.sent(connection, sent, sentReply, sentAt);
            }
            T result = work.run(connection);
            sentId = null;
            return result;
        });
    }

    /** Sleeps, with the last outcome written first: nothing is left unwritten while nothing is sent. */
    private void sleep(Duration duration) {
        if (sentId != null) {
            write(connection -> null);
        }
        try {
            Thread.sleep(Math.max(1, Math.min(duration.toMillis(), LONGEST_SLEEP_MILLIS)));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Campaign sending was interrupted", e);
        }
    }
}
