package org.liaison.campaigns.internal;

import java.util.UUID;

import org.liaison.contacts.ErasureParticipant;
import org.liaison.store.Sql;
import org.liaison.store.Store;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Erasing a person removes the addresses campaigns wrote to them at, from the delivery records
 * (which stay, anonymous, in the campaigns' counts) and from the addresses held after a bounce;
 * the server's replies go too, as they may quote the address. The suppression list keeps the
 * address from being written to again.
 */
@Component
public class CampaignErasure implements ErasureParticipant {

    private final Store store;

    @Activate
    public CampaignErasure(@Reference Store store) {
        this.store = store;
    }

    @Override
    public void erase(UUID personId) {
        store.transaction(connection -> {
            Sql.update(connection, "DELETE FROM CAMPAIGN_HELD_ADDRESS WHERE ADDRESS IN "
                    + "(SELECT LOWER(ADDRESS) FROM CAMPAIGN_DELIVERY WHERE CONTACT_ID = ?)", personId);
            return Sql.update(connection, "UPDATE CAMPAIGN_DELIVERY SET ADDRESS = '', SMTP_REPLY = NULL WHERE CONTACT_ID = ?",
                    personId);
        });
    }
}
