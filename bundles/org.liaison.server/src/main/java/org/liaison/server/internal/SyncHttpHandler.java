package org.liaison.server.internal;

import java.io.IOException;
import java.io.InputStream;
import java.lang.System.Logger.Level;
import java.nio.ByteBuffer;
import java.util.Arrays;

import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.Fields;
import org.liaison.server.Role;
import org.liaison.sync.protocol.LoginRequest;
import org.liaison.sync.protocol.Problem;
import org.liaison.sync.protocol.PushRequest;
import org.liaison.sync.protocol.SyncProtocol;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The sync protocol over HTTP: routes, bearer tokens, roles, body limits and error answers. Every
 * failure becomes a {@link Problem}; nothing a client sends stops the server.
 */
final class SyncHttpHandler extends Handler.Abstract {

    private static final System.Logger LOG = System.getLogger(SyncHttpHandler.class.getName());

    /** Beyond this much of an oversized body the connection is simply closed. */
    private static final long DRAIN_LIMIT = 64L * 1024 * 1024;

    private final ObjectMapper json;
    private final StoreAccounts accounts;
    private final Sessions sessions;
    private final SyncLedger ledger;
    private final int maxBodyBytes;

    SyncHttpHandler(ObjectMapper json, StoreAccounts accounts, Sessions sessions, SyncLedger ledger, int maxBodyBytes) {
        this.json = json;
        this.accounts = accounts;
        this.sessions = sessions;
        this.ledger = ledger;
        this.maxBodyBytes = maxBodyBytes;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        int status = 200;
        Object answer;
        try {
            answer = route(request);
        } catch (SyncFailure e) {
            status = e.status;
            answer = new Problem(e.status, e.error, e.getMessage());
            drain(request);
        } catch (JsonProcessingException e) {
            status = 400;
            String where = e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()
                    ? " at " + mapping.getPathReference() : "";
            answer = new Problem(400, "malformed", "the request is not valid JSON for this call" + where + ": " + e.getOriginalMessage()
                    + (e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ", column "
                            + e.getLocation().getColumnNr() + ")"));
        } catch (RuntimeException | IOException e) {
            LOG.log(Level.ERROR, "Sync request " + request.getMethod() + " " + Request.getPathInContext(request) + " failed", e);
            status = 500;
            answer = new Problem(500, "failed", "the server could not complete the request: " + e.getMessage());
        }
        byte[] body;
        try {
            body = json.writeValueAsBytes(answer);
        } catch (JsonProcessingException e) {
            LOG.log(Level.ERROR, "Cannot write the answer", e);
            status = 500;
            body = "{\"status\":500,\"error\":\"failed\",\"message\":\"cannot write the answer\"}".getBytes();
        }
        response.setStatus(status);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json; charset=utf-8");
        response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
        if (status == 401) {
            response.getHeaders().put(HttpHeader.WWW_AUTHENTICATE, "Bearer realm=\"liaison\"");
        }
        response.write(true, ByteBuffer.wrap(body), callback);
        return true;
    }

    private Object route(Request request) throws IOException {
        String path = Request.getPathInContext(request);
        String method = request.getMethod();
        checkProtocol(request);
        switch (path) {
            case SyncProtocol.LOGIN -> {
                expect(method, "POST");
                return login(read(request, LoginRequest.class));
            }
            case SyncProtocol.PUSH -> {
                expect(method, "POST");
                Session session = session(request);
                if (!session.role().mayWrite()) {
                    throw new SyncFailure(403, "forbidden", "account " + session.account() + " may only read");
                }
                PushRequest push = read(request, PushRequest.class);
                if (push.changes() != null && push.changes().size() > SyncProtocol.MAX_CHANGES) { // bounded work per request
                    throw new SyncFailure(413, "too-large", "a push holds at most " + SyncProtocol.MAX_CHANGES + " changes; this one holds "
                            + push.changes().size() + ": send fewer at a time");
                }
                return ledger.push(session, push);
            }
            case SyncProtocol.PULL -> {
                expect(method, "GET");
                session(request);
                Fields query = Request.extractQueryParameters(request);
                int limit = (int) number(query, "limit", 500, 1, SyncProtocol.MAX_CHANGES);
                String table = query.getValue("table");
                if (table != null && !table.matches("[A-Z][A-Z0-9_]{0,127}")) {
                    throw SyncFailure.malformed("parameter table is not a table name: " + table);
                }
                return ledger.pull(number(query, "after", 0, 0, Long.MAX_VALUE), limit,
                        number(query, "upTo", 0, 0, Long.MAX_VALUE), (int) number(query, "wait", 0, 0, SyncLedger.MAX_WAIT_SECONDS),
                        table);
            }
            case SyncProtocol.CONFLICTS -> {
                expect(method, "GET");
                session(request);
                Fields query = Request.extractQueryParameters(request);
                return ledger.conflicts(number(query, "after", 0, 0, Long.MAX_VALUE),
                        (int) number(query, "limit", 200, 1, SyncProtocol.MAX_CHANGES));
            }
            case SyncProtocol.CHECKSUMS -> {
                expect(method, "GET");
                session(request);
                return ledger.checksums();
            }
            default -> throw new SyncFailure(404, "not-found", "no such call: " + path);
        }
    }

