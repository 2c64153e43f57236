package org.liaison.campaigns.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.liaison.campaigns.tests.Post.EN;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.liaison.campaigns.AudienceKind;
import org.liaison.campaigns.AudienceSource;
import org.liaison.campaigns.Campaign;
import org.liaison.campaigns.CampaignPurpose;
import org.liaison.campaigns.MailTemplate;
import org.liaison.campaigns.CampaignStatus;
import org.liaison.campaigns.Delivery;
import org.liaison.campaigns.DeliveryStatus;
import org.liaison.campaigns.delivery.MailTransport;
import org.liaison.campaigns.delivery.OutgoingMail;
import org.liaison.contacts.ConsentChannel;
import org.liaison.contacts.ConsentPurpose;
import org.liaison.meetings.Attendee;
import org.liaison.meetings.Meeting;
import org.liaison.meetings.MeetingKind;
import org.liaison.meetings.Meetings;
import org.liaison.test.support.StoreFixture;

import jakarta.mail.Message;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;

/** Sending through Camel to a real SMTP server: one mail each, in their language, safe and well formed. */
class SendingTest {

    @Test
    void everyRecipientGetsOneMailInTheirLanguageWithUnsubscribeHeaders() throws Exception {
        try (Post post = Post.fresh("sending")) {
            UUID claire = post.subscriber("\u00c9lodie", "L\u00e9v\u00eaque", "fr", "claire@rouen.test");
            UUID oliver = post.subscriber("Oliver", "Baker", "en", "oliver@brighton.test");
            Campaign campaign = post.newsletter("Winter news", claire, oliver);

            assertEquals(CampaignStatus.SENDING, post.campaigns.start(campaign.id(), EN).status());
            Post.await(() -> post.campaigns.find(campaign.id()).get().status() == CampaignStatus.DONE, "campaign done");

            MimeMessage[] received = post.mail.getReceivedMessages();
            assertEquals(2, received.length);
            Map<String, MimeMessage> byRecipient = Arrays.stream(received).collect(Collectors.toMap(SendingTest::to, m -> m));
            MimeMessage french = byRecipient.get("claire@rouen.test");
            assertEquals("Des nouvelles pour \u00c9lodie", french.getSubject());
            assertTrue(french.getHeader("Subject")[0].startsWith("=?UTF-8?"), "an accented subject is encoded");
            assertTrue(french.getContentType().startsWith("multipart/alternative"), french.getContentType());
            MimeMultipart parts = new MimeMultipart(french.getDataHandler().getDataSource());
            assertTrue(parts.getBodyPart(0).isMimeType("text/plain"));
            assertTrue(parts.getBodyPart(1).isMimeType("text/html"));
            assertTrue(new String(parts.getBodyPart(1).getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).contains("Bonjour \u00c9lodie L\u00e9v\u00eaque"));
            String unsubscribe = french.getHeader("List-Unsubscribe")[0];
            assertTrue(unsubscribe.matches("<mailto:bounces@network\\.test\\?subject=unsubscribe%20[A-Za-z0-9_-]{43}>"), unsubscribe);
            assertNull(french.getHeader("List-Unsubscribe-Post"), "one-click needs an HTTPS address, and none is set up");
            assertEquals("News for Oliver", byRecipient.get("oliver@brighton.test").getSubject());

            List<Delivery> deliveries = post.campaigns.deliveries(campaign.id(), 0, 10);
            assertEquals(List.of(DeliveryStatus.SENT, DeliveryStatus.SENT), deliveries.stream().map(Delivery::status).toList());
            assertEquals("<" + deliveries.get(0).messageId() + ">",
                    byRecipient.get(deliveries.get(0).address()).getHeader("Message-ID")[0]);
            assertEquals(2, post.campaigns.progress(campaign.id()).sent());
        }
    }

