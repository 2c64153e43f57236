package org.liaison.campaigns.ui.internal;

import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.liaison.ui.Areas;

/** Showing the campaign list from handlers. */
final class Views {

    private Views() {
    }

    /** Shows the Campaigns area with its list, activated, and gives the list back. */
    static CampaignsPart show(MApplication application, EModelService models, EPartService parts) {
        return (CampaignsPart) Areas.show(CampaignsUi.AREA, CampaignsUi.LIST_PART, application, models, parts).getObject();
    }

    /** Reads the list again if it is open. */
    static void refresh(EPartService parts) {
        var part = parts.findPart(CampaignsUi.LIST_PART);
        if (part != null && part.getObject() instanceof CampaignsPart list) {
            list.refresh();
        }
    }
}
