package org.liaison.campaigns.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.liaison.campaigns.Campaign;
import org.liaison.campaigns.Delivery;
import org.liaison.contacts.TimelineEntry;
import org.liaison.contacts.TimelineSource;
import org.liaison.core.i18n.Messages;
import org.liaison.store.Store;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Each campaign mail a contact was sent, or left out of, on their timeline. */
@Component(service = TimelineSource.class)
public class CampaignTimelineSource implements TimelineSource {

    private final Store store;

    @Activate
    public CampaignTimelineSource(@Reference Store store) {
        this.store = store;
    }

    @Override
    public List<TimelineEntry> entries(UUID contactId, Locale locale) {
        Messages texts = CampaignTexts.in(locale);
        return store.read(connection -> {
            List<TimelineEntry> entries = new ArrayList<>();
            for (Delivery delivery : DeliveryTable.ofContact(connection, contactId)) {
                String name = CampaignTable.find(connection, delivery.campaignId()).map(Campaign::name).orElse("");
                Instant at = delivery.sentAt() != null ? delivery.sentAt() : delivery.queuedAt();
                String what = texts.get("delivery." + delivery.status().name(),
                        delivery.reply() == null ? "" : delivery.reply());
                entries.add(new TimelineEntry(at, "campaign", texts.get("timeline.delivery", name, what)));
            }
            return entries;
        });
    }
}
