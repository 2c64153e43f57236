package org.liaison.campaigns.internal;

import java.lang.System.Logger.Level;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.liaison.campaigns.Campaign;
import org.liaison.campaigns.Delivery;
import org.liaison.campaigns.DeliveryStatus;
import org.liaison.campaigns.MailboxReading;
import org.liaison.campaigns.delivery.MailFailure;
import org.liaison.campaigns.delivery.MailServer;
import org.liaison.campaigns.delivery.MailSettings;
import org.liaison.campaigns.delivery.MailTransport;
import org.liaison.campaigns.delivery.MailboxReport;
import org.liaison.campaigns.delivery.UnsubscribeTokens;
import org.liaison.contacts.ConsentChannel;
import org.liaison.contacts.ConsentLedger;
import org.liaison.core.id.Ids;
import org.liaison.store.Sql;
import org.liaison.store.Store;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/**
 * What comes back after sending: bounces and unsubscribe requests from the return mailbox (read
 * every few minutes), and unsubscribe tokens presented to the server's page.
 */
@Component(service = ReturnMail.class, immediate = true)
public class ReturnMail {

    private static final System.Logger LOG = System.getLogger(ReturnMail.class.getName());
    /** Soft bounces of one address, over all campaigns, after which it is held like a hard bounce. */
    static final int SOFT_BOUNCES_HELD = 3;

    private final Store store;
    private final MailSettings settings;
    private final ConsentLedger consent;
    private final ScheduledExecutorService clock = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "campaign-return-mail");
        thread.setDaemon(true);
        return thread;
    });

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile MailTransport transport;

    @Activate
    public ReturnMail(@Reference Store store, @Reference MailSettings settings, @Reference ConsentLedger consent) {
        this.store = store;
        this.settings = settings;
        this.consent = consent;
        long every = Long.getLong("liaison.campaigns.mailboxSeconds", 300);
        clock.scheduleWithFixedDelay(this::readQuietly, every, every, TimeUnit.SECONDS);
    }

    @Deactivate
    void stop() {
        clock.shutdownNow();
    }

    private void readQuietly() {
        Optional<MailServer> server = settings.current();
        if (server.isPresent() && server.get().readsMailbox() && transport != null) {
            try {
                read(server.get(), transport);
            } catch (MailFailure e) {
                LOG.log(Level.WARNING, "The return mailbox could not be read: {0}", e.getMessage());
            } catch (RuntimeException e) {
                LOG.log(Level.ERROR, "Reading the return mailbox failed", e);
            }
        }
    }

    MailboxReading read(MailServer server, MailTransport mailer) throws MailFailure {
        List<String> unreadable = new ArrayList<>();
        List<MailboxReport> reports = mailer.collect(server, unreadable);
        int hard = 0;
        int soft = 0;
        int unsubscribes = 0;
        int unmatched = 0;
        for (MailboxReport report : reports) {
            boolean matched = switch (report.kind()) {
                case HARD_BOUNCE -> bounced(report, true);
                case SOFT_BOUNCE -> bounced(report, false);
                case UNSUBSCRIBE -> unsubscribe(report.token(), "reply by mail");
            };
            if (!matched) {
                unmatched++;
            } else if (report.kind() == MailboxReport.Kind.HARD_BOUNCE) {
                hard++;
            } else if (report.kind() == MailboxReport.Kind.SOFT_BOUNCE) {
                soft++;
            } else {
                unsubscribes++;
            }
        }
        for (String problem : unreadable) {
            LOG.log(Level.WARNING, "A message of the return mailbox could not be read: {0}", problem);
        }
        return new MailboxReading(hard, soft, unsubscribes, unmatched, unreadable);
    }

    private boolean bounced(MailboxReport report, boolean hard) {
        return store.transaction(connection -> {
            Optional<Delivery> found = DeliveryTable.bounced(connection, report.messageId(), report.address());
            if (found.isEmpty()) {
                return false;
            }
            Delivery delivery = found.get();
            String status = report.status() == null ? "" : report.status();
            if (hard) {
                DeliveryTable.finish(connection, delivery.id(), DeliveryStatus.BOUNCED_HARD, status);
                hold(connection, delivery.address(), status);
            } else {
                if (delivery.status() != DeliveryStatus.BOUNCED_HARD) {
                    DeliveryTable.finish(connection, delivery.id(), DeliveryStatus.BOUNCED_SOFT, status);
                }
                Sql.update(connection, "UPDATE CAMPAIGN_DELIVERY SET SOFT_BOUNCES = SOFT_BOUNCES + 1 WHERE ID = ?",
                        delivery.id());
                if (Sql.count(connection, "SELECT COALESCE(SUM(SOFT_BOUNCES), 0) FROM CAMPAIGN_DELIVERY "
                        + "WHERE LOWER(ADDRESS) = LOWER(?)", delivery.address()) >= SOFT_BOUNCES_HELD) {
                    hold(connection, delivery.address(), status);
                }
            }
            return true;
        });
    }

    private static void hold(Connection connection, String address, String reason) throws SQLException {
        String key = address.toLowerCase(Locale.ROOT);
        if (Sql.count(connection, "SELECT COUNT(*) FROM CAMPAIGN_HELD_ADDRESS WHERE ADDRESS = ?", key) == 0) {
            Sql.update(connection, "INSERT INTO CAMPAIGN_HELD_ADDRESS (ID, ADDRESS, REASON, HELD_AT) VALUES (?, ?, ?, ?)",
                    Ids.derived("campaign-held-address", key), key, reason, Instant.now());
        }
    }

    boolean unsubscribe(String token, String source) {
        if (!UnsubscribeTokens.wellFormed(token)) {
            return false;
        }
        String hash = UnsubscribeTokens.hash(token);
        return store.transaction(connection -> {
            Optional<Delivery> found = DeliveryTable.byUnsubscribeHash(connection, hash);
            if (found.isEmpty()) {
                return false;
            }
            Delivery delivery = found.get();
            Campaign campaign = CampaignTable.find(connection, delivery.campaignId()).orElseThrow();
            if (delivery.status() != DeliveryStatus.UNSUBSCRIBED) {
                consent.record(delivery.contactId(), campaign.consentPurpose(), ConsentChannel.EMAIL, false, source,
                        delivery.messageId(), null, Locale.ENGLISH);
                DeliveryTable.finish(connection, delivery.id(), DeliveryStatus.UNSUBSCRIBED, source);
            }
            return true;
        });
    }
}
