package org.liaison.campaigns.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.liaison.campaigns.tests.Post.EN;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.liaison.campaigns.AudienceKind;
import org.liaison.campaigns.AudienceReport;
import org.liaison.campaigns.AudienceSource;
import org.liaison.campaigns.Campaign;
import org.liaison.campaigns.CampaignStatus;
import org.liaison.campaigns.DeliveryStatus;
import org.liaison.campaigns.LeftOutReason;
import org.liaison.contacts.ContactFilter;
import org.liaison.contacts.DataProtection;
import org.liaison.contacts.SavedSearches;
import org.liaison.test.support.StoreFixture;

/** Only people whose consent covers the campaign get it: when the list is frozen, and again before each mail. */
class ConsentGateTest {

    @Test
    void theAudienceReportSaysWhoIsLeftOutAndWhy() {
        try (Post post = Post.fresh("gate")) {
            UUID ok = post.subscriber("Ann", "Ok", "en", "ann@brighton.test");
            UUID never = post.person("Ben", "Never", "en", "ben@brighton.test");
            UUID withdrawn = post.subscriber("Cat", "Withdrawn", "en", "cat@brighton.test");
            post.withdraw(withdrawn);
            UUID expired = post.person("Dan", "Expired", "en", "dan@brighton.test");
            post.grant(expired, Instant.now().minus(Duration.ofDays(1)));
            UUID erased = post.subscriber("Eve", "Erased", "en", "eve@brighton.test");
            StoreFixture.service(DataProtection.class).erase(erased);
            UUID noEmail = post.subscriber("Fay", "Nomail", "fr", null);
            UUID excluded = post.subscriber("Gus", "Excluded", "en", "gus@brighton.test");
            Campaign campaign = post.newsletter("Gate", ok, never, withdrawn, expired, erased, noEmail);
            UUID sussex = StoreFixture.service(SavedSearches.class).save("Sussex", "",
                    new ContactFilter("GB-ESX", null, null, null, null, null, null), EN).id();
            List<AudienceSource> audience = new java.util.ArrayList<>(post.campaigns.audience(campaign.id()));
            audience.add(AudienceSource.include(AudienceKind.SMART_GROUP, sussex));
            audience.add(AudienceSource.exclude(AudienceKind.CONTACT, excluded));
            post.campaigns.saveAudience(campaign.id(), audience, EN);

            AudienceReport report = post.campaigns.report(campaign.id());
            assertEquals(List.of(ok), report.recipients().stream().map(AudienceReport.Recipient::contactId).toList());
            Map<UUID, LeftOutReason> leftOut = report.leftOut().stream()
                    .collect(Collectors.toMap(AudienceReport.LeftOut::contactId, AudienceReport.LeftOut::reason));
            assertEquals(Map.of(never, LeftOutReason.NO_CONSENT, withdrawn, LeftOutReason.NO_CONSENT, expired,
                    LeftOutReason.NO_CONSENT, erased, LeftOutReason.ERASED, noEmail, LeftOutReason.NO_EMAIL, excluded,
                    LeftOutReason.EXCLUDED), leftOut);

            post.campaigns.start(campaign.id(), EN);
            Post.await(() -> post.campaigns.find(campaign.id()).get().status() == CampaignStatus.DONE, "done");
            assertEquals(1, post.mail.getReceivedMessages().length);
        }
    }

    @Test
    void consentWithdrawnAfterTheListWasFrozenIsHonouredAtSendTime() {
        try (Post post = Post.fresh("gate-late")) {
            UUID stays = post.subscriber("Ann", "Stays", "en", "ann@brighton.test");
            UUID leaves = post.subscriber("Ben", "Leaves", "en", "ben@brighton.test");
            Campaign campaign = post.newsletter("Later", stays, leaves);
            post.campaigns.save(campaign.withSchedule(Instant.now().plus(Duration.ofHours(1))), EN);
            assertEquals(CampaignStatus.SCHEDULED, post.campaigns.start(campaign.id(), EN).status());
            post.withdraw(leaves);

            Campaign scheduled = post.campaigns.find(campaign.id()).orElseThrow();
            post.campaigns.save(scheduled.withSchedule(Instant.now()), EN);
            Post.await(() -> post.campaigns.find(campaign.id()).get().status() == CampaignStatus.DONE, "done");

            assertEquals(1, post.mail.getReceivedMessages().length);
            assertEquals(List.of(DeliveryStatus.SENT, DeliveryStatus.SKIPPED), post.campaigns.deliveries(campaign.id(), 0, 10)
                    .stream().map(d -> d.status()).toList());
            assertEquals("NO_CONSENT", post.campaigns.deliveries(campaign.id(), 0, 10).get(1).reply());
        }
    }

    @Test
    void nobodyEligibleIsRefusedWithTheCountLeftOut() {
        try (Post post = Post.fresh("gate-nobody")) {
            UUID never = post.person("Ben", "Never", "en", "ben@brighton.test");
            Campaign campaign = post.newsletter("Nobody", never);
            assertEquals("audience: Nobody in the audience can receive this campaign (1 left out): see who and why in "
                    + "the audience.", Post.refusal(() -> post.campaigns.start(campaign.id(), EN)));
            assertEquals(CampaignStatus.DRAFT, post.campaigns.find(campaign.id()).get().status());
            assertEquals(0, post.rows("SELECT COUNT(*) FROM CAMPAIGN_DELIVERY"));
        }
    }
}
