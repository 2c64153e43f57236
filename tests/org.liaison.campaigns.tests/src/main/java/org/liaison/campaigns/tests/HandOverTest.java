package org.liaison.campaigns.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;

import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.Test;
import org.liaison.campaigns.Campaign;
import org.liaison.campaigns.CampaignStatus;
import org.liaison.campaigns.SendingPlace;
import org.liaison.campaigns.delivery.UnsubscribeTokens;
import org.liaison.campaigns.internal.CampaignCommands;
import org.liaison.store.NetworkKeys;
import org.liaison.store.Sql;
import org.liaison.store.Store;
import org.liaison.test.support.StoreFixture;

/**
 * Never two senders: a paused campaign is resumed elsewhere only once the runtime that sent it has
 * let go of it (it does once no mail of it is in flight there; others learn it by sync).
 */
class HandOverTest {

    @Test
    void aPausedCampaignIsResumedElsewhereOnlyOnceItsSenderLetGoOfIt() {
        try (Post post = Post.fresh("hand-over")) {
            UUID reader = post.subscriber("Ann", "Reader", "en", "ann@reader.test");
            Campaign campaign = post.newsletter("Hand-over", reader);
            post.campaigns.save(campaign.withSchedule(Instant.now().plus(Duration.ofHours(1))), Post.EN);
            post.campaigns.start(campaign.id(), Post.EN);
            assertEquals(SendingPlace.HERE, post.campaigns.sendingPlace(campaign.id()), "a desktop working alone sends its own");
            post.campaigns.pause(campaign.id(), Post.EN);
            Post.await(() -> post.campaigns.sendingPlace(campaign.id()) == SendingPlace.NOBODY,
                    "the sender lets go of the paused campaign, nothing of it being in flight");

            holder(campaign.id(), "server"); // as sync leaves it: the server sent it, this desktop paused it while alone
            assertEquals("status: The server sends this campaign and has not yet said that it stopped: it can be resumed once this "
                    + "desktop has synced with the server after the pause.", Post.refusal(() -> post.campaigns.resume(campaign.id(), Post.EN)));
            holder(campaign.id(), UUID.randomUUID().toString()); // another desktop, working alone, sent it
            assertEquals("status: Another desktop sends this campaign and has not yet said that it stopped: it can be resumed once "
                    + "that desktop has synced after the pause.", Post.refusal(() -> post.campaigns.resume(campaign.id(), Post.EN)));
            assertEquals(CampaignStatus.PAUSED, post.campaigns.find(campaign.id()).orElseThrow().status(), "refused: nothing changed");

            holder(campaign.id(), null); // its sender let go of it
            post.campaigns.resume(campaign.id(), Post.EN);
            assertEquals(SendingPlace.HERE, post.campaigns.sendingPlace(campaign.id()), "taken over here");
            Post.await(() -> post.mail.getReceivedMessages().length == 1, "sent from here, once");
        }
    }

