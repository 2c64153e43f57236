package org.liaison.sync.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.PreparedStatement;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.liaison.server.Accounts;
import org.liaison.server.Role;
import org.liaison.server.SyncEndpoint;
import org.liaison.store.Store;
import org.liaison.sync.SyncException;
import org.liaison.sync.SyncException.Kind;
import org.liaison.sync.protocol.KeyRing;
import org.liaison.sync.protocol.LoginRequest;
import org.liaison.sync.protocol.LoginResponse;
import org.liaison.sync.protocol.PushRequest;
import org.liaison.sync.protocol.PushedChange;
import org.liaison.sync.protocol.SyncProtocol;
import org.liaison.test.support.StoreFixture;

/** Every way in is checked, and the server answers the next good request after each bad one. */
@ExtendWith(OwnServer.class)
class EndpointSecurityTest {

    @Test
    void wrongPasswordsTokensAndRolesAreRefused() throws Exception {
        HttpsTransport transport = SyncServerFixture.transport();
        String staff = SyncServerFixture.account("security-staff", Role.STAFF);
        String reader = SyncServerFixture.account("security-reader", Role.READ_ONLY);

        try (CapturedLog log = CapturedLog.of("org.liaison.server")) {
            assertKind(Kind.UNAUTHORIZED, () -> transport.login(new LoginRequest(staff, "not the password", "laptop", null)));
            assertKind(Kind.UNAUTHORIZED, () -> transport.login(new LoginRequest("nobody", "whatever it is", "laptop", null)));
            String logged = log.text();
            assertTrue(logged.contains("Sign-in refused for account " + staff) && logged.contains("Sign-in refused for account nobody"),
                    () -> "failed sign-ins are logged: " + logged);
            assertFalse(logged.contains("not the password") || logged.contains("whatever it is"),
                    () -> "without the password tried: " + logged);
        }
        assertEquals(401, raw("GET", SyncProtocol.PULL, null, null).statusCode(), "no token");
        assertKind(Kind.UNAUTHORIZED, () -> transport.pull("made-up-token", 0, 10, 0));

        LoginResponse session = transport.login(new LoginRequest(staff, SyncServerFixture.PASSWORD, "laptop", null));
        transport.pull(session.token(), 0, 10, 0);
        LoginResponse expiring = transport.login(new LoginRequest(staff, SyncServerFixture.PASSWORD, "tablet", null));
        transport.pull(expiring.token(), 0, 10, 0); // the same token, served before it expires
        expire(expiring.deviceId());
        assertKind(Kind.UNAUTHORIZED, () -> transport.pull(expiring.token(), 0, 10, 0));

        LoginResponse readOnly = transport.login(new LoginRequest(reader, SyncServerFixture.PASSWORD, "kiosk", null));
        transport.pull(readOnly.token(), 0, 10, 0);
        SyncException forbidden = assertThrows(SyncException.class, () -> transport.push(readOnly.token(),
                new PushRequest(readOnly.deviceId(), 0, List.of(change(1)))));
        assertEquals(Kind.FORBIDDEN, forbidden.kind());
        String secret = java.util.Base64.getEncoder().encodeToString(new byte[32]);
        KeyRing staffRing = transport.keys(session.token(), new KeyRing(Map.of("unsubscribe", Map.of("laptop-unsubscribe", secret),
                "suppression", Map.of("laptop-suppression", secret)), Map.of("unsubscribe", "laptop-unsubscribe", "suppression", "laptop-suppression")));
        assertEquals(java.util.Set.of("unsubscribe", "suppression"), staffRing.keys().keySet());
        KeyRing readerRing = transport.keys(readOnly.token(), new KeyRing(Map.of(), Map.of()));
        assertEquals(Map.of("suppression", "laptop-suppression"), readerRing.current(), "an account that may only read recognises "
                + "erased addresses, but gets no key that makes unsubscribe tokens: it could withdraw anyone's consent");
        assertEquals(java.util.Set.of("suppression"), readerRing.keys().keySet());

        LoginResponse other = transport.login(new LoginRequest(staff, SyncServerFixture.PASSWORD, "desktop", null));
        SyncException notYours = assertThrows(SyncException.class,
                () -> transport.push(session.token(), new PushRequest(other.deviceId(), 0, List.of(change(1)))));
        assertEquals(Kind.FORBIDDEN, notYours.kind());
        assertTrue(notYours.getMessage().contains(other.deviceId()), notYours.getMessage());

        HttpResponse<String> malformed = raw("POST", SyncProtocol.PUSH, session.token(), "{\"deviceId\": \"x\", \"changes\": [ }");
        assertEquals(400, malformed.statusCode());
        assertTrue(malformed.body().contains("malformed") && malformed.body().contains("line 1"), malformed.body());
        HttpResponse<String> unknownField = raw("POST", SyncProtocol.PUSH, session.token(),
                "{\"deviceId\": \"x\", \"seenCursor\": 0, \"changes\": [], \"colour\": \"red\"}");
        assertEquals(400, unknownField.statusCode());
        assertTrue(unknownField.body().contains("colour"), unknownField.body());
        HttpResponse<String> missing = raw("POST", SyncProtocol.PUSH, session.token(), "{\"deviceId\": \"x\", \"changes\": []}");
        assertEquals(400, missing.statusCode());
        assertTrue(missing.body().contains("seenCursor"), missing.body());

        String huge = "{\"deviceId\": \"" + "x".repeat(2 * 1024 * 1024) + "\"}";
        HttpResponse<String> tooLarge = raw("POST", SyncProtocol.PUSH, session.token(), huge);
        assertEquals(413, tooLarge.statusCode());
        assertTrue(tooLarge.body().contains("1048576"), tooLarge.body());

        assertEquals(426, raw("GET", SyncProtocol.PULL + "?protocol", session.token(), null, "99").statusCode());
        assertEquals(400, raw("GET", SyncProtocol.PULL + "?after=-5", session.token(), null).statusCode());

        StoreFixture.service(Accounts.class).revokeTokens(staff);
        assertKind(Kind.UNAUTHORIZED, () -> transport.pull(session.token(), 0, 10, 0));

        LoginResponse again = transport.login(new LoginRequest(staff, SyncServerFixture.PASSWORD, "laptop", session.deviceId()));
        assertEquals(session.deviceId(), again.deviceId(), "a desktop signing in again keeps its device");
        assertEquals(0, transport.pull(again.token(), Long.MAX_VALUE - 1, 10, 0).changes().size(), "still serving");
    }

