package org.liaison.campaigns.ui.internal;

/** The ids of the Campaigns area's model elements, as the fragment names them. */
final class CampaignsUi {

    static final String AREA = "org.liaison.campaigns.ui.area";
    static final String LIST_PART = "org.liaison.campaigns.ui.part.list";

    static final String SHOW = "org.liaison.campaigns.ui.command.show";
    static final String CAMPAIGN_PARAMETER = "org.liaison.campaigns.ui.commandparameter.campaign";
    static final String ACTION_PARAMETER = "org.liaison.campaigns.ui.commandparameter.action";

    private CampaignsUi() {
    }
}