    @Test
    void theServersAdministratorReleasesAPausedCampaignWhoseDesktopIsGoneForGood() {
        try (Post post = Post.fresh("released")) {
            UUID reader = post.subscriber("Bea", "Reader", "en", "bea@reader.test");
            Campaign campaign = post.newsletter("Released", reader);
            CampaignCommands commands = StoreFixture.service(CampaignCommands.class);
            assertEquals("Campaign 'Released' is draft, not paused: only a paused campaign can be released (pause it on a desktop "
                    + "and let that reach the server).", commands.releaseCampaign(campaign.id().toString()));
            post.campaigns.save(campaign.withSchedule(Instant.now().plus(Duration.ofHours(1))), Post.EN);
            post.campaigns.start(campaign.id(), Post.EN);
            post.campaigns.pause(campaign.id(), Post.EN);
            Post.await(() -> post.campaigns.sendingPlace(campaign.id()) == SendingPlace.NOBODY, "let go of here");
            String gone = UUID.randomUUID().toString();
            holder(campaign.id(), gone); // a desktop that sent it, paused it, and was then lost before it could let go
            assertEquals("status: Another desktop sends this campaign and has not yet said that it stopped: it can be resumed once "
                    + "that desktop has synced after the pause.", Post.refusal(() -> post.campaigns.resume(campaign.id(), Post.EN)));

            assertEquals("Not a campaign id: 42 (liaison:releaseCampaign alone lists the paused campaigns and their ids)",
                    commands.releaseCampaign("42"));
            assertEquals(campaign.id() + "  Released  held by desktop " + gone + "\nRelease one with liaison:releaseCampaign ID",
                    commands.releaseCampaign());
            assertEquals("Campaign 'Released' released from desktop " + gone + ": whoever resumes it next sends it. Release only a "
                    + "campaign whose sender is gone for good: a desktop that comes back still sending it would send beside the new "
                    + "sender.", commands.releaseCampaign(campaign.id().toString()));
            assertEquals("Campaign 'Released' is held by nobody: it can be resumed anywhere.", commands.releaseCampaign(campaign.id()
                    .toString()));
            assertEquals("No paused campaign is held by a sender.", commands.releaseCampaign());
            post.campaigns.resume(campaign.id(), Post.EN);
            assertEquals(SendingPlace.HERE, post.campaigns.sendingPlace(campaign.id()), "taken over here");
            Post.await(() -> post.mail.getReceivedMessages().length == 1, "sent from here, once");
        }
    }

    @Test
    void aMailSentAgainByAnotherSenderCarriesTheTokenOfTheMailSentBeforeWhoseLinkKeepsWorking() throws Exception {
        try (Post post = Post.fresh("sent-again")) {
            UUID reader = post.subscriber("Cy", "Reader", "en", "cy@reader.test");
            Campaign campaign = post.newsletter("Sent again", reader);
            post.campaigns.save(campaign.withSchedule(Instant.now().plus(Duration.ofHours(1))), Post.EN);
            post.campaigns.start(campaign.id(), Post.EN);
            post.campaigns.pause(campaign.id(), Post.EN);
            Post.await(() -> post.campaigns.sendingPlace(campaign.id()) == SendingPlace.NOBODY, "let go of here");
            // another desktop sent the mail under a key of the network this runtime learnt by sync, and stopped with it in flight
            byte[] othersKey = new byte[32];
            new SecureRandom().nextBytes(othersKey);
            StoreFixture.service(NetworkKeys.class).learn(UnsubscribeTokens.KEY_PURPOSE, List.of(new NetworkKeys.Key("other-desktop", othersKey)), null);
            UUID delivery = post.campaigns.deliveries(campaign.id(), 0, 1).get(0).id();
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(othersKey, "HmacSHA256"));
            String othersToken = Base64.getUrlEncoder().withoutPadding().encodeToString(mac.doFinal(delivery.toString()
                    .getBytes(StandardCharsets.US_ASCII)));
            StoreFixture.service(Store.class).transaction(connection -> Sql.update(connection, "UPDATE CAMPAIGN_DELIVERY SET STATUS = "
                    + "'SENDING', ATTEMPTS = 1, UNSUBSCRIBE_HASH = ? WHERE ID = ?", UnsubscribeTokens.hash(othersToken), delivery));

            post.campaigns.resume(campaign.id(), Post.EN);
            Post.await(() -> post.mail.getReceivedMessages().length == 1, "sent again from here");
            String header = post.mail.getReceivedMessages()[0].getHeader("List-Unsubscribe")[0];
            assertTrue(header.contains("unsubscribe%20" + othersToken + ">"), () -> "the token of the mail sent before: " + header);
            Post.await(() -> post.campaigns.find(campaign.id()).orElseThrow().status() == CampaignStatus.DONE, "done");
            assertTrue(post.campaigns.unsubscribe(othersToken, "one-click link"), "the first mail's link unsubscribes");
        }
    }

    private static void holder(UUID campaign, String node) {
        StoreFixture.service(Store.class).transaction(connection -> Sql.update(connection,
                "UPDATE CAMPAIGN SET SENDING_NODE = ? WHERE ID = ?", node, campaign));
    }
}
