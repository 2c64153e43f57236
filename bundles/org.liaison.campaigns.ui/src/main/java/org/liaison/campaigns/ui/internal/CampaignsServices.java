package org.liaison.campaigns.ui.internal;

import org.liaison.campaigns.Campaigns;
import org.liaison.campaigns.delivery.MailSettings;
import org.liaison.contacts.ContactService;
import org.liaison.contacts.SavedSearches;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The services the campaign views use, as one service the e4 parts and handlers inject. */
@Component(service = CampaignsServices.class)
public class CampaignsServices {

    private final Campaigns campaigns;
    private final MailSettings settings;
    private final SavedSearches groups;
    private final ContactService contacts;

    @Activate
    public CampaignsServices(@Reference Campaigns campaigns, @Reference MailSettings settings,
            @Reference SavedSearches groups, @Reference ContactService contacts) {
        this.campaigns = campaigns;
        this.settings = settings;
        this.groups = groups;
        this.contacts = contacts;
    }

    Campaigns campaigns() {
        return campaigns;
    }

    MailSettings settings() {
        return settings;
    }

    SavedSearches groups() {
        return groups;
    }

    ContactService contacts() {
        return contacts;
    }
}
