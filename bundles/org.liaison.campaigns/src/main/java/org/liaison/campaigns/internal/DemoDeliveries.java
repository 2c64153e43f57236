package org.liaison.campaigns.internal;

import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

import org.liaison.campaigns.CampaignStatus;
import org.liaison.campaigns.DeliveryStatus;
import org.liaison.store.Store;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Delivery records of a campaign sent before the demo began, written as they would have been. */
@Component(service = DemoDeliveries.class)
public class DemoDeliveries {

    private final Store store;
    private final MailComposer composer;

    @Activate
    public DemoDeliveries(@Reference Store store, @Reference MailComposer composer) {
        this.store = store;
        this.composer = composer;
    }

    public void record(UUID campaignId, UUID contactId, int position, String address, DeliveryStatus status, Instant at) {
        store.transaction(connection -> {
            UUID id = DeliveryTable.id(campaignId, contactId);
            DeliveryTable.queue(connection, campaignId, contactId, position, address.toLowerCase(Locale.ROOT), "en",
                    composer.unsubscribeHash(id), at);
            DeliveryTable.sending(connection, id, id + ".1@example.org", composer.unsubscribeHash(id), at);
            DeliveryTable.sent(connection, id, "250 OK", at);
            if (status != DeliveryStatus.SENT) {
                DeliveryTable.finish(connection, id, status, status == DeliveryStatus.BOUNCED_HARD ? "5.1.1 user unknown"
                        : status == DeliveryStatus.SKIPPED ? "NO_CONSENT" : "reply by mail");
            }
            return null;
        });
    }

    public void done(UUID campaignId) {
        store.transaction(connection -> {
            CampaignTable.status(connection, campaignId, CampaignStatus.DONE, null, composer.node(), Instant.now());
            return null;
        });
    }
}
