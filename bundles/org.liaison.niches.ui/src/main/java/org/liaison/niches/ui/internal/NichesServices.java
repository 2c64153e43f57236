package org.liaison.niches.ui.internal;

import org.liaison.contacts.ContactProfiles;
import org.liaison.contacts.ContactService;
import org.liaison.contacts.sectors.NaceTaxonomy;
import org.liaison.niches.Introductions;
import org.liaison.niches.NeedsOffers;
import org.liaison.niches.NicheService;
import org.liaison.niches.Referrals;
import org.liaison.niches.matching.Matcher;
import org.liaison.niches.report.ValueReports;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The services the niches views use, as one service for parts and dialogs: a view appears once all of them are there. */
@Component(service = NichesServices.class)
public class NichesServices {

    private final NicheService niches;
    private final NeedsOffers needsOffers;
    private final Introductions introductions;
    private final Referrals referrals;
    private final Matcher matcher;
    private final ValueReports reports;
    private final ContactService contacts;
    private final ContactProfiles profiles;
    private final NaceTaxonomy sectors;

    @Activate
    public NichesServices(@Reference NicheService niches, @Reference NeedsOffers needsOffers, @Reference Introductions introductions,
            @Reference Referrals referrals, @Reference Matcher matcher, @Reference ValueReports reports, @Reference ContactService contacts,
            @Reference ContactProfiles profiles, @Reference NaceTaxonomy sectors) {
        this.niches = niches;
        this.needsOffers = needsOffers;
        this.introductions = introductions;
        this.referrals = referrals;
        this.matcher = matcher;
        this.reports = reports;
        this.contacts = contacts;
        this.profiles = profiles;
        this.sectors = sectors;
    }

    NicheService niches() {
        return niches;
    }

    NeedsOffers needsOffers() {
        return needsOffers;
    }

    Introductions introductions() {
        return introductions;
    }

    Referrals referrals() {
        return referrals;
    }

    Matcher matcher() {
        return matcher;
    }

    ValueReports reports() {
        return reports;
    }

    ContactService contacts() {
        return contacts;
    }

    ContactProfiles profiles() {
        return profiles;
    }

    NaceTaxonomy sectors() {
        return sectors;
    }

    /** The staff member using this desktop, as proposals and follow-ups name them. */
    String staff() {
        return System.getProperty("user.name");
    }
}
