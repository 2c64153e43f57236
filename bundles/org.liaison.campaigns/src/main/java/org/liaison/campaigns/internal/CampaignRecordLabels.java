package org.liaison.campaigns.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.liaison.store.Sql;
import org.liaison.store.Store;
import org.liaison.workbench.RecordLabels;
import org.liaison.workbench.TextRecordLabels;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The campaigns' tables in words: a campaign by its name, its mails, audience and deliveries by the campaign. */
@Component(service = RecordLabels.class)
public class CampaignRecordLabels extends TextRecordLabels {

    private static final List<String> CAMPAIGN = List.of("CAMPAIGN");

    private final Store store;

    @Activate
    public CampaignRecordLabels(@Reference Store store) {
        super("org.liaison.campaigns.internal.labels", Map.of("CAMPAIGN", "SELECT NAME FROM CAMPAIGN WHERE ID = ?",
                "CAMPAIGN_HELD_ADDRESS", "SELECT ADDRESS FROM CAMPAIGN_HELD_ADDRESS WHERE ID = ?"), Map.of("CAMPAIGN_AUDIENCE", new Parent("CAMPAIGN_ID", CAMPAIGN),
                "CAMPAIGN_TEMPLATE", new Parent("CAMPAIGN_ID", CAMPAIGN),
                "CAMPAIGN_DELIVERY", new Parent("CAMPAIGN_ID", CAMPAIGN)));
        this.store = store;
    }

    @Override
    protected Optional<Object> first(String query, UUID row) {
        return store.read(connection -> Sql.first(connection, query, row));
    }
}
