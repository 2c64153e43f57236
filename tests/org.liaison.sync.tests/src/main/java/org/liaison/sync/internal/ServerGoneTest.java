package org.liaison.sync.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.liaison.server.Role;
import org.liaison.server.SyncEndpoint;
import org.liaison.sync.SyncException;
import org.liaison.sync.SyncException.Kind;
import org.liaison.sync.protocol.LoginRequest;

/**
 * A server that goes away in the middle of a secure handshake (stopping, restarting) is reported
 * as out of reach, not as a server presenting another certificate, which would send staff to
 * their administrator for nothing.
 */
@ExtendWith(OwnServer.class)
class ServerGoneTest {

    @Test
    void aHandshakeCutByTheServerIsOutOfReachNotAnotherCertificate() throws Exception {
        SyncEndpoint endpoint = SyncServerFixture.endpoint();
        String account = SyncServerFixture.account("gone-staff", Role.STAFF);
        try (Relay relay = new Relay(endpoint.address())) {
            HttpsTransport transport = new HttpsTransport(relay.address(), endpoint.certificateFingerprint());
            transport.login(new LoginRequest(account, SyncServerFixture.PASSWORD, "laptop", null)); // the certificate seen and right

            relay.cutEverything();
            SyncException failed = assertThrows(SyncException.class,
                    () -> transport.login(new LoginRequest(account, SyncServerFixture.PASSWORD, "laptop", null)));
            assertEquals(Kind.UNREACHABLE, failed.kind(), failed.getMessage());
            assertTrue(failed.getCause() instanceof javax.net.ssl.SSLHandshakeException, "a cut handshake: " + failed.getCause());
            assertFalse(failed.getMessage().contains("another certificate"), failed.getMessage());
        }
    }

    /** Passes connections on to the server until it is cut: then it closes them, and each new one as it comes. */
    private static final class Relay implements AutoCloseable {

        private final ServerSocket listening = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        private final List<Socket> open = new CopyOnWriteArrayList<>();
        private final URI server;
        private volatile boolean cut;

        Relay(URI server) throws IOException {
            this.server = server;
            Thread accepting = new Thread(this::accept, "relay");
            accepting.setDaemon(true);
            accepting.start();
        }

        URI address() {
            return URI.create("https://127.0.0.1:" + listening.getLocalPort());
        }

        void cutEverything() throws IOException, InterruptedException {
            cut = true;
            for (Socket socket : open) {
                socket.close();
            }
            Thread.sleep(300); // the client's pool notices its connection closed
        }

        private void accept() {
            while (!listening.isClosed()) {
                try {
                    Socket client = listening.accept();
                    if (cut) {
                        client.close(); // as a server stopping does, before any handshake
                        continue;
                    }
                    Socket upstream = new Socket(server.getHost(), server.getPort());
                    open.add(client);
                    open.add(upstream);
                    pipe(client, upstream);
                    pipe(upstream, client);
                } catch (IOException e) {
                    if (!listening.isClosed()) {
                        throw new java.io.UncheckedIOException(e);
                    }
                }
            }
        }

        private static void pipe(Socket from, Socket to) {
            Thread copying = new Thread(() -> {
                try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                    in.transferTo(out);
                } catch (IOException e) {
                    // one side closed: the other follows
                } finally {
                    try {
                        to.close();
                    } catch (IOException e) {
                        // already closed
                    }
                }
            }, "relay copy");
            copying.setDaemon(true);
            copying.start();
        }

        @Override
        public void close() throws IOException {
            listening.close();
            for (Socket socket : open) {
                socket.close();
            }
        }
    }
}
