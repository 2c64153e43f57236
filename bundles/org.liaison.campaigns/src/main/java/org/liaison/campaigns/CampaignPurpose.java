package org.liaison.campaigns;

/** What a campaign is for; each purpose proposes the consent it needs. */
public enum CampaignPurpose {
    EVENT_INVITATION, NEWSLETTER, SURVEY, FOLLOW_UP
}
