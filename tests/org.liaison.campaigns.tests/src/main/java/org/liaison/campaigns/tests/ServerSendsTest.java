package org.liaison.campaigns.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Set;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.liaison.campaigns.CampaignStatus;
import org.liaison.campaigns.SendingPlace;
import org.liaison.sync.SyncException;
import org.liaison.sync.SyncService;
import org.liaison.test.support.ServerProduct;
import org.liaison.test.support.StoreFixture;

import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

/**
 * A campaign started on a desktop connected to a server is sent by the server product (a process
 * of its own) and by nobody else, though the desktop has a mail server of its own; what the server
 * records (the pause for want of a mail server, each delivery, an unsubscribe) reaches the desktop
 * by sync.
 */
class ServerSendsTest {

    /** The server's return address: the domain of the Message-ID of every mail the server sends. */
    private static final String SERVER_RETURN = "bounces@server.test";

    @Test
    void theServerSendsTheCampaignOfADesktopConnectedToItOnceToEachRecipient(@TempDir Path home) throws Exception {
        try (Post post = Post.fresh("server-sends"); ServerProduct server = ServerProduct.start(home)) {
            String password = server.addAccount("ann", "staff");
            SyncService sync = StoreFixture.service(SyncService.class);
            sync.connect(server.address, server.fingerprint, "ann", password.toCharArray(), "Ann's laptop");
            Set<UUID> people = Stream.of("en", "fr", "en", "fr", "en", "fr")
                    .map(language -> post.subscriber("Reader", UUID.randomUUID().toString().substring(0, 8), language,
                            "reader-" + UUID.randomUUID() + "@network.test"))
                    .collect(Collectors.toSet());
            UUID campaign = post.newsletter("Autumn news", people.toArray(UUID[]::new)).id();

            // the server has no mail server set up yet: it takes the campaign and pauses it, saying why
            post.campaigns.start(campaign, Post.EN);
            assertEquals(SendingPlace.SERVER, post.campaigns.sendingPlace(campaign));
            awaitSynced(sync, () -> post.campaigns.find(campaign).orElseThrow().status() == CampaignStatus.PAUSED,
                    "the server's pause reaches the desktop");
            assertEquals("SERVER_NO_MAIL_SERVER", post.campaigns.find(campaign).orElseThrow().statusReason());
            assertEquals(0, post.mail.getReceivedMessages().length, "the desktop sent nothing, though it has a mail server");

            // its administrator sets one up and has it read again; Resume on the desktop hands the campaign back
            writeMailSettings(home.resolve("data").resolve("campaigns").resolve("mail.properties"),
                    post.mail.getSmtp().getPort(), server.address);
            server.console("liaison:mailServer", "Mail server: 127.0.0.1:" + post.mail.getSmtp().getPort());
            post.campaigns.resume(campaign, Post.EN);
            assertEquals(SendingPlace.SERVER, post.campaigns.sendingPlace(campaign));
            awaitSynced(sync, () -> post.campaigns.find(campaign).orElseThrow().status() == CampaignStatus.DONE
                    && post.campaigns.progress(campaign).sent() == people.size(), "every delivery the server records reaches the desktop");

            MimeMessage[] received = post.mail.getReceivedMessages();
            assertEquals(people.size(), received.length, "one mail a recipient, none twice");
            Set<String> recipients = new java.util.HashSet<>();
            for (MimeMessage mail : received) {
                recipients.add(((InternetAddress) mail.getAllRecipients()[0]).getAddress());
                assertTrue(mail.getHeader("Message-ID")[0].endsWith("@server.test>"), "sent by the server: " + mail.getHeader("Message-ID")[0]);
            }
            assertEquals(people.size(), recipients.size());

            // the one-click link carries the server's token, which the server's page knows
            MimeMessage first = received[0];
            Matcher link = Pattern.compile("<(https://[^>]+)>").matcher(first.getHeader("List-Unsubscribe")[0]);
            assertTrue(link.find(), first.getHeader("List-Unsubscribe")[0]);
            assertEquals(200, oneClick(URI.create(link.group(1)), server.fingerprint).statusCode());
            String address = ((InternetAddress) first.getAllRecipients()[0]).getAddress();
            awaitSynced(sync, () -> post.rows("SELECT COUNT(*) FROM CAMPAIGN_DELIVERY WHERE CAMPAIGN_ID = ? AND ADDRESS = ? "
                    + "AND STATUS = 'UNSUBSCRIBED'", campaign, address) == 1, "the unsubscribe reaches the desktop");
            assertEquals(1, post.rows("SELECT COUNT(*) FROM CONTACT_CONSENT K JOIN CONTACT_EMAIL E ON E.CONTACT_ID = K.CONTACT_ID "
                    + "WHERE LOWER(E.ADDRESS) = ? AND K.GRANTED = FALSE", address.toLowerCase(java.util.Locale.ROOT)),
                    "the recipient's consent is withdrawn on the desktop");
            assertEquals(people.size(), post.mail.getReceivedMessages().length, "nothing more was sent");

            // an account that may only read: its changes stay on its desktop, so the server could never send its campaign
            String readerPassword = server.addAccount("rita", "read-only");
            sync.connect(server.address, server.fingerprint, "rita", readerPassword.toCharArray(), "Rita's laptop");
            UUID late = post.subscriber("Late", "Reader", "en", "late-reader@network.test");
            awaitSynced(sync, () -> sync.status().problem().filter(p -> p.kind() == SyncException.Kind.FORBIDDEN).isPresent(),
                    "the server refused the read-only desktop's changes");
            UUID kept = post.newsletter("Winter news", late).id();
            assertEquals("status: This desktop's changes do not reach the server (its account may only read), and the server sends "
                    + "the campaigns of connected desktops: ask your administrator for an account that may change data.",
                    Post.refusal(() -> post.campaigns.start(kept, Post.EN)));
            assertEquals(SendingPlace.NOBODY, post.campaigns.sendingPlace(kept), "nobody was named to send it");
        }
    }

