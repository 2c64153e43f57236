package org.liaison.campaigns.ui.internal;

import java.util.List;
import java.util.Locale;

import org.liaison.core.i18n.Messages;
import org.liaison.workbench.Entry;
import org.liaison.workbench.Open;
import org.liaison.workbench.SearchProvider;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Search everywhere finds campaigns by the words of their name. */
@Component
public class CampaignsSearch implements SearchProvider {

    private final CampaignsServices services;

    @Activate
    public CampaignsSearch(@Reference CampaignsServices services) {
        this.services = services;
    }

    @Override
    public int rank() {
        return 50;
    }

    @Override
    public String title(Locale locale) {
        return CampaignsTexts.in(locale).get("search.title");
    }

    @Override
    public List<Entry> search(String text, int limit, Locale locale) {
        Messages texts = CampaignsTexts.in(locale);
        String[] words = text.toLowerCase(Locale.ROOT).strip().split("\\s+");
        return services.campaigns().all().stream()
                .filter(c -> java.util.Arrays.stream(words).allMatch(w -> c.name().toLowerCase(Locale.ROOT).contains(w)))
                .limit(limit).map(c -> new Entry(c.name(), StatusText.status(c, texts),
                        Open.command(CampaignsUi.SHOW, CampaignsUi.CAMPAIGN_PARAMETER, c.id().toString()))).toList();
    }
}
