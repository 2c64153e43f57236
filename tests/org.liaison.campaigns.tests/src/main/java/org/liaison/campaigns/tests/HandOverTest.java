package org.liaison.campaigns.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.liaison.campaigns.Campaign;
import org.liaison.campaigns.CampaignStatus;
import org.liaison.campaigns.SendingPlace;
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

    private static void holder(UUID campaign, String node) {
        StoreFixture.service(Store.class).transaction(connection -> Sql.update(connection,
                "UPDATE CAMPAIGN SET SENDING_NODE = ? WHERE ID = ?", node, campaign));
    }
}
