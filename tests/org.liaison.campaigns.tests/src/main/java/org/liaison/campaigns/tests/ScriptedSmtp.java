package org.liaison.campaigns.tests;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;

/**
 * An SMTP server on loopback that answers each recipient as the test says (the n-th attempt for an
 * address gets {@code replies.apply(address, n)}), and refuses every login when asked to: the
 * replies a real server gives rarely, which GreenMail cannot be made to give.
 */
final class ScriptedSmtp implements AutoCloseable {

    private final ServerSocket socket;
    private final BiFunction<String, Integer, String> replies;
    private final boolean refuseLogin;
    final Map<String, AtomicInteger> attempts = new ConcurrentHashMap<>();
    final AtomicInteger accepted = new AtomicInteger();

    ScriptedSmtp(BiFunction<String, Integer, String> replies, boolean refuseLogin) throws IOException {
        this.socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        this.replies = replies;
        this.refuseLogin = refuseLogin;
        Thread acceptor = new Thread(this::serve, "scripted-smtp");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    int port() {
        return socket.getLocalPort();
    }

    private void serve() {
        while (!socket.isClosed()) {
            try (Socket client = socket.accept()) {
                converse(client);
            } catch (IOException e) {
                if (!socket.isClosed()) {
                    throw new IllegalStateException("the scripted SMTP server failed", e);
                }
            }
        }
    }

    private void converse(Socket client) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.US_ASCII));
        PrintWriter out = new PrintWriter(client.getOutputStream(), true, StandardCharsets.US_ASCII);
        send(out, "220 scripted ESMTP");
        boolean recipientTaken = false;
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            String command = line.length() >= 4 ? line.substring(0, 4).toUpperCase() : line.toUpperCase();
            switch (command) {
                case "EHLO" -> send(out, refuseLogin ? "250-scripted\r\n250 AUTH PLAIN LOGIN" : "250 scripted");
                case "HELO", "MAIL", "RSET", "NOOP" -> send(out, "250 OK");
                case "AUTH" -> send(out, "535 5.7.8 Authentication credentials invalid");
                case "RCPT" -> {
                    String address = line.substring(line.indexOf('<') + 1, line.indexOf('>'));
                    int attempt = attempts.computeIfAbsent(address, a -> new AtomicInteger()).incrementAndGet();
                    String reply = replies.apply(address, attempt);
                    recipientTaken = reply.startsWith("2");
                    send(out, reply);
                }
                case "DATA" -> {
                    send(out, recipientTaken ? "354 go ahead" : "554 no valid recipients");
                    if (recipientTaken) {
                        for (String data = in.readLine(); data != null && !data.equals("."); data = in.readLine()) {
                            // the message itself is not looked at
                        }
                        accepted.incrementAndGet();
                        send(out, "250 2.0.0 queued");
                    }
                }
                case "QUIT" -> {
                    send(out, "221 bye");
                    return;
                }
                default -> send(out, "502 not implemented");
            }
        }
    }

    private static void send(PrintWriter out, String reply) {
        out.print(reply + "\r\n");
        out.flush();
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
