package org.liaison.campaigns.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.liaison.campaigns.Delivery;
import org.liaison.campaigns.DeliveryStatus;
import org.liaison.campaigns.Progress;
import org.liaison.core.id.Ids;
import org.liaison.store.Sql;

/** Rows of CAMPAIGN_DELIVERY: one per recipient of a campaign, in list order. */
final class DeliveryTable {

    private static final String COLUMNS = "ID, CAMPAIGN_ID, CONTACT_ID, ADDRESS, LANGUAGE, STATUS, ATTEMPTS, QUEUED_AT, "
            + "SENT_AT, SMTP_REPLY, MESSAGE_ID";
    private static final int REPLY_LENGTH = 1000;
    /**
     * List order as the index CAMPAIGN_DELIVERY_NEXT holds it: ordered by all its columns, H2 reads
     * the first due record from the index; ordered by POSITION alone, it reads and sorts every
     * queued record of the campaign for each mail.
     */
    private static final String LIST_ORDER = "CAMPAIGN_ID, STATUS, POSITION";

    private DeliveryTable() {
    }

    static UUID id(UUID campaignId, UUID contactId) {
        return Ids.derived("campaign-delivery", campaignId, contactId);
    }

    /** Adds a queued record for the recipient unless the campaign already has one for them. */
    static boolean queue(Connection connection, UUID campaignId, UUID contactId, int position, String address,
            String language, String unsubscribeHash, Instant now) throws SQLException {
        UUID id = id(campaignId, contactId);
        if (Sql.count(connection, "SELECT COUNT(*) FROM CAMPAIGN_DELIVERY WHERE ID = ?", id) > 0) {
            return false;
        }
        Sql.update(connection, "INSERT INTO CAMPAIGN_DELIVERY (ID, CAMPAIGN_ID, CONTACT_ID, POSITION, ADDRESS, LANGUAGE, "
                + "STATUS, QUEUED_AT, UNSUBSCRIBE_HASH) VALUES (?, ?, ?, ?, ?, ?, 'QUEUED', ?, ?)", id, campaignId,
                contactId, position, address, language, now, unsubscribeHash);
        return true;
    }

    /**
     * The next record to send: one left in SENDING by a crash first, then queued ones whose time has
     * come; {@code justSent} (still SENDING until its outcome is written) is not one of them.
     */
    static Optional<Delivery> next(Connection connection, UUID campaignId, Instant now, UUID justSent)
            throws SQLException {
        List<Delivery> found = list(connection, "SELECT " + COLUMNS + " FROM CAMPAIGN_DELIVERY WHERE CAMPAIGN_ID = ? "
                + "AND STATUS = 'SENDING' AND ID <> ? ORDER BY " + LIST_ORDER + " LIMIT 1", campaignId,
                justSent == null ? new UUID(0, 0) : justSent);
        if (found.isEmpty()) {
            found = list(connection, "SELECT " + COLUMNS + " FROM CAMPAIGN_DELIVERY WHERE CAMPAIGN_ID = ? "
                    + "AND STATUS = 'QUEUED' AND (NEXT_ATTEMPT_AT IS NULL OR NEXT_ATTEMPT_AT <= ?) "
                    + "ORDER BY " + LIST_ORDER + " LIMIT 1", campaignId, now);
        }
        return found.stream().findFirst();
    }

