package org.liaison.campaigns.ui.internal;

import org.liaison.campaigns.Campaigns;
import org.liaison.campaigns.delivery.MailSettings;
import org.liaison.contacts.ContactService;
import org.liaison.contacts.ContactProfiles;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The services the campaign views use, as one service the e4 parts and handlers inject. */
@Component(service = CampaignsServices.class)
public class CampaignsServices {

    private final Campaigns campaigns;
    private final MailSettings settings;
    private final ContactService contacts;
    private final ContactProfiles profiles;

    @Activate
    public CampaignsServices(@Reference Campaigns campaigns, @Reference MailSettings settings,
            @Reference ContactService contacts, @Reference ContactProfiles profiles) {
        this.campaigns = campaigns;
        this.settings = settings;
        this.contacts = contacts;
        this.profiles = profiles;
    }

    Campaigns campaigns() {
        return campaigns;
    }

    MailSettings settings() {
        return settings;
    }

    ContactProfiles profiles() {
        return profiles;
    }

    ContactService contacts() {
        return contacts;
    }
}