    @Test
    void aPushOfMoreChangesThanTheProtocolAllowsIsRefusedWholeAndTheNextOneIsServed() {
        HttpsTransport transport = SyncServerFixture.transport();
        String staff = SyncServerFixture.account("security-bulk", Role.STAFF);
        LoginResponse session = transport.login(new LoginRequest(staff, SyncServerFixture.PASSWORD, "laptop", null));
        List<PushedChange> many = java.util.stream.LongStream.rangeClosed(1, SyncProtocol.MAX_CHANGES + 1).mapToObj(
                EndpointSecurityTest::change).toList();
        long latest = transport.pull(session.token(), 0, 1, 0).latest();
        SyncException refused = assertThrows(SyncException.class,
                () -> transport.push(session.token(), new PushRequest(session.deviceId(), 0, many)));
        assertEquals(Kind.REFUSED, refused.kind());
        assertTrue(refused.getMessage().contains("at most " + SyncProtocol.MAX_CHANGES), refused.getMessage());
        assertEquals(latest, transport.pull(session.token(), 0, 1, 0).latest(), "nothing of it was taken");
        transport.push(session.token(), new PushRequest(session.deviceId(), 0, many.subList(0, SyncProtocol.MAX_CHANGES)));
        assertEquals(latest + SyncProtocol.MAX_CHANGES, transport.pull(session.token(), 0, 1, 0).latest(), "a push within the bound is served");
    }

