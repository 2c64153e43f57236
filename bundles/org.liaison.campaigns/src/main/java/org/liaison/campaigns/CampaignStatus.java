package org.liaison.campaigns;

/**
 * Where a campaign stands: {@code DRAFT} → {@code SCHEDULED} → {@code SENDING} ⇄ {@code PAUSED} →
 * {@code DONE}, or {@code CANCELLED} from any state before {@code DONE}.
 */
public enum CampaignStatus {
    DRAFT, SCHEDULED, SENDING, PAUSED, DONE, CANCELLED;

    /** Whether the audience and templates may still be changed. */
    public boolean editable() {
        return this == DRAFT || this == SCHEDULED;
    }

    public boolean finished() {
        return this == DONE || this == CANCELLED;
    }
}
