package org.liaison.campaigns.ui.internal;

import java.util.List;
import java.util.Locale;

import org.liaison.campaigns.Campaign;
import org.liaison.campaigns.CampaignStatus;
import org.liaison.core.i18n.Messages;
import org.liaison.workbench.Entry;
import org.liaison.workbench.Open;
import org.liaison.workbench.TodayCard;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Campaigns sending, paused or scheduled, with how far they are. */
@Component
public class CampaignsCard implements TodayCard {

    static final int SHOWN = 5;

    private final CampaignsServices services;

    @Activate
    public CampaignsCard(@Reference CampaignsServices services) {
        this.services = services;
    }

    @Override
    public int rank() {
        return 45; // after the niches' cards, before the contacts' lists
    }

    @Override
    public String title(Locale locale) {
        return CampaignsTexts.in(locale).get("today.title");
    }

    @Override
    public Content content(Locale locale) {
        Messages texts = CampaignsTexts.in(locale);
        List<Campaign> active = services.campaigns().all().stream().filter(c -> c.status() == CampaignStatus.SENDING
                || c.status() == CampaignStatus.PAUSED || c.status() == CampaignStatus.SCHEDULED).toList();
        return new Content(active.size(), active.subList(0, Math.min(SHOWN, active.size())).stream()
                .map(c -> new Entry(c.name(), StatusText.status(c, texts) + " \u00b7 "
                        + StatusText.progress(services.campaigns().progress(c.id()), texts),
                        Open.command(CampaignsUi.SHOW, CampaignsUi.CAMPAIGN_PARAMETER, c.id().toString()))).toList(),
                texts.get("today.none"), Open.area(CampaignsUi.AREA));
    }
}
