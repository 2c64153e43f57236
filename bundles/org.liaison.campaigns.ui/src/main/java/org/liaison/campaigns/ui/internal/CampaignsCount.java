package org.liaison.campaigns.ui.internal;

import org.liaison.campaigns.CampaignStatus;
import org.liaison.workbench.AreaCount;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The number beside Campaigns in the navigator: campaigns sending, paused or scheduled. */
@Component
public class CampaignsCount implements AreaCount {

    private final CampaignsServices services;

    @Activate
    public CampaignsCount(@Reference CampaignsServices services) {
        this.services = services;
    }

    @Override
    public String areaId() {
        return CampaignsUi.AREA;
    }

    @Override
    public long count() {
        return services.campaigns().all().stream().filter(c -> c.status() == CampaignStatus.SENDING
                || c.status() == CampaignStatus.PAUSED || c.status() == CampaignStatus.SCHEDULED).count();
    }
}