    /** Syncs the desktop until {@code condition} holds, for up to 90 s; a sync that fails (the server busy) is tried again. */
    private static void awaitSynced(SyncService sync, BooleanSupplier condition, String what) {
        Post.await(() -> {
            try {
                sync.syncNow();
            } catch (SyncException e) {
                System.out.println("A sync failed, tried again: " + e.getMessage());
            }
            return condition.getAsBoolean();
        }, what, Duration.ofSeconds(90));
    }

    /** The server's mail settings, as its administrator writes them: SMTP on this computer, the server's unsubscribe page. */
    private static void writeMailSettings(Path file, int smtpPort, URI unsubscribePage) throws Exception {
        Files.createDirectories(file.getParent());
        Files.writeString(file, "smtp.host=127.0.0.1\nsmtp.port=" + smtpPort + "\nsmtp.security=NONE\nreturn.address="
                + SERVER_RETURN + "\nunsubscribe.url=" + unsubscribePage + "\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
    }

    /** The one-click unsubscribe a mail program makes (RFC 8058), trusting only the server's certificate. */
    private static HttpResponse<String> oneClick(URI link, String fingerprint) throws Exception {
        SSLContext tls = SSLContext.getInstance("TLS");
        tls.init(null, new TrustManager[] {new Pinned(fingerprint)}, null);
        HttpRequest request = HttpRequest.newBuilder(link)
                .POST(HttpRequest.BodyPublishers.ofString("List-Unsubscribe=One-Click"))
                .header("Content-Type", "application/x-www-form-urlencoded").timeout(Duration.ofSeconds(30)).build();
        return HttpClient.newBuilder().sslContext(tls).connectTimeout(Duration.ofSeconds(20)).build().send(request,
                HttpResponse.BodyHandlers.ofString());
    }

    /** Trusts the one certificate whose SHA-256 the server printed. */
    private record Pinned(String fingerprint) implements X509TrustManager {

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType) throws java.security.cert.CertificateException {
            try {
                String seen = HexFormat.ofDelimiter(":").withUpperCase()
                        .formatHex(MessageDigest.getInstance("SHA-256").digest(chain[0].getEncoded()));
                if (!seen.equals(fingerprint)) {
                    throw new java.security.cert.CertificateException("another certificate: " + seen);
                }
            } catch (java.security.NoSuchAlgorithmException e) {
                throw new java.security.cert.CertificateException(e);
            }
        }

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType) throws java.security.cert.CertificateException {
            throw new java.security.cert.CertificateException("no client certificates");
        }

        @Override
        public X509Certificate[] getAcceptedIssuers() {
            return new X509Certificate[0];
        }
    }
}
