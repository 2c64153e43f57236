package org.liaison.server.internal;

import java.lang.System.Logger.Level;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.liaison.campaigns.delivery.UnsubscribeTokens;
import org.liaison.core.clock.HybridLogicalClock;
import org.liaison.core.i18n.Messages;
import org.liaison.core.id.Ids;
import org.liaison.server.Role;
import org.liaison.store.Store;
import org.liaison.sync.protocol.PushRequest;
import org.liaison.sync.protocol.PushedChange;

/**
 * The page a campaign mail's unsubscribe link opens, and the one-click unsubscribe of RFC 8058,
 * on the server's HTTPS endpoint: {@code GET /unsubscribe?t=TOKEN} asks (nothing changes on a
 * GET, which mail scanners follow), {@code POST} with {@code List-Unsubscribe=One-Click} does it.
 * The consent withdrawal and the delivery record's new state are pushed into the ledger as the
 * changes of the server's own device, so they reach every desktop by sync.
 */
final class UnsubscribePage extends Handler.Abstract {

    static final String PATH = "/unsubscribe";
    private static final System.Logger LOG = System.getLogger(UnsubscribePage.class.getName());
    private static final UUID DEVICE = Ids.derived("server-device", "unsubscribe-page");
    private static final String ACCOUNT = "(unsubscribe page)";
    private static final int MAX_BODY = 1024;
    private static final String ONE_CLICK = "List-Unsubscribe=One-Click";

    private final RequestBody.Limits bodyLimits;
    private final Store store;
    private final SyncLedger ledger;
    private final HybridLogicalClock clock;

    UnsubscribePage(Store store, SyncLedger ledger, HybridLogicalClock clock, Duration bodyTime) {
        this.bodyLimits = new RequestBody.Limits(MAX_BODY, bodyTime, MAX_BODY);
        this.store = store;
        this.ledger = ledger;
        this.clock = clock;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        if (!PATH.equals(Request.getPathInContext(request))) {
            return false;
        }
        Messages texts = Messages.of("org.liaison.server.internal.unsubscribe", UnsubscribePage.class,
                language(request));
        String token = Request.extractQueryParameters(request).getValue("t");
        if (!UnsubscribeTokens.wellFormed(token)) {
            return page(response, callback, 404, texts, "unknown", null);
        }
        return switch (request.getMethod()) {
            case "GET" -> page(response, callback, 200, texts, "confirm", token);
            case "POST" -> {
                RequestBody.read(request, bodyLimits).whenCompleteAsync((body, failure) -> {
                    try {
                        if (failure != null) {
                            LOG.log(Level.DEBUG, "An unsubscribe request's body could not be read", failure);
                            page(response, callback, 400, texts, "confirm", token);
                        } else if (!new String(body, StandardCharsets.US_ASCII).contains(ONE_CLICK)) {
                            page(response, callback, 400, texts, "confirm", token);
                        } else if (unsubscribe(token)) {
                            page(response, callback, 200, texts, "done", null);
                        } else {
                            page(response, callback, 404, texts, "unknown", null);
                        }
                    } catch (RuntimeException e) {
                        LOG.log(Level.ERROR, "An unsubscribe request failed", e);
                        callback.failed(e);
                    }
                }, request.getComponents().getExecutor());
                yield true;
            }
            default -> page(response, callback, 405, texts, "unknown", null);
        };
    }

    /** The delivery record the token is for, with what is needed to unsubscribe its recipient. */
    private record Recipient(UUID delivery, UUID contact, String purpose, String messageId, String status) {
    }

    private boolean unsubscribe(String token) {
        Optional<Recipient> found = store.read(connection -> recipient(connection, UnsubscribeTokens.hash(token)));
        if (found.isEmpty()) {
            return false;
        }
        Recipient recipient = found.get();
        if (!"UNSUBSCRIBED".equals(recipient.status())) {
            push(recipient);
            LOG.log(Level.INFO, "Delivery {0}: its recipient unsubscribed by the one-click link", recipient.delivery());
        }
        return true;
    }