    @Test
    void aPullPageOfLargeRowsIsCutByItsSizeAndTheRestFollows() {
        HttpsTransport transport = SyncServerFixture.transport();
        String staff = SyncServerFixture.account("security-pages", Role.STAFF);
        LoginResponse session = transport.login(new LoginRequest(staff, SyncServerFixture.PASSWORD, "laptop", null));
        long start = transport.pull(session.token(), 0, 1, 0).latest();
        String large = "x".repeat(200_000);
        List<UUID> rows = new java.util.ArrayList<>();
        long seq = 0;
        for (int batch = 0; batch < 6; batch++) { // 24 rows of 200,000 characters, 4 to a push (its body is bounded too)
            List<PushedChange> changes = new java.util.ArrayList<>();
            for (int i = 0; i < 4; i++) {
                UUID row = UUID.randomUUID();
                rows.add(row);
                changes.add(new PushedChange(++seq, "CONTACT_MERGE", row, "I", 1L << 16, Map.of("KEPT_ID", UUID.randomUUID().toString(),
                        "MERGED_ID", UUID.randomUUID().toString(), "MERGED_AT", "2026-12-02T10:00:00Z", "BEFORE_STATE", large)));
            }
            transport.push(session.token(), new PushRequest(session.deviceId(), 0, changes));
        }
        try {
            org.liaison.sync.protocol.PullResponse first = transport.pull(session.token(), start, SyncProtocol.MAX_CHANGES, 0);
            assertTrue(first.more() && first.changes().size() < rows.size(), "a page of " + first.changes().size()
                    + " rows of 200,000 characters: cut by its size, not by the rows asked");
            java.util.Set<UUID> received = new java.util.HashSet<>();
            for (org.liaison.sync.protocol.PullResponse page = first;; page = transport.pull(session.token(), page.next(),
                    SyncProtocol.MAX_CHANGES, 0)) {
                page.changes().forEach(change -> received.add(change.row()));
                if (!page.more()) {
                    break;
                }
            }
            assertTrue(received.containsAll(rows), "the following pages bring the rest");
        } finally { // this class's other desktops need not load them
            List<PushedChange> deletes = new java.util.ArrayList<>();
            for (UUID row : rows) {
                deletes.add(new PushedChange(++seq, "CONTACT_MERGE", row, "D", 1L << 17, Map.of()));
            }
            transport.push(session.token(), new PushRequest(session.deviceId(), 0, deletes));
        }
    }

    @Test
    void aPushWhoseSignInIsNoLongerValidIsRefusedFromItsHeadersAndTheDesktopHearsItAtOnce() {
        HttpsTransport transport = SyncServerFixture.transport();
        SyncException refused = assertTimeoutPreemptively(java.time.Duration.ofSeconds(20), () -> assertThrows(SyncException.class,
                () -> transport.push("made-up-token", new PushRequest(UUID.randomUUID().toString(), 0, List.of(change(1))))),
                "the desktop is answered, not left waiting for the server to ask for the body");
        assertEquals(Kind.UNAUTHORIZED, refused.kind(), refused.getMessage());
    }

    @Test
    void aChangedCertificateIsRefusedBeforeAnythingIsSent() {
        SyncEndpoint endpoint = SyncServerFixture.endpoint();
        assertEquals(endpoint.certificateFingerprint(), HttpsTransport.fingerprintOf(endpoint.address()));
        String other = "AB:".repeat(31) + "AB";
        HttpsTransport impostor = new HttpsTransport(endpoint.address(), other);
        SyncException refused = assertThrows(SyncException.class,
                () -> impostor.login(new LoginRequest("security-staff", SyncServerFixture.PASSWORD, "laptop", null)));
        assertEquals(Kind.CERTIFICATE_CHANGED, refused.kind());
        assertTrue(refused.getMessage().contains(endpoint.certificateFingerprint()), refused.getMessage());
    }

    private static PushedChange change(long seq) {
        return new PushedChange(seq, "TEST_PARTNER", UUID.randomUUID(), "I", 1L << 16, Map.of("NAME", "Refused"));
    }

