package org.liaison.sync.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManager;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.liaison.server.Role;
import org.liaison.server.SyncEndpoint;
import org.liaison.sync.SyncException;
import org.liaison.sync.protocol.LoginRequest;
import org.liaison.sync.protocol.LoginResponse;
import org.liaison.sync.protocol.PushRequest;
import org.liaison.sync.protocol.PushedChange;
import org.liaison.sync.protocol.SyncProtocol;

/**
 * The server keeps serving its staff while unauthenticated clients hold connections open and one
 * account holds hundreds of pulls; guessing a password gets slower with each wrong guess.
 */
@ExtendWith(OwnServer.class)
class ServerUnderAbuseTest {

    private static final int DRIBBLERS = 300;
    private static final int HELD_PULLS = 300;

    @Test
    void aStaffLoginAndPushSucceedWithinTwoSecondsWhileHundredsOfConnectionsDribbleAndHoldPulls() throws Exception {
        String staff = SyncServerFixture.account("abuse-staff", Role.STAFF);
        String reader = SyncServerFixture.account("abuse-reader", Role.READ_ONLY);
        HttpsTransport transport = SyncServerFixture.transport();
        String readerToken = transport.login(new LoginRequest(reader, SyncServerFixture.PASSWORD, "kiosk", null)).token();
        long latest = transport.pull(readerToken, 0, 1, 0).latest();

        List<Socket> held = new ArrayList<>();
        long opening = System.nanoTime();
        try {
            for (int i = 0; i < DRIBBLERS; i++) {
                // a login whose body announces 60 kB (within a login's bound) and sends one byte of it
                held.add(send("POST " + SyncProtocol.LOGIN + " HTTP/1.1\r\nHost: liaison\r\n" + SyncProtocol.VERSION_HEADER + ": "
                        + SyncProtocol.VERSION + "\r\nContent-Type: application/json\r\nContent-Length: 60000\r\n\r\n{"));
            }
            for (int i = 0; i < HELD_PULLS; i++) {
                held.add(send("GET " + SyncProtocol.PULL + "?after=" + latest + "&limit=1&wait=30 HTTP/1.1\r\nHost: liaison\r\n"
                        + SyncProtocol.VERSION_HEADER + ": " + SyncProtocol.VERSION + "\r\nAuthorization: Bearer " + readerToken + "\r\n\r\n"));
            }
            Thread.sleep(500); // the server has read them all
            System.out.println(DRIBBLERS + " dribbling connections and " + HELD_PULLS + " held pulls opened in "
                    + (System.nanoTime() - opening) / 1_000_000 + " ms");

            assertTimeoutPreemptively(Duration.ofSeconds(2), () -> {
                LoginResponse session = transport.login(new LoginRequest(staff, SyncServerFixture.PASSWORD, "office", null));
                transport.push(session.token(), new PushRequest(session.deviceId(), 0, List.of(new PushedChange(1, "TEST_PARTNER",
                        UUID.randomUUID(), "I", 1L << 16, Map.of("NAME", "Served under load")))));
            }, "a staff login and push while " + DRIBBLERS + " connections dribble and " + HELD_PULLS + " pulls are held");
        } finally {
            for (Socket socket : held) {
                socket.close();
            }
        }
    }

    @Test
    void aBodySentTooSlowlyIsCutOffWithoutHoldingTheServer() throws Exception {
        try (Socket slow = send("POST " + SyncProtocol.LOGIN + " HTTP/1.1\r\nHost: liaison\r\n" + SyncProtocol.VERSION_HEADER + ": "
                + SyncProtocol.VERSION + "\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{")) {
            slow.setSoTimeout(30_000);
            long started = System.nanoTime();
            String answer = new String(readAll(slow.getInputStream()), StandardCharsets.ISO_8859_1);
            long seconds = (System.nanoTime() - started) / 1_000_000_000L;
            assertTrue(answer.startsWith("HTTP/1.1 408"), "the server answers that the request came too slowly: " + answer);
            assertTrue(seconds < 20, "cut off after " + seconds + " s");
        }
    }

    @Test
    void wrongPasswordsMakeAnAccountWaitBeforeItsNextSignInEvenWithTheRightPassword() throws Exception {
        String staff = SyncServerFixture.account("abuse-guessed", Role.STAFF);
        HttpsTransport transport = SyncServerFixture.transport();
        for (int i = 0; i < 5; i++) {
            SyncException wrong = assertThrows(SyncException.class,
                    () -> transport.login(new LoginRequest(staff, "guess", "laptop", null)));
            assertEquals(SyncException.Kind.UNAUTHORIZED, wrong.kind());
        }
        SyncException waiting = assertThrows(SyncException.class,
                () -> transport.login(new LoginRequest(staff, SyncServerFixture.PASSWORD, "laptop", null)));
        assertEquals(SyncException.Kind.REFUSED, waiting.kind(), waiting.getMessage());
        assertTrue(waiting.getMessage().contains("too many failed sign-ins"), waiting.getMessage());

        Thread.sleep(1_100);
        assertTrue(transport.login(new LoginRequest(staff, SyncServerFixture.PASSWORD, "laptop", null)).token().length() > 20,
                "after the wait, the right password signs in");
        SyncException again = assertThrows(SyncException.class,
                () -> transport.login(new LoginRequest(staff, "guess", "laptop", null)));
        assertEquals(SyncException.Kind.UNAUTHORIZED, again.kind(), "a success started the count again: " + again.getMessage());
    }

    @Test
    void anAnonymousPushIsRefusedFromItsHeadersBeforeAnyOfItsBodyIsRead() throws Exception {
        try (Socket anonymous = send("POST " + SyncProtocol.PUSH + " HTTP/1.1\r\nHost: liaison\r\n" + SyncProtocol.VERSION_HEADER + ": "
                + SyncProtocol.VERSION + "\r\nContent-Type: application/json\r\nContent-Length: 8000000\r\nExpect: 100-continue\r\n\r\n")) {
            anonymous.setSoTimeout(10_000);
            String status = new java.io.BufferedReader(new java.io.InputStreamReader(anonymous.getInputStream(), StandardCharsets.ISO_8859_1))
                    .readLine();
            assertEquals("HTTP/1.1 401 Unauthorized", status, "answered at once, not asked for its 8 MB");
        }
    }

    /** A TLS connection to the server that has sent {@code head} and is left open. */
    private static Socket send(String head) throws Exception {
        SyncEndpoint endpoint = SyncServerFixture.endpoint();
        SSLContext tls = SSLContext.getInstance("TLS");
        tls.init(null, new TrustManager[] { new PinnedTrust(endpoint.certificateFingerprint()) }, null);
        URI address = endpoint.address();
        SSLSocket socket = (SSLSocket) tls.getSocketFactory().createSocket(address.getHost(), address.getPort());
        socket.setSoTimeout(5_000); // a server whose threads are all taken cannot finish the handshake
        socket.startHandshake();
        OutputStream out = socket.getOutputStream();
        out.write(head.getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
        return socket;
    }

    private static byte[] readAll(InputStream in) throws IOException {
        try {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IOException("the server did not answer or close the connection", e);
        }
    }
}