    private static Optional<Recipient> recipient(Connection connection, String hash) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT D.ID, D.CONTACT_ID, C.CONSENT_PURPOSE, "
                + "D.MESSAGE_ID, D.STATUS FROM CAMPAIGN_DELIVERY D JOIN CAMPAIGN C ON C.ID = D.CAMPAIGN_ID "
                + "WHERE D.UNSUBSCRIBE_HASH = ?")) {
            query.setString(1, hash);
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? Optional.of(new Recipient(row.getObject(1, UUID.class), row.getObject(2, UUID.class),
                        row.getString(3), row.getString(4), row.getString(5))) : Optional.empty();
            }
        }
    }

    /** The withdrawal and the record's new state, as the server device's next operations. */
    private void push(Recipient recipient) {
        synchronized (DEVICE) {
            long seq = store.transaction(UnsubscribePage::nextSequence);
            Map<String, Object> consent = new LinkedHashMap<>();
            consent.put("CONTACT_ID", recipient.contact().toString());
            consent.put("PURPOSE", recipient.purpose());
            consent.put("CHANNEL", "EMAIL");
            consent.put("GRANTED", false);
            consent.put("SOURCE", "one-click unsubscribe");
            consent.put("EVIDENCE", recipient.messageId());
            // to the microsecond, as the column keeps it: what desktops receive then checksums as the server's row
            consent.put("RECORDED_AT", OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS).toString());
            consent.put("EXPIRES_AT", null);
            Map<String, Object> delivery = new LinkedHashMap<>();
            delivery.put("STATUS", "UNSUBSCRIBED");
            delivery.put("SMTP_REPLY", "one-click unsubscribe");
            ledger.push(new Session(ACCOUNT, Role.STAFF, DEVICE), new PushRequest(DEVICE.toString(), Long.MAX_VALUE, List.of(
                    new PushedChange(seq, "CONTACT_CONSENT", Ids.newId(), "I", clock.now().pack(), consent),
                    new PushedChange(seq + 1, "CAMPAIGN_DELIVERY", recipient.delivery(), "U", clock.now().pack(), delivery))));
        }
    }

    /** The server device's next operation number, registering the device the first time. */
    private static long nextSequence(Connection connection) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT LAST_SEQ FROM SERVER_DEVICE WHERE ID = ?")) {
            query.setObject(1, DEVICE);
            try (ResultSet row = query.executeQuery()) {
                if (row.next()) {
                    return row.getLong(1) + 1;
                }
            }
        }
        ServerDevices.register(connection, DEVICE, ACCOUNT, "unsubscribe page");
        return 1;
    }

    private static Locale language(Request request) {
        String accepted = request.getHeaders().get(HttpHeader.ACCEPT_LANGUAGE);
        return accepted != null && accepted.strip().toLowerCase(Locale.ROOT).startsWith("fr") ? Locale.FRENCH : Locale.ENGLISH;
    }

    /** A page of its own (no script, no outside resource), with a button only when it asks. */
    private static boolean page(Response response, Callback callback, int status, Messages texts, String which, String token) {
        String button = token == null ? "" : "<form method=\"post\" action=\"" + PATH + "?t=" + token + "\">"
                + "<input type=\"hidden\" name=\"List-Unsubscribe\" value=\"One-Click\">"
                + "<button type=\"submit\">" + texts.get("button") + "</button></form>";
        String html = "<!DOCTYPE html><html lang=\"" + texts.locale().getLanguage() + "\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width\"><title>" + texts.get("title") + "</title></head>"
                + "<body><h1>" + texts.get("title") + "</h1><p>" + texts.get(which) + "</p>" + button + "</body></html>";
        response.setStatus(status);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "text/html; charset=utf-8");
        response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
        response.getHeaders().put("X-Content-Type-Options", "nosniff");
        response.getHeaders().put("Referrer-Policy", "no-referrer");
        response.getHeaders().put("Content-Security-Policy", "default-src 'none'; form-action 'self'");
        response.write(true, ByteBuffer.wrap(html.getBytes(StandardCharsets.UTF_8)), callback);
        return true;
    }
}
