package org.liaison.campaigns;

/**
 * How far a campaign's sending is: counts of its delivery records by what became of them, and the
 * mails sent in the last minute.
 */
public record Progress(long waiting, long sent, long failed, long bounced, long unsubscribed, long skipped,
        long sentLastMinute) {
}
