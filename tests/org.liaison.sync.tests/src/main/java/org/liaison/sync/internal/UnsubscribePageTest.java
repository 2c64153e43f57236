package org.liaison.sync.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.UUID;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.liaison.campaigns.delivery.UnsubscribeTokens;
import org.liaison.core.id.Ids;
import org.liaison.server.Role;
import org.liaison.server.SyncEndpoint;
import org.liaison.store.Sql;
import org.liaison.store.Store;
import org.liaison.sync.internal.SyncServerFixture.Desktop;
import org.liaison.test.support.StoreFixture;

/**
 * The one-click unsubscribe of RFC 8058 on the server's HTTPS endpoint: a GET only asks, a POST
 * withdraws the recipient's consent and marks the mail, and both reach the desktop that sent it by
 * sync; a token of no mail changes nothing.
 */
@ExtendWith(OwnServer.class)
class UnsubscribePageTest {

    @Test
    void aOneClickPostWithdrawsConsentOnEveryDesktopAndAGetChangesNothing() throws Exception {
        String account = SyncServerFixture.account("campaigns-staff", Role.STAFF);
        Desktop desktop = SyncServerFixture.desktop(account, Duration.ZERO, SyncServerFixture.transport());
        Store local = desktop.store().store();
        UUID claire = ListedPeople.person(local, "Claire", "Dubois");
        String token = token();
        UUID delivery = sentNewsletter(local, claire, token);
        desktop.engine().sync();
        Store server = StoreFixture.service(Store.class);
        long serverConsents = count(server, "SELECT COUNT(*) FROM CONTACT_CONSENT WHERE CONTACT_ID = ?", claire);

        HttpResponse<String> asked = call("GET", token, null, "fr-FR,fr;q=0.9");
        assertEquals(200, asked.statusCode());
        assertTrue(asked.body().contains("Se d\u00e9sabonner"), asked.body());
        assertEquals("default-src 'none'; form-action 'self'", asked.headers().firstValue("Content-Security-Policy").orElseThrow());
        assertEquals(serverConsents, count(server, "SELECT COUNT(*) FROM CONTACT_CONSENT WHERE CONTACT_ID = ?", claire),
                "a GET changes nothing: mail scanners follow links");

        assertEquals(404, call("POST", token(), "List-Unsubscribe=One-Click", "en").statusCode(), "no mail has that token");
        assertEquals(400, call("POST", token, "something else", "en").statusCode(), "not the one-click body");
        assertEquals(serverConsents, count(server, "SELECT COUNT(*) FROM CONTACT_CONSENT WHERE CONTACT_ID = ?", claire));

        HttpResponse<String> done = call("POST", token, "List-Unsubscribe=One-Click", "en");
        assertEquals(200, done.statusCode());
        assertTrue(done.body().contains("You are unsubscribed"), done.body());
        assertEquals(200, call("POST", token, "List-Unsubscribe=One-Click", "en").statusCode(), "twice is the same as once");

        desktop.engine().sync();
        assertEquals(1, count(local, "SELECT COUNT(*) FROM CONTACT_CONSENT WHERE CONTACT_ID = ? AND NOT GRANTED "
                + "AND PURPOSE = 'NEWSLETTER' AND CHANNEL = 'EMAIL' AND SOURCE = 'one-click unsubscribe'", claire),
                "the withdrawal reached the desktop");
        assertEquals(1, count(local, "SELECT COUNT(*) FROM CAMPAIGN_DELIVERY WHERE ID = ? AND STATUS = 'UNSUBSCRIBED'",
                delivery));
        desktop.store().close();
    }

    /** A newsletter the desktop sent to {@code contact}, who had agreed to it, with {@code token} in its links. */
    private static UUID sentNewsletter(Store store, UUID contact, String token) {
        UUID campaign = Ids.newId();
        UUID delivery = Ids.newId();
        OffsetDateTime now = OffsetDateTime.now();
        store.transaction(connection -> {
            Sql.update(connection, "INSERT INTO CONTACT_CONSENT (ID, CONTACT_ID, PURPOSE, CHANNEL, GRANTED, SOURCE, RECORDED_AT) "
                    + "VALUES (?, ?, 'NEWSLETTER', 'EMAIL', TRUE, 'signed form', ?)", Ids.newId(), contact, now);
            Sql.update(connection, "INSERT INTO CAMPAIGN (ID, NAME, PURPOSE, CONSENT_PURPOSE, DEFAULT_LANGUAGE, SENDER_ADDRESS, "
                    + "STATUS, CREATED_BY, CREATED_AT, UPDATED_AT) VALUES (?, 'Winter news', 'NEWSLETTER', 'NEWSLETTER', 'en', "
                    + "'news@network.test', 'DONE', 'anne', ?, ?)", campaign, now, now);
            return Sql.update(connection, "INSERT INTO CAMPAIGN_DELIVERY (ID, CAMPAIGN_ID, CONTACT_ID, POSITION, ADDRESS, LANGUAGE, "
                    + "STATUS, ATTEMPTS, QUEUED_AT, SENT_AT, MESSAGE_ID, UNSUBSCRIBE_HASH) VALUES (?, ?, ?, 0, 'claire@rouen.test', "
                    + "'fr', 'SENT', 1, ?, ?, 'winter.1@network.test', ?)", delivery, campaign, contact, now, now,
                    UnsubscribeTokens.hash(token));
        });
        return delivery;
    }

    private static String token() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static long count(Store store, String sql, Object... values) {
        return store.read(connection -> Sql.count(connection, sql, values));
    }

    private static HttpResponse<String> call(String method, String token, String body, String language) throws Exception {
        SyncEndpoint endpoint = SyncServerFixture.endpoint();
        SSLContext tls = SSLContext.getInstance("TLS");
        tls.init(null, new TrustManager[] {new PinnedTrust(endpoint.certificateFingerprint())}, null);
        HttpRequest request = HttpRequest.newBuilder(URI.create(endpoint.address() + "/unsubscribe?t=" + token))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .header("Accept-Language", language).header("Content-Type", "application/x-www-form-urlencoded").build();
        return HttpClient.newBuilder().sslContext(tls).build().send(request, HttpResponse.BodyHandlers.ofString());
    }
}
