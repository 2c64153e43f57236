package org.liaison.server.internal;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeoutException;

import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.Fields;
import org.liaison.server.Role;
import org.liaison.store.StoreException;
import org.liaison.sync.protocol.KeyRing;
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

    /** The most a body other than a push's may hold (a login, keys): read before the caller is known, it stays small. */
    private static final int SMALL_BODY_BYTES = 64 * 1024;

    /** How long a desktop whose held pull was refused should wait before the next. */
    private static final int HELD_PULL_RETRY_SECONDS = 30;

    private final ObjectMapper json;
    private final StoreAccounts accounts;
    private final Sessions sessions;
    private final SyncLedger ledger;
    private final RequestBody.Limits bodyLimits;
    private final LoginThrottle logins;
    private final HeldPulls heldPulls;
    private final NetworkKeyExchange keyExchange;

    SyncHttpHandler(ObjectMapper json, StoreAccounts accounts, Sessions sessions, SyncLedger ledger, RequestBody.Limits bodyLimits,
            LoginThrottle logins, HeldPulls heldPulls, NetworkKeyExchange keyExchange) {
        this.json = json;
        this.accounts = accounts;
        this.sessions = sessions;
        this.ledger = ledger;
        this.bodyLimits = bodyLimits;
        this.logins = logins;
        this.heldPulls = heldPulls;
        this.keyExchange = keyExchange;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        if ("POST".equals(request.getMethod())) {
            RuntimeException refused;
            try {
                refused = refusedBeforeItsBody(request);
            } catch (RuntimeException e) { // the sign-in could not be read (the store failed): answered as any failure
                refused = e;
            }
            if (refused != null) { // answered from its headers: a body is not waited for (a client that expects 100-continue
                // does not even send it); what has already come is let go with the connection
                answer(request, response, callback, null, refused);
                return true;
            }
            RequestBody.Limits limits = SyncProtocol.PUSH.equals(Request.getPathInContext(request)) ? bodyLimits
                    : bodyLimits.withMaxBytes(SMALL_BODY_BYTES);
            RequestBody.read(request, limits).whenCompleteAsync((body, failure) -> {
                try {
                    answer(request, response, callback, body, failure);
                } catch (Throwable e) { // else lost in the future, and the client waits for an answer that never comes
                    LOG.log(Level.ERROR, "Sync request " + request.getMethod() + " " + Request.getPathInContext(request) + " failed", e);
                    callback.failed(e);
                }
            }, request.getComponents().getExecutor());
        } else {
            answer(request, response, callback, null, null);
        }
        return true;
    }

    /** A failure the client can do nothing about: what happened is in the server's log, not in the answer. */
    private static Problem failed() {
        return new Problem(500, "failed", "the server could not complete the request; its log says why (" + java.time.Instant.now() + ")");
    }

    private void answer(Request request, Response response, Callback callback, byte[] body, Throwable bodyFailure) {
        int status = 200;
        long retryAfter = 0;
        Object answer;
        try {
            if (bodyFailure instanceof StoreException failed) {
                throw failed;
            }
            if (bodyFailure != null) {
                throw bodyFailure(bodyFailure);
            }
            answer = route(request, body);
        } catch (SyncFailure e) {
            status = e.status;
            retryAfter = e.retryAfterSeconds;
            answer = new Problem(e.status, e.error, e.getMessage());
        } catch (JsonProcessingException e) {
            status = 400;
            String where = e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()
                    ? " at " + mapping.getPathReference() : "";
            answer = new Problem(400, "malformed", "the request is not valid JSON for this call" + where + ": " + e.getOriginalMessage()
                    + (e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ", column "
                            + e.getLocation().getColumnNr() + ")"));
        } catch (StoreException e) {
            if (e.reason() == StoreException.Reason.UNWRITABLE) {
                // the store logged the failure once, with its cause; desktops retrying meanwhile add a line each
                LOG.log(Level.WARNING, "Sync request " + request.getMethod() + " " + Request.getPathInContext(request)
                        + " refused: the database cannot be written");
                status = 503; // the desktop keeps what it sent and tries again later
                retryAfter = 300;
                answer = new Problem(503, "unavailable", "the server cannot save anything now: its database file cannot be "
                        + "written (most often, its disk is full). Your changes stay on your desktop and are sent again once "
                        + "its administrator has mended it.");
            } else {
                LOG.log(Level.ERROR, "Sync request " + request.getMethod() + " " + Request.getPathInContext(request) + " failed", e);
                status = 500;
                answer = failed();
            }
        } catch (RuntimeException | IOException e) {
            LOG.log(Level.ERROR, "Sync request " + request.getMethod() + " " + Request.getPathInContext(request) + " failed", e);
            status = 500;
            answer = failed();
        }
        byte[] bytes;
        try {
            bytes = json.writeValueAsBytes(answer);
        } catch (JsonProcessingException e) {
            LOG.log(Level.ERROR, "Cannot write the answer", e);
            status = 500;
            bytes = "{\"status\":500,\"error\":\"failed\",\"message\":\"cannot write the answer\"}".getBytes();
        }
        response.setStatus(status);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json; charset=utf-8");
        response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
        if (status == 401) {
            response.getHeaders().put(HttpHeader.WWW_AUTHENTICATE, "Bearer realm=\"liaison\"");
        } else if (retryAfter > 0) {
            response.getHeaders().put(HttpHeader.RETRY_AFTER, Long.toString(retryAfter));
        } else if (status == 408) {
            response.getHeaders().put(HttpHeader.CONNECTION, "close");
        }
        response.write(true, ByteBuffer.wrap(bytes), callback);
    }

    /**
     * Why a POST is refused from its headers alone, or null: an unknown call, a call that needs a sign-in
     * without a valid one, a login body longer than a login. An anonymous client thus never makes the server
     * read and hold a large body.
     */
    private SyncFailure refusedBeforeItsBody(Request request) {
        String path = Request.getPathInContext(request);
        try {
            switch (path) {
                case SyncProtocol.PUSH, SyncProtocol.KEYS, SyncProtocol.DEVICE -> session(request);
                case SyncProtocol.LOGIN -> {
                    if (request.getLength() > SMALL_BODY_BYTES) {
                        return new SyncFailure(413, "too-large", "a login is at most " + SMALL_BODY_BYTES + " bytes");
                    }
                }
                default -> throw new SyncFailure(404, "not-found", "no such call: " + path);
            }
            return null;
        } catch (SyncFailure e) {
            return e;
        }
    }

    /** What a body that could not be read is answered with. */
    private SyncFailure bodyFailure(Throwable failure) {
        if (failure instanceof SyncFailure refused) {
            return refused;
        }
        Throwable cause = failure instanceof CompletionException ? failure.getCause() : failure;
        if (cause instanceof RequestBody.TooLarge large) {
            return tooLarge(large.length);
        }
        if (cause instanceof TimeoutException) {
            return new SyncFailure(408, "too-slow", "the request body did not arrive in time");
        }
        return new SyncFailure(400, "malformed", "the request body could not be read");
    }

    private Object route(Request request, byte[] body) throws IOException {
        String path = Request.getPathInContext(request);
        String method = request.getMethod();
        checkProtocol(request);
        switch (path) {
            case SyncProtocol.LOGIN -> {
                expect(method, "POST");
                return login(parse(body, LoginRequest.class), Request.getRemoteAddr(request));
            }
            case SyncProtocol.PUSH -> {
                expect(method, "POST");
                Session session = session(request);
                if (!session.role().mayWrite()) {
                    throw new SyncFailure(403, "forbidden", "account " + session.account() + " may only read");
                }
                PushRequest push = parse(body, PushRequest.class);
                if (push.changes() != null && push.changes().size() > SyncProtocol.MAX_CHANGES) { // bounded work per request
                    throw new SyncFailure(413, "too-large", "a push holds at most " + SyncProtocol.MAX_CHANGES + " changes; this one holds "
                            + push.changes().size() + ": send fewer at a time");
                }
                return ledger.push(session, push);
            }
            case SyncProtocol.PULL -> {
                expect(method, "GET");
                Session session = session(request);
                Fields query = Request.extractQueryParameters(request);
                int limit = (int) number(query, "limit", 500, 1, SyncProtocol.MAX_CHANGES);
                String table = query.getValue("table");
                if (table != null && !table.matches("[A-Z][A-Z0-9_]{0,127}")) {
                    throw SyncFailure.malformed("parameter table is not a table name: " + table);
                }
                long after = number(query, "after", 0, 0, Long.MAX_VALUE);
                long upTo = number(query, "upTo", 0, 0, Long.MAX_VALUE);
                int wait = (int) number(query, "wait", 0, 0, SyncLedger.MAX_WAIT_SECONDS);
                if (wait == 0) {
                    return ledger.pull(after, limit, upTo, 0, table);
                }
                if (!heldPulls.take(session.account())) {
                    throw SyncFailure.busy("too many pulls are waiting for account " + session.account() + " or for the server",
                            HELD_PULL_RETRY_SECONDS);
                }
                try {
                    return ledger.pull(after, limit, upTo, wait, table);
                } finally {
                    heldPulls.release(session.account());
                }
            }
            case SyncProtocol.CONFLICTS -> {
                expect(method, "GET");
                session(request);
                Fields query = Request.extractQueryParameters(request);
                return ledger.conflicts(number(query, "after", 0, 0, Long.MAX_VALUE),
                        (int) number(query, "limit", 200, 1, SyncProtocol.MAX_CHANGES));
            }
            case SyncProtocol.DEVICE -> {
                expect(method, "POST");
                session(request);
                return sessions.newDevice(request.getHeaders().get(HttpHeader.AUTHORIZATION).substring(7).trim());
            }
            case SyncProtocol.KEYS -> {
                expect(method, "POST");
                Session session = session(request);
                return keyExchange.exchange(parse(body, KeyRing.class), session.role().mayWrite());
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

    private Object login(LoginRequest login, String address) {
        if (login.user() == null || login.password() == null) {
            throw SyncFailure.malformed("a login needs a user and a password");
        }
        Duration wait = logins.attempt(login.user(), address);
        if (!wait.isZero()) {
            throw SyncFailure.busy("too many failed sign-ins for this account or from this address",
                    Math.max(1, (wait.toMillis() + 999) / 1000));
        }
        char[] password = login.password().toCharArray();
        try {
            Role role = accounts.authenticate(login.user(), password);
            if (role == null) {
                LOG.log(Level.WARNING, "Sign-in refused for account {0} from {1} ({2} failures in a row)", login.user(), address,
                        logins.failures(login.user()));
                throw new SyncFailure(401, "unauthorized", "wrong user name or password, or the account is disabled");
            }
            logins.succeeded(login.user(), address);
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

    private <T> T parse(byte[] body, Class<T> type) throws IOException {
        if (body == null || body.length == 0) {
            throw SyncFailure.malformed("the request has no body");
        }
        T value = json.readValue(body, type);
        if (value == null) {
            throw SyncFailure.malformed("the request body is null");
        }
        return value;
    }

    private SyncFailure tooLarge(long length) {
        return new SyncFailure(413, "too-large", "the request body of " + length + " bytes is over the limit of "
                + bodyLimits.maxBytes() + " bytes: send fewer changes at a time");
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
