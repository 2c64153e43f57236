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

import org.liaison.campaigns.AudienceKind;
import org.liaison.campaigns.AudienceSource;
import org.liaison.campaigns.Campaign;
import org.liaison.campaigns.CampaignPurpose;
import org.liaison.campaigns.CampaignStatus;
import org.liaison.campaigns.MailTemplate;
import org.liaison.contacts.ConsentPurpose;
import org.liaison.core.id.Ids;
import org.liaison.store.Sql;

/** Rows of CAMPAIGN, CAMPAIGN_AUDIENCE and CAMPAIGN_TEMPLATE. */
final class CampaignTable {

    private static final String COLUMNS = "ID, NAME, PURPOSE, CONSENT_PURPOSE, DEFAULT_LANGUAGE, SENDER_ADDRESS, "
            + "SENDER_NAME, REPLY_TO, MEETING_ID, NICHE_ID, SCHEDULED_AT, PER_MINUTE, PER_HOUR, STATUS, STATUS_REASON";

    private CampaignTable() {
    }

    static Optional<Campaign> find(Connection connection, UUID id) throws SQLException {
        List<Campaign> found = list(connection, "SELECT " + COLUMNS + " FROM CAMPAIGN WHERE ID = ?", id);
        return found.stream().findFirst();
    }

