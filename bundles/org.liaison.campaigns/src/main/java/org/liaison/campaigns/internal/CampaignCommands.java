package org.liaison.campaigns.internal;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.liaison.campaigns.Campaign;
import org.liaison.campaigns.CampaignStatus;
import org.liaison.store.Sql;
import org.liaison.store.Store;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Console command {@code liaison:releaseCampaign [ID]}, for the server's administrator: lets go of a
 * paused campaign on behalf of the desktop that sent it, when that desktop is gone for good (lost,
 * broken, reinstalled) and so will never say that it stopped. Whoever resumes the campaign next
 * sends it; by sync, every desktop learns it.
 */
@Component(service = CampaignCommands.class, property = { "osgi.command.scope=liaison", "osgi.command.function=releaseCampaign" })
public class CampaignCommands {

    private final Store store;

    @Activate
    public CampaignCommands(@Reference Store store) {
        this.store = store;
    }

    /** Without an id: the paused campaigns some node still holds, with their ids. */
    public String releaseCampaign() {
        return store.read(connection -> {
            StringBuilder out = new StringBuilder();
            for (UUID id : Sql.ids(connection, "SELECT ID FROM CAMPAIGN WHERE STATUS = 'PAUSED' AND SENDING_NODE IS NOT NULL "
                    + "ORDER BY NAME")) {
                out.append(id).append("  ").append(CampaignTable.find(connection, id).orElseThrow().name()).append("  held by ")
                        .append(holder(CampaignTable.sendingNode(connection, id).orElseThrow())).append('\n');
            }
            return out.length() == 0 ? "No paused campaign is held by a sender." : out.append("Release one with liaison:releaseCampaign ID")
                    .toString();
        });
    }

    public String releaseCampaign(String id) {
        UUID campaignId;
        try {
            campaignId = UUID.fromString(id.strip());
        } catch (IllegalArgumentException e) {
            return "Not a campaign id: " + id + " (liaison:releaseCampaign alone lists the paused campaigns and their ids)";
        }
        return store.transaction(connection -> {
            Optional<Campaign> found = CampaignTable.find(connection, campaignId);
            if (found.isEmpty()) {
                return "No campaign " + campaignId;
            }
            Campaign campaign = found.get();
            if (campaign.status() != CampaignStatus.PAUSED) {
                return "Campaign '" + campaign.name() + "' is " + campaign.status().name().toLowerCase(java.util.Locale.ROOT)
                        + ", not paused: only a paused campaign can be released (pause it on a desktop and let that reach the server).";
            }
            Optional<String> holder = CampaignTable.sendingNode(connection, campaignId);
            if (holder.isEmpty()) {
                return "Campaign '" + campaign.name() + "' is held by nobody: it can be resumed anywhere.";
            }
            CampaignTable.release(connection, campaignId, holder.get(), Instant.now());
            return "Campaign '" + campaign.name() + "' released from " + holder(holder.get()) + ": whoever resumes it next sends it. Release only a campaign "
                    + "whose sender is gone for good: a desktop that comes back still sending it would send beside the new sender.";
        });
    }

    private static String holder(String node) {
        return node.equals(CampaignSender.SERVER_NODE) ? "this server" : "desktop " + node;
    }
}
