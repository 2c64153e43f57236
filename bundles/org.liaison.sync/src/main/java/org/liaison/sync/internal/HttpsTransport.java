package org.liaison.sync.internal;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Map;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.TrustManager;

import org.liaison.sync.SyncException;
import org.liaison.sync.SyncException.Kind;
import org.liaison.sync.protocol.Checksums;
import org.liaison.sync.protocol.ConflictList;
import org.liaison.sync.protocol.KeyRing;
import org.liaison.sync.protocol.LoginRequest;
import org.liaison.sync.protocol.LoginResponse;
import org.liaison.sync.protocol.Problem;
import org.liaison.sync.protocol.PullResponse;
import org.liaison.sync.protocol.PushRequest;
import org.liaison.sync.protocol.PushResponse;
import org.liaison.sync.protocol.SyncProtocol;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The sync protocol over HTTPS with the server's certificate pinned. */
final class HttpsTransport implements SyncTransport {

    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private final URI server;
    private final PinnedTrust trust;
    private final HttpClient http;
    private final ObjectMapper json = new ObjectMapper();

    /** @param fingerprint the confirmed fingerprint, or null to accept any certificate and only read it */
    HttpsTransport(URI server, String fingerprint) {
        if (!"https".equals(server.getScheme())) {
            throw new IllegalArgumentException("a sync server is reached over https, not " + server.getScheme());
        }
        this.server = server;
        this.trust = new PinnedTrust(fingerprint);
        try {
            SSLContext tls = SSLContext.getInstance("TLS");
            tls.init(null, new TrustManager[] { trust }, new SecureRandom());
            http = HttpClient.newBuilder().sslContext(tls).connectTimeout(Duration.ofSeconds(15)).build();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("TLS is not available: " + e.getMessage(), e);
        }
    }

    /** Connects without a pin and returns the certificate's fingerprint. */
    static String fingerprintOf(URI server) {
        HttpsTransport probe = new HttpsTransport(server, null);
        try {
            probe.send(HttpRequest.newBuilder(server.resolve(SyncProtocol.PULL)).timeout(TIMEOUT).GET(), Problem.class);
        } catch (SyncException e) {
            if (probe.trust.seen() == null) {
                throw e;
            } // 401 expected: the certificate was seen
        }
        return probe.trust.seen();
    }

    @Override
    public LoginResponse login(LoginRequest request) {
        return send(post(SyncProtocol.LOGIN, request), LoginResponse.class);
    }

    @Override
    public LoginResponse newDevice(String token) {
        return send(post(SyncProtocol.DEVICE, Map.of()).header("Authorization", "Bearer " + token), LoginResponse.class);
    }

    @Override
    public KeyRing keys(String token, KeyRing mine) {
        return send(post(SyncProtocol.KEYS, mine).header("Authorization", "Bearer " + token), KeyRing.class);
    }

    @Override
    public PushResponse push(String token, PushRequest request) {
        return send(post(SyncProtocol.PUSH, request).header("Authorization", "Bearer " + token), PushResponse.class);
    }

    @Override
    public PullResponse pull(String token, long after, int limit, long upTo, int waitSeconds) {
        String query = SyncProtocol.PULL + "?after=" + after + "&limit=" + limit + (upTo > 0 ? "&upTo=" + upTo : "")
                + (waitSeconds > 0 ? "&wait=" + waitSeconds : "");
        return send(HttpRequest.newBuilder(server.resolve(query)).GET().header("Authorization", "Bearer " + token)
                .timeout(TIMEOUT.plusSeconds(waitSeconds)), PullResponse.class);
    }

    @Override
    public ConflictList conflicts(String token, long after, int limit) {
        return send(HttpRequest.newBuilder(server.resolve(SyncProtocol.CONFLICTS + "?after=" + after + "&limit=" + limit)).timeout(TIMEOUT).GET()
                .header("Authorization", "Bearer " + token), ConflictList.class);
    }

    @Override
    public Checksums checksums(String token) {
        return send(HttpRequest.newBuilder(server.resolve(SyncProtocol.CHECKSUMS)).timeout(TIMEOUT).GET()
                .header("Authorization", "Bearer " + token), Checksums.class);
    }

    @Override
    public PullResponse pullTable(String token, String table, long after, int limit, long upTo) {
        String query = SyncProtocol.PULL + "?table=" + table + "&after=" + after + "&limit=" + limit + (upTo > 0 ? "&upTo=" + upTo : "");
        return send(HttpRequest.newBuilder(server.resolve(query)).timeout(TIMEOUT).GET().header("Authorization", "Bearer " + token),
                PullResponse.class);
    }

    private HttpRequest.Builder post(String path, Object body) {
        try {
            // no Expect: 100-continue: Java 17's client waits for ever when the server answers it with a refusal
            // (JDK-8286171, an expired sign-in); the server answers from the headers all the same
            return HttpRequest.newBuilder(server.resolve(path)).timeout(TIMEOUT)
                    .POST(HttpRequest.BodyPublishers.ofByteArray(json.writeValueAsBytes(body))).header("Content-Type", "application/json");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the request: " + e.getOriginalMessage(), e);
        }
    }

    private <T> T send(HttpRequest.Builder builder, Class<T> type) {
        HttpRequest request = builder.header(SyncProtocol.VERSION_HEADER, String.valueOf(SyncProtocol.VERSION)).build();
        HttpResponse<byte[]> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (SSLHandshakeException e) {
            if (trust.refused() != null) {
                throw new SyncException(Kind.CERTIFICATE_CHANGED, "The server " + server + " presented another certificate ("
                        + trust.refused() + ") than the one confirmed when connecting. Nothing was sent. If the administrator "
                        + "replaced it, connect again and compare the new fingerprint.", e);
            }
            throw new SyncException(Kind.UNREACHABLE, "secure connection to " + server + " failed: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new SyncException(Kind.UNREACHABLE, "cannot reach " + server + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SyncException(Kind.UNREACHABLE, "interrupted while talking to " + server, e);
        }
        try {
            if (response.statusCode() == 200) {
                return json.readValue(response.body(), type);
            }
            Problem problem = json.readValue(response.body(), Problem.class);
            if ("must-refetch".equals(problem.error())) {
                throw new MustRefetch(problem.message());
            }
            throw new SyncException(kindOf(response.statusCode()), problem.message() + " (" + problem.error() + ")");
        } catch (IOException e) {
            throw new SyncException(Kind.REFUSED, "the server answered " + response.statusCode() + " with something that is not "
                    + "the sync protocol: " + e.getMessage(), e);
        }
    }

    private static Kind kindOf(int status) {
        return switch (status) {
            case 401 -> Kind.UNAUTHORIZED;
            case 403 -> Kind.FORBIDDEN;
            case 410 -> Kind.REFUSED;
            case 426 -> Kind.UNSUPPORTED;
            case 502, 503, 504 -> Kind.UNREACHABLE;
            default -> Kind.REFUSED;
        };
    }
}
