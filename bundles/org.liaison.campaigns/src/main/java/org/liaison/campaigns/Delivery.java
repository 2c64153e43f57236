package org.liaison.campaigns;

import java.time.Instant;
import java.util.UUID;

/**
 * The record of one recipient's mail.
 *
 * @param reply the mail server's last answer, or why the mail was not sent
 */
public record Delivery(UUID id, UUID campaignId, UUID contactId, String address, String language,
        DeliveryStatus status, int attempts, Instant queuedAt, Instant sentAt, String reply, String messageId) {
}
