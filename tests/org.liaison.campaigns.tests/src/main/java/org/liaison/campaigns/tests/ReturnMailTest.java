package org.liaison.campaigns.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.liaison.campaigns.tests.Post.EN;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Properties;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.liaison.campaigns.Campaign;
import org.liaison.campaigns.CampaignStatus;
import org.liaison.campaigns.Delivery;
import org.liaison.campaigns.DeliveryStatus;
import org.liaison.campaigns.LeftOutReason;
import org.liaison.campaigns.MailboxReading;
import org.liaison.contacts.ConsentChannel;
import org.liaison.contacts.ConsentPurpose;
import org.liaison.contacts.DataProtection;
import org.liaison.test.support.StoreFixture;

import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;

/** The return mailbox, read over IMAP and POP3: a hard bounce holds the address, a reply unsubscribes, a broken report is listed. */
class ReturnMailTest {

    @Test
    void aDeliveryStatusNotificationIsReadAsAHardBounceAndHoldsTheAddress() throws Exception {
        try (Post post = Post.fresh("bounce")) {
            post.readOverPop3();
            UUID gil = post.subscriber("Gil", "Gone", "en", "gil@brighton.test");
            Campaign campaign = sent(post, "Bounce", gil);
            hardBounce(post, campaign, "gil@brighton.test");

            MailboxReading reading = post.campaigns.readReturnMailbox(EN);
            assertEquals(new MailboxReading(1, 0, 0, 0, java.util.List.of()), reading);
            Delivery bounced = post.campaigns.deliveries(campaign.id(), 0, 1).get(0);
            assertEquals(DeliveryStatus.BOUNCED_HARD, bounced.status());
            assertTrue(bounced.reply().startsWith("5.1.1 smtp; 550 5.1.1"), bounced.reply());

            Campaign next = post.newsletter("After the bounce", gil);
            assertEquals(LeftOutReason.HELD_AFTER_BOUNCE, post.campaigns.report(next.id()).leftOut().get(0).reason());
            assertEquals(new MailboxReading(0, 0, 0, 0, java.util.List.of()), post.campaigns.readReturnMailbox(EN),
                    "a report read once is not read again");
        }
    }

    @Test
    void erasingAPersonRemovesTheAddressesCampaignsWroteToAndHeld() throws Exception {
        try (Post post = Post.fresh("erasure")) {
            post.readOverPop3();
            UUID gil = post.subscriber("Gil", "Gone", "en", "gil@brighton.test");
            Campaign campaign = sent(post, "Erasure", gil);
            hardBounce(post, campaign, "gil@brighton.test");
            post.campaigns.readReturnMailbox(EN);
            assertEquals(1, post.rows("SELECT COUNT(*) FROM CAMPAIGN_HELD_ADDRESS WHERE ADDRESS = 'gil@brighton.test'"));

            StoreFixture.service(DataProtection.class).erase(gil);

            assertEquals(0, post.rows("SELECT COUNT(*) FROM CAMPAIGN_HELD_ADDRESS"));
            assertEquals(0, post.rows("SELECT COUNT(*) FROM CAMPAIGN_DELIVERY WHERE LOWER(ADDRESS) LIKE '%gil%' "
                    + "OR LOWER(SMTP_REPLY) LIKE '%gil%'"), "no trace of the address in the delivery records");
            assertEquals(DeliveryStatus.BOUNCED_HARD, post.campaigns.deliveries(campaign.id(), 0, 1).get(0).status(),
                    "the record stays, anonymous, in the campaign's results");
        }
    }

    @Test
    void aReplyToTheUnsubscribeAddressWithdrawsConsent() throws Exception {
        try (Post post = Post.fresh("unsubscribe")) {
            UUID ann = post.subscriber("Ann", "One", "en", "ann@brighton.test");
            Campaign campaign = sent(post, "Unsubscribe", ann);
            String header = post.mail.getReceivedMessages()[0].getHeader("List-Unsubscribe")[0];
            String token = header.substring(header.indexOf("%20") + 3, header.length() - 1);
            post.returnMailbox.deliver(mail("Subject: unsubscribe " + token + "\r\nFrom: ann@brighton.test\r\n\r\n"));
            post.returnMailbox.deliver(mail("Subject: unsubscribe " + "x".repeat(43) + "\r\nFrom: someone@else.test\r\n\r\n"));

            MailboxReading reading = post.campaigns.readReturnMailbox(EN);
            assertEquals(1, reading.unsubscribes());
            assertEquals(1, reading.unmatched(), "a token of no mail changes nothing");
            assertFalse(post.consent.granted(ann, ConsentPurpose.NEWSLETTER, ConsentChannel.EMAIL, Instant.now()));
            assertEquals(DeliveryStatus.UNSUBSCRIBED, post.campaigns.deliveries(campaign.id(), 0, 1).get(0).status());
            assertFalse(post.campaigns.unsubscribe("not-a-token", "one-click link"));
        }
    }

    @Test
    void aReportThatCannotBeReadIsListedAndChangesNothing() throws Exception {
        try (Post post = Post.fresh("broken-report")) {
            post.readOverPop3();
            UUID ann = post.subscriber("Ann", "One", "en", "ann@brighton.test");
            Campaign campaign = sent(post, "Broken report", ann);
            post.returnMailbox.deliver(fixture("report-without-status.eml"));

            MailboxReading reading = post.campaigns.readReturnMailbox(EN);
            assertEquals(1, reading.unreadable().size(), reading.toString());
            assertTrue(reading.unreadable().get(0).contains("without a message/delivery-status part"), reading.toString());
            assertEquals(DeliveryStatus.SENT, post.campaigns.deliveries(campaign.id(), 0, 1).get(0).status());
        }
    }

    private static Campaign sent(Post post, String name, UUID... recipients) {
        Campaign campaign = post.newsletter(name, recipients);
        post.campaigns.start(campaign.id(), EN);
        Post.await(() -> post.campaigns.find(campaign.id()).get().status() == CampaignStatus.DONE, "sent");
        return campaign;
    }

    /** The delivery status notification a receiving server sends back about the campaign's first mail. */
    private static void hardBounce(Post post, Campaign campaign, String address) throws Exception {
        Delivery delivery = post.campaigns.deliveries(campaign.id(), 0, 1).get(0);
        post.returnMailbox.deliver(fixture("dsn-hard.eml", "RECIPIENT", address, "MESSAGE_ID", delivery.messageId()));
    }

    private static MimeMessage fixture(String name, String... replacements) throws Exception {
        try (InputStream in = ReturnMailTest.class.getResourceAsStream("/fixtures/" + name)) {
            String text = new String(in.readAllBytes(), StandardCharsets.US_ASCII);
            for (int i = 0; i < replacements.length; i += 2) {
                text = text.replace(replacements[i], replacements[i + 1]);
            }
            return mail(text.replace("\r\n", "\n").replace("\n", "\r\n"));
        }
    }

    private static MimeMessage mail(String text) throws IOException, jakarta.mail.MessagingException {
        return new MimeMessage(Session.getInstance(new Properties()),
                new ByteArrayInputStream(text.getBytes(StandardCharsets.US_ASCII)));
    }
}