    private static List<Campaign> list(Connection connection, String sql, Object... values) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            Sql.bind(statement, values);
            try (ResultSet row = statement.executeQuery()) {
                List<Campaign> campaigns = new ArrayList<>();
                while (row.next()) {
                    campaigns.add(new Campaign(Sql.uuid(row, 1), row.getString(2),
                            CampaignPurpose.valueOf(row.getString(3)), ConsentPurpose.valueOf(row.getString(4)),
                            row.getString(5), row.getString(6), row.getString(7), row.getString(8), Sql.uuid(row, 9),
                            Sql.uuid(row, 10), Sql.instant(row, 11), row.getInt(12), row.getInt(13),
                            CampaignStatus.valueOf(row.getString(14)), row.getString(15)));
                }
                return campaigns;
            }
        }
    }

    static List<Campaign> all(Connection connection) throws SQLException {
        return list(connection, "SELECT " + COLUMNS + " FROM CAMPAIGN ORDER BY CREATED_AT DESC, NAME");
    }

    /** The campaigns {@code node} sends that are sending, or scheduled and due. */
    static List<Campaign> due(Connection connection, String node, Instant now) throws SQLException {
        return list(connection, "SELECT " + COLUMNS + " FROM CAMPAIGN WHERE SENDING_NODE = ? AND (STATUS = 'SENDING' "
                + "OR STATUS = 'SCHEDULED' AND SCHEDULED_AT <= ?)", node, now);
    }

    /** The paused campaigns this node still holds as their sending node. */
    static List<UUID> pausedHeldBy(Connection connection, String node) throws SQLException {
        return Sql.ids(connection, "SELECT ID FROM CAMPAIGN WHERE SENDING_NODE = ? AND STATUS = 'PAUSED'", node);
    }

    /**
     * Lets go of a paused campaign: the node that sent it says so, and whoever resumes it next sends it.
     *
     * @return whether it was still paused and held by {@code node}
     */
    static boolean release(Connection connection, UUID id, String node, Instant now) throws SQLException {
        return Sql.update(connection, "UPDATE CAMPAIGN SET SENDING_NODE = NULL, UPDATED_AT = ? WHERE ID = ? AND SENDING_NODE = ? "
                + "AND STATUS = 'PAUSED'", now, id, node) == 1;
    }

    static void insert(Connection connection, Campaign campaign, String createdBy, Instant now) throws SQLException {
        Sql.update(connection, "INSERT INTO CAMPAIGN (" + COLUMNS + ", CREATED_BY, CREATED_AT, UPDATED_AT) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", campaign.id(), campaign.name(),
                campaign.purpose().name(), campaign.consentPurpose().name(), campaign.defaultLanguage(),
                campaign.senderAddress(), campaign.senderName(), campaign.replyTo(), campaign.meetingId(),
                campaign.nicheId(), campaign.scheduledAt(), campaign.perMinute(), campaign.perHour(),
                campaign.status().name(), campaign.statusReason(), createdBy, now, now);
    }

    static void update(Connection connection, Campaign campaign, Instant now) throws SQLException {
        Sql.update(connection, "UPDATE CAMPAIGN SET NAME = ?, PURPOSE = ?, CONSENT_PURPOSE = ?, DEFAULT_LANGUAGE = ?, "
                + "SENDER_ADDRESS = ?, SENDER_NAME = ?, REPLY_TO = ?, MEETING_ID = ?, NICHE_ID = ?, SCHEDULED_AT = ?, "
                + "PER_MINUTE = ?, PER_HOUR = ?, UPDATED_AT = ? WHERE ID = ?", campaign.name(),
                campaign.purpose().name(), campaign.consentPurpose().name(), campaign.defaultLanguage(),
                campaign.senderAddress(), campaign.senderName(), campaign.replyTo(), campaign.meetingId(),
                campaign.nicheId(), campaign.scheduledAt(), campaign.perMinute(), campaign.perHour(), now,
                campaign.id());
    }

    static void status(Connection connection, UUID id, CampaignStatus status, String reason, String node,
            Instant now) throws SQLException {
        Sql.update(connection, "UPDATE CAMPAIGN SET STATUS = ?, STATUS_REASON = ?, SENDING_NODE = COALESCE(?, "
                + "SENDING_NODE), UPDATED_AT = ? WHERE ID = ?", status.name(), reason, node, now, id);
    }

    static Optional<String> sendingNode(Connection connection, UUID id) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT SENDING_NODE FROM CAMPAIGN WHERE ID = ?")) {
            Sql.bind(statement, id);
            try (ResultSet row = statement.executeQuery()) {
                return row.next() ? Optional.ofNullable(row.getString(1)) : Optional.empty();
            }
        }
    }

    static List<AudienceSource> audience(Connection connection, UUID campaignId) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT KIND, REF_ID, EXCLUDED FROM CAMPAIGN_AUDIENCE WHERE CAMPAIGN_ID = ? ORDER BY EXCLUDED, KIND, REF_ID")) {
            Sql.bind(statement, campaignId);
            try (ResultSet row = statement.executeQuery()) {
                List<AudienceSource> sources = new ArrayList<>();
                while (row.next()) {
                    sources.add(new AudienceSource(AudienceKind.valueOf(row.getString(1)), Sql.uuid(row, 2),
                            row.getBoolean(3)));
                }
                return sources;
            }
        }
    }

    static void replaceAudience(Connection connection, UUID campaignId, List<AudienceSource> sources)
            throws SQLException {
        List<UUID> kept = new ArrayList<>();
        for (AudienceSource source : sources) {
            UUID id = Ids.derived("campaign-audience", campaignId, source.kind(), source.refId());
            kept.add(id);
            if (Sql.update(connection, "UPDATE CAMPAIGN_AUDIENCE SET EXCLUDED = ? WHERE ID = ? AND EXCLUDED <> ?", source.excluded(),
                    id, source.excluded()) == 0
                    && Sql.count(connection, "SELECT COUNT(*) FROM CAMPAIGN_AUDIENCE WHERE ID = ?", id) == 0) {
                Sql.update(connection, "INSERT INTO CAMPAIGN_AUDIENCE (ID, CAMPAIGN_ID, KIND, REF_ID, EXCLUDED) "
                        + "VALUES (?, ?, ?, ?, ?)", id, campaignId, source.kind().name(), source.refId(),
                        source.excluded());
            }
        }
        for (UUID id : Sql.ids(connection, "SELECT ID FROM CAMPAIGN_AUDIENCE WHERE CAMPAIGN_ID = ?", campaignId)) {
            if (!kept.contains(id)) {
                Sql.update(connection, "DELETE FROM CAMPAIGN_AUDIENCE WHERE ID = ?", id);
            }
        }
    }

    static List<MailTemplate> templates(Connection connection, UUID campaignId) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT LANGUAGE, SUBJECT, HTML_BODY, TEXT_BODY "
                + "FROM CAMPAIGN_TEMPLATE WHERE CAMPAIGN_ID = ? ORDER BY LANGUAGE")) {
            Sql.bind(statement, campaignId);
            try (ResultSet row = statement.executeQuery()) {
                List<MailTemplate> templates = new ArrayList<>();
                while (row.next()) {
                    templates.add(new MailTemplate(row.getString(1), row.getString(2), row.getString(3),
                            row.getString(4)));
                }
                return templates;
            }
        }
    }

    static void saveTemplate(Connection connection, UUID campaignId, MailTemplate template) throws SQLException {
        UUID id = Ids.derived("campaign-template", campaignId, template.language());
        if (Sql.update(connection, "UPDATE CAMPAIGN_TEMPLATE SET SUBJECT = ?, HTML_BODY = ?, TEXT_BODY = ? WHERE ID = ?",
                template.subject(), template.html(), template.text(), id) == 0) {
            Sql.update(connection, "INSERT INTO CAMPAIGN_TEMPLATE (ID, CAMPAIGN_ID, LANGUAGE, SUBJECT, HTML_BODY, "
                    + "TEXT_BODY) VALUES (?, ?, ?, ?, ?, ?)", id, campaignId, template.language(), template.subject(),
                    template.html(), template.text());
        }
    }

    static void delete(Connection connection, UUID campaignId) throws SQLException {
        Sql.update(connection, "DELETE FROM CAMPAIGN_TEMPLATE WHERE CAMPAIGN_ID = ?", campaignId);
        Sql.update(connection, "DELETE FROM CAMPAIGN_AUDIENCE WHERE CAMPAIGN_ID = ?", campaignId);
        Sql.update(connection, "DELETE FROM CAMPAIGN WHERE ID = ?", campaignId);
    }
}
