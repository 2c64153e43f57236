package org.liaison.campaigns;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import org.liaison.contacts.ConsentPurpose;

/**
 * A campaign.
 *
 * @param id {@code null} for a campaign not saved yet
 * @param consentPurpose the consent a recipient must have given (by email) to receive it
 * @param defaultLanguage the language of recipients whose own language has no template
 * @param senderAddress the From address; {@code senderName} its display name, or {@code null}
 * @param replyTo where replies go, or {@code null} for the sender
 * @param meetingId the meeting an invitation is for (its details fill the template), or {@code null}
 * @param nicheId the niche a campaign speaks for (its name fills the template), or {@code null}
 * @param scheduledAt when sending starts by itself, or {@code null} to start it by hand
 * @param perMinute at most this many mails a minute, 0 for no limit; {@code perHour} likewise
 * @param statusReason why a campaign was paused by itself (a mail server refusing the login...)
 */
public record Campaign(UUID id, String name, CampaignPurpose purpose, ConsentPurpose consentPurpose,
        String defaultLanguage, String senderAddress, String senderName, String replyTo, UUID meetingId, UUID nicheId,
        Instant scheduledAt, int perMinute, int perHour, CampaignStatus status, String statusReason) {

    public Campaign {
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(consentPurpose, "consentPurpose");
        status = status == null ? CampaignStatus.DRAFT : status;
        defaultLanguage = defaultLanguage == null ? "en" : defaultLanguage;
    }

    /** A new draft with the consent its purpose usually needs. */
    public static Campaign draft(String name, CampaignPurpose purpose, String senderAddress) {
        ConsentPurpose consent = purpose == CampaignPurpose.EVENT_INVITATION ? ConsentPurpose.EVENT_INVITATIONS
                : ConsentPurpose.NEWSLETTER;
        return new Campaign(null, name, purpose, consent, "en", senderAddress, null, null, null, null, null, 0, 0,
                CampaignStatus.DRAFT, null);
    }

    public Campaign withId(UUID newId) {
        return new Campaign(newId, name, purpose, consentPurpose, defaultLanguage, senderAddress, senderName, replyTo,
                meetingId, nicheId, scheduledAt, perMinute, perHour, status, statusReason);
    }

    public Campaign withMeeting(UUID newMeetingId) {
        return new Campaign(id, name, purpose, consentPurpose, defaultLanguage, senderAddress, senderName, replyTo,
                newMeetingId, nicheId, scheduledAt, perMinute, perHour, status, statusReason);
    }

    public Campaign withThrottle(int newPerMinute, int newPerHour) {
        return new Campaign(id, name, purpose, consentPurpose, defaultLanguage, senderAddress, senderName, replyTo,
                meetingId, nicheId, scheduledAt, newPerMinute, newPerHour, status, statusReason);
    }

    public Campaign withSchedule(Instant at) {
        return new Campaign(id, name, purpose, consentPurpose, defaultLanguage, senderAddress, senderName, replyTo,
                meetingId, nicheId, at, perMinute, perHour, status, statusReason);
    }
}