    private static void checkProtocol(Request request) {
        String header = request.getHeaders().get(SyncProtocol.VERSION_HEADER);
        if (header == null) {
            throw new SyncFailure(400, "unsupported-protocol", "the " + SyncProtocol.VERSION_HEADER + " header is missing");
        }
        int version;
        try {
            version = Integer.parseInt(header.trim());
        } catch (NumberFormatException e) {
            throw new SyncFailure(400, "unsupported-protocol", SyncProtocol.VERSION_HEADER + " is not a number: " + header);
        }
        if (!SyncProtocol.served(version)) {
            throw new SyncFailure(426, "unsupported-protocol", "this server speaks sync protocol " + SyncProtocol.VERSION
                    + (SyncProtocol.VERSION > 1 ? " and " + (SyncProtocol.VERSION - 1) : "") + ", not " + version
                    + ": update the desktop");
        }
    }

    private Object login(LoginRequest login) {
        if (login.user() == null || login.password() == null) {
            throw SyncFailure.malformed("a login needs a user and a password");
        }
        char[] password = login.password().toCharArray();
        try {
            Role role = accounts.authenticate(login.user(), password);
            if (role == null) {
                throw new SyncFailure(401, "unauthorized", "wrong user name or password, or the account is disabled");
            }
            return sessions.open(login.user(), role, login.deviceName(), login.deviceId());
        } catch (IllegalArgumentException e) {
            throw new SyncFailure(403, "forbidden", e.getMessage());
        } finally {
            Arrays.fill(password, '\0');
        }
    }

    private Session session(Request request) {
        String header = request.getHeaders().get(HttpHeader.AUTHORIZATION);
        if (header == null || !header.startsWith("Bearer ")) {
            throw new SyncFailure(401, "unauthorized", "sign in first: no bearer token");
        }
        Session session = sessions.find(header.substring(7).trim());
        if (session == null) {
            throw new SyncFailure(401, "unauthorized", "the token is unknown, expired or revoked: sign in again");
        }
        return session;
    }

    /**
     * Reads what is left of a refused request's body (within reason) before answering: a body left
     * unread makes the server close the connection, and a client that has already sent its next call
     * on it gets no answer at all.
     */
    private static void drain(Request request) {
        byte[] buffer = new byte[8192];
        try (InputStream in = Content.Source.asInputStream(request)) {
            long total = 0;
            for (int n; total < DRAIN_LIMIT && (n = in.read(buffer)) >= 0;) {
                total += n;
            }
        } catch (IOException e) {
            LOG.log(Level.DEBUG, "The body of a refused request could not be read; its connection closes", e);
        }
    }

    private <T> T read(Request request, Class<T> type) throws IOException {
        long declared = request.getLength();
        byte[] body;
        try (InputStream in = Content.Source.asInputStream(request)) {
            body = declared > maxBodyBytes ? new byte[0] : in.readNBytes(maxBodyBytes + 1);
            if (declared > maxBodyBytes || body.length > maxBodyBytes) {
                // read what a client sends after all, within reason, so that it can read the answer
                long skipped = in.skip(DRAIN_LIMIT);
                throw tooLarge(declared > 0 ? declared : body.length + skipped);
            }
        }
        if (body.length == 0) {
            throw SyncFailure.malformed("the request has no body");
        }
        T value = json.readValue(body, type);
        if (value == null) {
            throw SyncFailure.malformed("the request body is null");
        }
        return value;
    }

    private SyncFailure tooLarge(long declared) {
        return new SyncFailure(413, "too-large", "the request body " + (declared > 0 ? "of " + declared + " bytes " : "")
                + "is over the limit of " + maxBodyBytes + " bytes: send fewer changes at a time");
    }

    private static void expect(String method, String expected) {
        if (!expected.equals(method)) {
            throw new SyncFailure(405, "malformed", "use " + expected + ", not " + method);
        }
    }

    private static long number(Fields query, String name, long fallback, long min, long max) {
        String text = query.getValue(name);
        if (text == null) {
            return fallback;
        }
        try {
            long value = Long.parseLong(text);
            if (value < min || value > max) {
                throw SyncFailure.malformed("parameter " + name + " must be between " + min + " and " + max + ": " + text);
            }
            return value;
        } catch (NumberFormatException e) {
            throw SyncFailure.malformed("parameter " + name + " is not a number: " + text);
        }
    }
}
