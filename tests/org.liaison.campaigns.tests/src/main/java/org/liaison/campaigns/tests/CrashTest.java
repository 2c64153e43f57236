package org.liaison.campaigns.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.liaison.campaigns.tests.Post.EN;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.liaison.campaigns.Campaign;
import org.liaison.campaigns.CampaignStatus;
import org.liaison.campaigns.Campaigns;
import org.liaison.campaigns.Delivery;
import org.liaison.campaigns.DeliveryStatus;
import org.liaison.core.settings.UserSettings;
import org.liaison.store.StoreStatus;
import org.liaison.test.support.SecondRuntime;
import org.liaison.test.support.StoreFixture;

import jakarta.mail.Message;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

/**
 * A sending process killed with SIGKILL part way, then started again: every recipient has exactly
 * one mail, but for at most the one in flight, whose repeat is logged.
 */
class CrashTest {

    private static final int RECIPIENTS = 400;

    @Test
    void aSendingProcessKilledPartWayResumesAndNobodyIsLostOrWrittenTwiceButTheOneInFlight() throws Exception {
        Path data = StoreFixture.service(UserSettings.class).dataDirectory();
        Files.createDirectories(data);
        try (var files = Files.list(data)) {
            for (Path file : files.filter(f -> f.getFileName().toString().startsWith("liaison.")).toList()) {
                Files.delete(file);
            }
        }
        try (Post post = Post.onFile(data)) {
            List<UUID> people = new ArrayList<>();
            for (int i = 0; i < RECIPIENTS; i++) {
                people.add(post.subscriber("Ann" + i, "Crash", i % 2 == 0 ? "en" : "fr", "ann" + i + "@brighton.test"));
            }
            Campaign campaign = post.newsletter("Crash", people.toArray(UUID[]::new));
            // scheduled a little ahead, so that this runtime lets go of the database before it is due
            post.campaigns.save(campaign.withSchedule(Instant.now().plus(Duration.ofSeconds(15))), EN);
            assertEquals(CampaignStatus.SCHEDULED, post.campaigns.start(campaign.id(), EN).status());
            StoreFixture.memory("crash-released-" + UUID.randomUUID());

            Path home = data.getParent();
            String[] properties = {"-Dliaison.home=" + home, "-Dliaison.campaigns.tickSeconds=1", "-Xmx512m"};
            int atKill;
            Path folder = Files.createTempDirectory("liaison-crash");
            try (SecondRuntime first = SecondRuntime.start("org.liaison.campaigns.tests", folder.resolve("first"), properties)) {
                long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
                while (post.mail.getReceivedMessages().length < RECIPIENTS / 8) {
                    assertTrue(first.alive(), () -> "the sending runtime stopped");
                    assertTrue(System.nanoTime() < deadline, () -> "no mail within 90 s: " + output(first));
                    Thread.sleep(5);
                }
                first.kill();
                atKill = post.mail.getReceivedMessages().length;
            }
            assertTrue(atKill < RECIPIENTS, "killed part way (" + atKill + " of " + RECIPIENTS + " sent)");

            String resumedLog;
            try (SecondRuntime second = SecondRuntime.start("org.liaison.campaigns.tests", folder.resolve("second"), properties)) {
                Post.await(() -> post.mail.getReceivedMessages().length >= RECIPIENTS, "every recipient written to",
                        Duration.ofSeconds(120));
                Thread.sleep(3000); // long enough for a mail too many to arrive
                resumedLog = second.output();
            }

            Map<String, Long> mailsPerRecipient = Arrays.stream(post.mail.getReceivedMessages())
                    .collect(Collectors.groupingBy(CrashTest::to, Collectors.counting()));
            assertEquals(RECIPIENTS, mailsPerRecipient.size(), "every recipient got their mail");
            List<String> twice = mailsPerRecipient.entrySet().stream().filter(e -> e.getValue() > 1).map(Map.Entry::getKey)
                    .toList();
            assertTrue(twice.size() <= 1, "at most the mail in flight went twice: " + twice);
            assertTrue(mailsPerRecipient.values().stream().allMatch(count -> count <= 2), mailsPerRecipient::toString);
            if (!twice.isEmpty()) {
                assertTrue(resumedLog.contains("was in flight when sending stopped"), "the repeat is logged");
            }

            StoreStatus reopened = StoreFixture.configure(Map.of("mode", "file", "directory", data.toString()), data.toString());
            assertEquals(StoreStatus.State.OPEN, reopened.state());
            Campaigns campaigns = StoreFixture.service(Campaigns.class); // the service of the store opened again
            assertEquals(CampaignStatus.DONE, campaigns.find(campaign.id()).orElseThrow().status());
            List<Delivery> deliveries = campaigns.deliveries(campaign.id(), 0, RECIPIENTS);
            assertEquals(Map.of(DeliveryStatus.SENT, (long) RECIPIENTS), deliveries.stream()
                    .collect(Collectors.groupingBy(Delivery::status, Collectors.counting())));
            assertEquals(deliveries.size(), deliveries.stream().map(Delivery::address).collect(Collectors.toSet()).size());
            System.out.printf("crash test: killed after %d of %d mails; repeated: %s%n", atKill, RECIPIENTS, twice);
        }
    }

    private static String output(SecondRuntime runtime) {
        try {
            return runtime.output();
        } catch (java.io.IOException e) {
            return e.toString();
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
