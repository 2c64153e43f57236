package org.liaison.campaigns.ui.internal;

import java.util.UUID;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;

import jakarta.inject.Named;

/** What Today cards and search results open: the campaign list, with a campaign chosen. */
public class ShowHandler {

    @Execute
    public void execute(@Optional @Named(CampaignsUi.CAMPAIGN_PARAMETER) String campaign, MApplication application,
            EModelService models, EPartService parts) {
        CampaignsPart list = Views.show(application, models, parts);
        if (campaign != null) {
            list.select(UUID.fromString(campaign));
        }
    }
}