    @Test
    void anInvitationGoesToTheEventsAttendeesWithItsDetailsInTheirLanguage() throws Exception {
        try (Post post = Post.fresh("invitation")) {
            UUID camille = post.person("Camille", "Moreau", "fr", "camille@rouen.test");
            post.consent.record(camille, ConsentPurpose.EVENT_INVITATIONS, ConsentChannel.EMAIL, true, "fair", null, null, EN);
            Meeting fair = StoreFixture.service(Meetings.class).save(Meeting.of(MeetingKind.NETWORK_EVENT, "Dieppe meet-up",
                    ZonedDateTime.of(2027, 3, 12, 18, 30, 0, 0, ZoneId.of("Europe/Paris")), "anne", "fr")
                    .withPlace("Quai Henri IV, Dieppe", null).withAttendees(List.of(Attendee.invited(camille))), EN);
            assertTrue(post.campaigns.audienceChoices(EN).stream().anyMatch(c -> c.kind() == AudienceKind.MEETING
                    && c.id().equals(fair.id())), "the event can be chosen as an audience");
            Campaign invitation = post.campaigns.save(Campaign.draft("Invitation", CampaignPurpose.EVENT_INVITATION,
                    "news@network.test").withMeeting(fair.id()), EN);
            post.campaigns.saveAudience(invitation.id(), List.of(AudienceSource.include(AudienceKind.MEETING, fair.id())), EN);
            post.campaigns.saveTemplate(invitation.id(), new MailTemplate("en", "Join us: ${event.title}", "",
                    "${event.title}, ${event.date}, ${event.place}"), EN);
            post.campaigns.saveTemplate(invitation.id(), new MailTemplate("fr", "Rejoignez-nous : ${event.title}", "",
                    "${event.title}, ${event.date}, ${event.place}"), EN);

            post.campaigns.start(invitation.id(), EN);
            Post.await(() -> post.campaigns.find(invitation.id()).get().status() == CampaignStatus.DONE, "sent");

            MimeMessage mail = post.mail.getReceivedMessages()[0];
            assertEquals("Rejoignez-nous : Dieppe meet-up", mail.getSubject());
            String text = new String(mail.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            assertTrue(text.contains("Dieppe meet-up, vendredi 12 mars 2027") && text.contains("18:30")
                    && text.contains("Quai Henri IV, Dieppe"), text);
        }
    }

    @Test
    void aLineBreakInANameOrSubjectAddsNoHeader() throws Exception {
        try (Post post = Post.fresh("injection")) {
            MailTransport transport = StoreFixture.service(MailTransport.class);
            transport.send(new OutgoingMail("news@network.test", "Network\r\nBcc: victim@evil.test", null,
                    "oliver@brighton.test", "Oliver\r\nBcc: victim2@evil.test", "Hello\r\nBcc: victim3@evil.test",
                    "<p>Hi</p>", "Hi", "injection.1@network.test", "mailto:bounces@network.test", null),
                    post.server(post.mail.getSmtp().getPort()));
            MimeMessage received = post.mail.getReceivedMessages()[0];
            assertEquals(1, post.mail.getReceivedMessages().length, "nobody else got it");
            assertNull(received.getHeader("Bcc"));
            assertEquals(1, received.getRecipients(Message.RecipientType.TO).length);
            assertEquals("Hello Bcc: victim3@evil.test", received.getSubject());
            assertEquals("Oliver Bcc: victim2@evil.test", ((InternetAddress) received.getRecipients(Message.RecipientType.TO)[0]).getPersonal());
            assertEquals(java.util.Set.of(Post.RETURN, "oliver@brighton.test"), post.mail.getUserManager().listUser().stream()
                    .map(user -> user.getEmail()).collect(Collectors.toSet()), "the server was given no other recipient");
        }
    }

    @Test
    void aThrottledCampaignSendsNoMoreThanItsLimitAMinute() throws Exception {
        try (Post post = Post.fresh("throttle")) {
            UUID a = post.subscriber("Ann", "One", "en", "ann@brighton.test");
            UUID b = post.subscriber("Ben", "Two", "en", "ben@brighton.test");
            UUID c = post.subscriber("Cat", "Three", "en", "cat@brighton.test");
            Campaign campaign = post.campaigns.save(post.newsletter("Slow news", a, b, c).withThrottle(2, 0), EN);

            post.campaigns.start(campaign.id(), EN);
            Post.await(() -> post.mail.getReceivedMessages().length == 2, "two mails");
            Thread.sleep(2000);
            assertEquals(2, post.mail.getReceivedMessages().length, "the third waits for the minute to pass");
            assertEquals(1, post.campaigns.progress(campaign.id()).waiting());
            post.campaigns.pause(campaign.id(), EN);
        }
    }

    private static String to(MimeMessage message) {
        try {
            return ((InternetAddress) message.getRecipients(Message.RecipientType.TO)[0]).getAddress();
        } catch (jakarta.mail.MessagingException e) {
            throw new AssertionError(e);
        }
    }
}
