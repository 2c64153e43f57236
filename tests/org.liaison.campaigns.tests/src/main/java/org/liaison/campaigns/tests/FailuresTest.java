package org.liaison.campaigns.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.liaison.campaigns.tests.Post.EN;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.liaison.campaigns.Campaign;
import org.liaison.campaigns.CampaignStatus;
import org.liaison.campaigns.Delivery;
import org.liaison.campaigns.DeliveryStatus;
import org.liaison.campaigns.delivery.MailSecurity;
import org.liaison.campaigns.delivery.MailServer;

/** What the mail server refuses: 4xx retried, 5xx not, a refused login or a dead server pausing the campaign. */
class FailuresTest {

    @Test
    void aTemporaryRefusalIsRetriedAndAPermanentOneIsNot() throws Exception {
        try (Post post = Post.fresh("retry");
                ScriptedSmtp smtp = new ScriptedSmtp((address, attempt) -> address.startsWith("later")
                        ? attempt == 1 ? "451 4.3.0 Try again later" : "250 OK"
                        : address.startsWith("gone") ? "550 5.1.1 No such user" : "250 OK", false)) {
            post.settings.save(post.server(smtp.port()), EN);
            UUID later = post.subscriber("Lou", "Later", "en", "later@brighton.test");
            UUID gone = post.subscriber("Gil", "Gone", "en", "gone@brighton.test");
            Campaign campaign = post.newsletter("Retries", later, gone);

            post.campaigns.start(campaign.id(), EN);
            Post.await(() -> post.campaigns.find(campaign.id()).get().status() == CampaignStatus.DONE, "done");

            List<Delivery> deliveries = post.campaigns.deliveries(campaign.id(), 0, 10);
            assertEquals(DeliveryStatus.SENT, deliveries.get(0).status());
            assertEquals(2, deliveries.get(0).attempts(), "sent at the second attempt, a second later");
            assertEquals(DeliveryStatus.FAILED, deliveries.get(1).status());
            assertEquals(1, deliveries.get(1).attempts(), "a permanent refusal is not retried");
            assertTrue(deliveries.get(1).reply().contains("550 5.1.1 No such user"), deliveries.get(1).reply());
            assertEquals(1, smtp.attempts.get("gone@brighton.test").get());
            assertEquals(1, smtp.accepted.get());
        }
    }

    @Test
    void mailServerSettingsThatWouldLeakOrCannotWorkAreRefusedFieldByField() {
        try (Post post = Post.fresh("settings")) {
            MailServer plainToTheInternet = new MailServer("smtp.example.org", 25, MailSecurity.NONE, "news", "secret",
                    Post.RETURN, null, null, 0, null, null, null, null);
            assertEquals("smtpSecurity: A connection without encryption is only allowed to a server on this computer: "
                    + "choose TLS or STARTTLS.", Post.refusal(() -> post.settings.save(plainToTheInternet, EN)));
            MailServer wrong = new MailServer("smtp.example.org", 0, MailSecurity.STARTTLS, null, null, "bounces", "imap",
                    "", 993, MailSecurity.TLS, null, null, "http://network.example.org");
            var problems = org.junit.jupiter.api.Assertions.assertThrows(org.liaison.core.validation.ValidationException.class,
                    () -> post.settings.save(wrong, EN)).problems();
            assertEquals(List.of("smtpPort", "returnAddress", "mailboxHost", "unsubscribeBaseUrl"),
                    problems.stream().map(p -> p.field()).toList());
            assertEquals("127.0.0.1", post.settings.current().orElseThrow().smtpHost(), "the settings in use are kept");
        }
    }

    @Test
    void aRefusedLoginPausesTheCampaignAndLosesNobody() throws Exception {
        try (Post post = Post.fresh("login");
                ScriptedSmtp smtp = new ScriptedSmtp((address, attempt) -> "250 OK", true)) {
            MailServer withLogin = new MailServer("127.0.0.1", smtp.port(), MailSecurity.NONE, "news", "wrong", Post.RETURN,
                    null, null, 0, null, null, null, null);
            post.settings.save(withLogin, EN);
            UUID ann = post.subscriber("Ann", "One", "en", "ann@brighton.test");
            Campaign campaign = post.newsletter("Login", ann);

            post.campaigns.start(campaign.id(), EN);
            Post.await(() -> post.campaigns.find(campaign.id()).get().status() == CampaignStatus.PAUSED, "paused");

            Campaign paused = post.campaigns.find(campaign.id()).orElseThrow();
            assertTrue(paused.statusReason().startsWith("AUTHENTICATION: "), paused.statusReason());
            Delivery waiting = post.campaigns.deliveries(campaign.id(), 0, 1).get(0);
            assertEquals(DeliveryStatus.QUEUED, waiting.status());
            assertEquals(0, waiting.attempts(), "a refused login is not the recipient's attempt");
        }
    }

    @Test
    void aServerThatCannotBeReachedPausesTheCampaignWhichThenResumes() throws Exception {
        try (Post post = Post.fresh("unreachable")) {
            int closed;
            try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
                closed = socket.getLocalPort();
            }
            post.settings.save(post.server(closed), EN);
            UUID a = post.subscriber("Ann", "One", "en", "ann@brighton.test");
            UUID b = post.subscriber("Ben", "Two", "en", "ben@brighton.test");
            UUID c = post.subscriber("Cat", "Three", "en", "cat@brighton.test");
            Campaign campaign = post.newsletter("Unreachable", a, b, c);

            post.campaigns.start(campaign.id(), EN);
            Post.await(() -> post.campaigns.find(campaign.id()).get().status() == CampaignStatus.PAUSED, "paused");
            assertTrue(post.campaigns.find(campaign.id()).get().statusReason().startsWith("CONNECTION: 127.0.0.1:" + closed));
            assertEquals(3, post.campaigns.progress(campaign.id()).waiting(), "nobody lost");

            post.settings.save(post.server(post.mail.getSmtp().getPort()), EN);
            post.campaigns.resume(campaign.id(), EN);
            Post.await(() -> post.campaigns.find(campaign.id()).get().status() == CampaignStatus.DONE, "done");
            assertEquals(3, post.mail.getReceivedMessages().length);
        }
    }
}