    /** When the earliest queued record waiting for a retry is due, if any waits. */
    static Optional<Instant> nextRetry(Connection connection, UUID campaignId) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT MIN(NEXT_ATTEMPT_AT) FROM "
                + "CAMPAIGN_DELIVERY WHERE CAMPAIGN_ID = ? AND STATUS = 'QUEUED'")) {
            Sql.bind(statement, campaignId);
            try (ResultSet row = statement.executeQuery()) {
                row.next();
                return Optional.ofNullable(Sql.instant(row, 1));
            }
        }
    }

    static void sending(Connection connection, UUID id, String messageId, String unsubscribeHash, Instant now)
            throws SQLException {
        Sql.update(connection, "UPDATE CAMPAIGN_DELIVERY SET STATUS = 'SENDING', ATTEMPTS = ATTEMPTS + 1, SENDING_AT = ?, "
                + "MESSAGE_ID = ?, UNSUBSCRIBE_HASH = ? WHERE ID = ?", now, messageId, unsubscribeHash, id);
    }

    static void sent(Connection connection, UUID id, String reply, Instant now) throws SQLException {
        Sql.update(connection, "UPDATE CAMPAIGN_DELIVERY SET STATUS = 'SENT', SENT_AT = ?, NEXT_ATTEMPT_AT = NULL, "
                + "SMTP_REPLY = ? WHERE ID = ?", now, clip(reply), id);
    }

    static void retryAt(Connection connection, UUID id, Instant at, String reply) throws SQLException {
        Sql.update(connection, "UPDATE CAMPAIGN_DELIVERY SET STATUS = 'QUEUED', NEXT_ATTEMPT_AT = ?, SMTP_REPLY = ? "
                + "WHERE ID = ?", at, clip(reply), id);
    }

    /** Puts a record back in the queue without counting an attempt (the campaign paused before it went). */
    static void requeue(Connection connection, UUID id, String reply) throws SQLException {
        Sql.update(connection, "UPDATE CAMPAIGN_DELIVERY SET STATUS = 'QUEUED', ATTEMPTS = GREATEST(ATTEMPTS - 1, 0), "
                + "SMTP_REPLY = ? WHERE ID = ?", clip(reply), id);
    }

    static void finish(Connection connection, UUID id, DeliveryStatus status, String reply) throws SQLException {
        Sql.update(connection, "UPDATE CAMPAIGN_DELIVERY SET STATUS = ?, NEXT_ATTEMPT_AT = NULL, SMTP_REPLY = ? "
                + "WHERE ID = ?", status.name(), clip(reply), id);
    }

    /** Records still waiting when a campaign is cancelled get nothing. */
    static int cancelWaiting(Connection connection, UUID campaignId, String reply) throws SQLException {
        return Sql.update(connection, "UPDATE CAMPAIGN_DELIVERY SET STATUS = 'SKIPPED', NEXT_ATTEMPT_AT = NULL, "
                + "SMTP_REPLY = ? WHERE CAMPAIGN_ID = ? AND STATUS IN ('QUEUED', 'SENDING')", clip(reply), campaignId);
    }

    static Progress progress(Connection connection, UUID campaignId, Instant now) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT "
                + "COUNT(CASE WHEN STATUS IN ('QUEUED', 'SENDING') THEN 1 END), "
                + "COUNT(CASE WHEN STATUS IN ('SENT', 'BOUNCED_SOFT') THEN 1 END), "
                + "COUNT(CASE WHEN STATUS = 'FAILED' THEN 1 END), "
                + "COUNT(CASE WHEN STATUS IN ('BOUNCED_HARD', 'BOUNCED_SOFT') THEN 1 END), "
                + "COUNT(CASE WHEN STATUS = 'UNSUBSCRIBED' THEN 1 END), "
                + "COUNT(CASE WHEN STATUS = 'SKIPPED' THEN 1 END), "
                + "COUNT(CASE WHEN SENT_AT > ? THEN 1 END) FROM CAMPAIGN_DELIVERY WHERE CAMPAIGN_ID = ?")) {
            Sql.bind(statement, now.minusSeconds(60), campaignId);
            try (ResultSet row = statement.executeQuery()) {
                row.next();
                return new Progress(row.getLong(1), row.getLong(2), row.getLong(3), row.getLong(4), row.getLong(5),
                        row.getLong(6), row.getLong(7));
            }
        }
    }

    static List<Delivery> page(Connection connection, UUID campaignId, int offset, int limit) throws SQLException {
        return list(connection, "SELECT " + COLUMNS + " FROM CAMPAIGN_DELIVERY WHERE CAMPAIGN_ID = ? ORDER BY POSITION "
                + "LIMIT ? OFFSET ?", campaignId, limit, offset);
    }

    static List<Delivery> ofContact(Connection connection, UUID contactId) throws SQLException {
        return list(connection, "SELECT " + COLUMNS + " FROM CAMPAIGN_DELIVERY WHERE CONTACT_ID = ?", contactId);
    }

    static Optional<String> unsubscribeHash(Connection connection, UUID id) throws SQLException {
        return Sql.first(connection, "SELECT UNSUBSCRIBE_HASH FROM CAMPAIGN_DELIVERY WHERE ID = ?", id).map(String.class::cast);
    }

    static Optional<Delivery> byUnsubscribeHash(Connection connection, String hash) throws SQLException {
        return list(connection, "SELECT " + COLUMNS + " FROM CAMPAIGN_DELIVERY WHERE UNSUBSCRIBE_HASH = ?", hash)
                .stream().findFirst();
    }

    /** The record a bounce is about: by the Message-ID it quotes, else the last mail sent to the address. */
    static Optional<Delivery> bounced(Connection connection, String messageId, String address) throws SQLException {
        if (messageId != null) {
            List<Delivery> found = list(connection, "SELECT " + COLUMNS + " FROM CAMPAIGN_DELIVERY WHERE MESSAGE_ID = ?",
                    messageId);
            if (!found.isEmpty()) {
                return Optional.of(found.get(0));
            }
        }
        if (address == null) {
            return Optional.empty();
        }
        return list(connection, "SELECT " + COLUMNS + " FROM CAMPAIGN_DELIVERY WHERE LOWER(ADDRESS) = LOWER(?) "
                + "AND SENT_AT IS NOT NULL ORDER BY SENT_AT DESC LIMIT 1", address).stream().findFirst();
    }

    /** When this campaign's mails of the last hour went out, oldest first, for throttling after a restart. */
    static List<Instant> sendingTimes(Connection connection, UUID campaignId, Instant since) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT SENDING_AT FROM CAMPAIGN_DELIVERY "
                + "WHERE CAMPAIGN_ID = ? AND SENDING_AT > ? ORDER BY SENDING_AT")) {
            Sql.bind(statement, campaignId, since);
            try (ResultSet row = statement.executeQuery()) {
                List<Instant> times = new ArrayList<>();
                while (row.next()) {
                    times.add(Sql.instant(row, 1));
                }
                return times;
            }
        }
    }

    private static List<Delivery> list(Connection connection, String sql, Object... values) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            Sql.bind(statement, values);
            try (ResultSet row = statement.executeQuery()) {
                List<Delivery> deliveries = new ArrayList<>();
                while (row.next()) {
                    deliveries.add(new Delivery(Sql.uuid(row, 1), Sql.uuid(row, 2), Sql.uuid(row, 3), row.getString(4),
                            row.getString(5), DeliveryStatus.valueOf(row.getString(6)), row.getInt(7),
                            Sql.instant(row, 8), Sql.instant(row, 9), row.getString(10), row.getString(11)));
                }
                return deliveries;
            }
        }
    }

    private static String clip(String reply) {
        if (reply == null) {
            return null;
        }
        String oneLine = reply.replaceAll("\\s+", " ").strip();
        return oneLine.length() <= REPLY_LENGTH ? oneLine : oneLine.substring(0, REPLY_LENGTH);
    }
}
