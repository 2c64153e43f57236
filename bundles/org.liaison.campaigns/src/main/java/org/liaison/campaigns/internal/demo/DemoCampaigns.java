package org.liaison.campaigns.internal.demo;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.liaison.campaigns.AudienceKind;
import org.liaison.campaigns.AudienceSource;
import org.liaison.campaigns.Campaign;
import org.liaison.campaigns.CampaignPurpose;
import org.liaison.campaigns.Campaigns;
import org.liaison.campaigns.DeliveryStatus;
import org.liaison.campaigns.MailTemplate;
import org.liaison.campaigns.internal.DemoDeliveries;
import org.liaison.contacts.ConsentChannel;
import org.liaison.contacts.ConsentLedger;
import org.liaison.contacts.ConsentPurpose;
import org.liaison.contacts.ContactService;
import org.liaison.contacts.ContactSummary;
import org.liaison.store.Store;
import org.liaison.workbench.DemoData;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The demo network's campaigns: a cross-Channel newsletter being written, in English and French,
 * and last month's meet-up invitation with what became of each mail.
 */
@Component
public class DemoCampaigns implements DemoData {

    private static final String SENDER = "network@sussex-normandie.example.org";

    private final Store store;
    private final Campaigns campaigns;
    private final ContactService contacts;
    private final DemoDeliveries deliveries;
    private final ConsentLedger consent;

    @Activate
    public DemoCampaigns(@Reference Store store, @Reference Campaigns campaigns, @Reference ContactService contacts,
            @Reference DemoDeliveries deliveries, @Reference ConsentLedger consent) {
        this.store = store;
        this.campaigns = campaigns;
        this.contacts = contacts;
        this.deliveries = deliveries;
        this.consent = consent;
    }

    @Override
    public int rank() {
        return 50;
    }

    @Override
    public void load() {
        List<ContactSummary> people = contacts.recent(200).stream().filter(c -> c.kind() == ContactSummary.Kind.PERSON)
                .toList();
        if (people.size() < 40) {
            return; // not the demo network
        }
        store.transaction(connection -> {
            newsletter(people.subList(0, 30));
            invitation(people.subList(30, 40));
            return null;
        });
    }

    private void newsletter(List<ContactSummary> people) {
        Locale locale = Locale.ENGLISH;
        Campaign draft = campaigns.save(new Campaign(null, "Cross-Channel newsletter \u2014 winter",
                CampaignPurpose.NEWSLETTER, ConsentPurpose.NEWSLETTER, "en", SENDER,
                "Sussex\u2013Normandie network", null, null, null, null, 60, 1000, null, null), locale);
        List<AudienceSource> audience = new ArrayList<>();
        people.forEach(person -> audience.add(AudienceSource.include(AudienceKind.CONTACT, person.id())));
        // two in three signed up for the newsletter at a fair; the others never said yes
        for (int i = 0; i < people.size(); i++) {
            if (i % 3 != 2) {
                consent.record(people.get(i).id(), ConsentPurpose.NEWSLETTER, ConsentChannel.EMAIL, true,
                        "signed form at the Rouen business fair", "form " + (1200 + i), null, locale);
            }
        }
        campaigns.saveAudience(draft.id(), audience, locale);
        campaigns.saveTemplate(draft.id(), new MailTemplate("en", "News from the network, ${givenName}",
                "<p>Dear ${givenName},</p><p>Three firms in ${organisation}'s field met their French partners this "
                        + "autumn. Read how, and who is looking for you.</p><p><a href=\"${unsubscribeLink}\">"
                        + "Unsubscribe</a></p>",
                "Dear ${givenName},\n\nThree firms in your field met their French partners this autumn.\n\n"
                        + "Unsubscribe: ${unsubscribeLink}\n"), locale);
        campaigns.saveTemplate(draft.id(), new MailTemplate("fr", "Des nouvelles du r\u00e9seau, ${givenName}",
                "<p>Bonjour ${givenName},</p><p>Trois entreprises de votre secteur ont rencontr\u00e9 leurs "
                        + "partenaires anglais cet automne.</p><p><a href=\"${unsubscribeLink}\">Se d\u00e9sabonner"
                        + "</a></p>",
                "Bonjour ${givenName},\n\nTrois entreprises de votre secteur ont rencontr\u00e9 leurs partenaires "
                        + "anglais cet automne.\n\nSe d\u00e9sabonner : ${unsubscribeLink}\n"), locale);
    }

    private void invitation(List<ContactSummary> people) {
        Locale locale = Locale.ENGLISH;
        Campaign invitation = campaigns.save(new Campaign(null, "Invitation: Dieppe cross-Channel meet-up",
                CampaignPurpose.EVENT_INVITATION, ConsentPurpose.EVENT_INVITATIONS, "en", SENDER,
                "Sussex\u2013Normandie network", null, null, null, null, 0, 0, null, null), locale);
        campaigns.saveTemplate(invitation.id(), new MailTemplate("en", "You are invited to Dieppe, ${givenName}",
                "<p>Dear ${givenName}, join us in Dieppe.</p>", "Dear ${givenName}, join us in Dieppe."), locale);
        Instant sent = Instant.now().minus(Duration.ofDays(30));
        List<DeliveryStatus> outcomes = List.of(DeliveryStatus.SENT, DeliveryStatus.SENT, DeliveryStatus.SENT,
                DeliveryStatus.SENT, DeliveryStatus.SENT, DeliveryStatus.SENT, DeliveryStatus.BOUNCED_HARD,
                DeliveryStatus.UNSUBSCRIBED, DeliveryStatus.SKIPPED, DeliveryStatus.SENT);
        for (int i = 0; i < people.size(); i++) {
            String address = contacts.person(people.get(i).id()).flatMap(p -> p.emails().stream().findFirst())
                    .map(e -> e.address()).orElse("contact" + i + "@example.org");
            deliveries.record(invitation.id(), people.get(i).id(), i, address, outcomes.get(i % outcomes.size()),
                    sent.plusSeconds(i * 3L));
        }
        deliveries.done(invitation.id());
    }
}