    /** Makes the tokens the server issued to the device expire a minute ago. */
    private static void expire(String deviceId) {
        int expired = StoreFixture.service(Store.class).transaction(connection -> {
            try (PreparedStatement update = connection.prepareStatement("UPDATE SERVER_TOKEN SET EXPIRES_AT = ? WHERE DEVICE_ID = ?")) {
                update.setLong(1, System.currentTimeMillis() - 60_000);
                update.setObject(2, UUID.fromString(deviceId));
                return update.executeUpdate();
            }
        });
        assertEquals(1, expired, "the device's token");
    }

    @Test
    void aChangedPasswordOrRoleOrADisabledAccountEndsItsSessionsAndTheVersionBeforeIsServed() throws Exception {
        HttpsTransport transport = SyncServerFixture.transport();
        Accounts accounts = StoreFixture.service(Accounts.class);
        String name = SyncServerFixture.account("changing-staff", Role.STAFF);
        String newPassword = "a longer secret than before";

        LoginResponse first = transport.login(new LoginRequest(name, SyncServerFixture.PASSWORD, "laptop", null));
        accounts.changePassword(name, newPassword.toCharArray());
        assertKind(Kind.UNAUTHORIZED, () -> transport.pull(first.token(), 0, 10, 0));
        assertKind(Kind.UNAUTHORIZED, () -> transport.login(new LoginRequest(name, SyncServerFixture.PASSWORD, "laptop", first.deviceId())));
        LoginResponse second = transport.login(new LoginRequest(name, newPassword, "laptop", first.deviceId()));
        transport.pull(second.token(), 0, 10, 0);

        accounts.changeRole(name, Role.READ_ONLY);
        assertKind(Kind.UNAUTHORIZED, () -> transport.pull(second.token(), 0, 10, 0));
        LoginResponse demoted = transport.login(new LoginRequest(name, newPassword, "laptop", first.deviceId()));
        assertKind(Kind.FORBIDDEN, () -> transport.push(demoted.token(), new PushRequest(demoted.deviceId(), 0, List.of(change(1)))));

        accounts.setEnabled(name, false);
        assertKind(Kind.UNAUTHORIZED, () -> transport.pull(demoted.token(), 0, 10, 0));
        assertKind(Kind.UNAUTHORIZED, () -> transport.login(new LoginRequest(name, newPassword, "laptop", first.deviceId())));
        accounts.setEnabled(name, true);
        LoginResponse back = transport.login(new LoginRequest(name, newPassword, "laptop", first.deviceId()));

        String path = SyncProtocol.PULL + "?after=" + (Long.MAX_VALUE - 1);
        assertEquals(200, raw("GET", path, back.token(), null, String.valueOf(SyncProtocol.VERSION)).statusCode());
        assertEquals(SyncProtocol.VERSION > 1 ? 200 : 426, raw("GET", path, back.token(), null,
                String.valueOf(SyncProtocol.VERSION - 1)).statusCode(), "the version before this one, if there is one");
        assertEquals(426, raw("GET", path, back.token(), null, String.valueOf(SyncProtocol.VERSION + 1)).statusCode());
    }

    private static void assertKind(Kind kind, Runnable call) {
        SyncException e = assertThrows(SyncException.class, call::run);
        assertEquals(kind, e.kind(), e.getMessage());
    }

    private static HttpResponse<String> raw(String method, String path, String token, String body) throws Exception {
        return raw(method, path, token, body, String.valueOf(SyncProtocol.VERSION));
    }

    private static HttpResponse<String> raw(String method, String path, String token, String body, String protocol) throws Exception {
        SyncEndpoint endpoint = SyncServerFixture.endpoint();
        SSLContext tls = SSLContext.getInstance("TLS");
        tls.init(null, new TrustManager[] { new PinnedTrust(endpoint.certificateFingerprint()) }, null);
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(endpoint.address() + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .header(SyncProtocol.VERSION_HEADER, protocol);
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return HttpClient.newBuilder().sslContext(tls).build().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
