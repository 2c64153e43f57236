package org.liaison.campaigns.delivery;

/**
 * Something read from the return mailbox about a mail sent earlier.
 *
 * @param address the recipient the report is about (for a bounce), or {@code null}
 * @param messageId the Message-ID of the mail it is about, when the report quotes it, or {@code null}
 * @param token the unsubscribe token of an unsubscribe request, or {@code null}
 * @param status the delivery status code of a bounce ({@code 5.1.1}) and its diagnostic
 */
public record MailboxReport(Kind kind, String address, String messageId, String token, String status) {

    public enum Kind {
        HARD_BOUNCE, SOFT_BOUNCE, UNSUBSCRIBE
    }
}
