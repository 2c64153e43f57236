package org.liaison.campaigns;

/**
 * What became of one recipient's mail. {@code QUEUED} waits (again, after a temporary refusal,
 * until its next attempt); {@code SENDING} is written before the mail goes to the server, so a
 * record left in it after a crash is the one mail that may have gone twice.
 */
public enum DeliveryStatus {
    QUEUED, SENDING, SENT, FAILED, BOUNCED_HARD, BOUNCED_SOFT, UNSUBSCRIBED,
    /** Left out at send time: the consent gate said no (the reason is the reply). */
    SKIPPED
}
