package org.liaison.campaigns.delivery;

import java.util.Objects;

/**
 * One mail to send: plain text and HTML alternatives of the same message. Names and subjects may
 * hold any character; the transport encodes them (UTF-8) and never lets a line break of theirs
 * start a header.
 *
 * @param messageId the Message-ID to give the mail (without angle brackets), so that bounces can be matched
 * @param unsubscribeMailto the {@code mailto:} unsubscribe address of {@code List-Unsubscribe}
 * @param unsubscribeUrl the one-click HTTPS unsubscribe address, or {@code null}
 */
public record OutgoingMail(String fromAddress, String fromName, String replyTo, String toAddress, String toName,
        String subject, String html, String text, String messageId, String unsubscribeMailto,
        String unsubscribeUrl) {

    public OutgoingMail {
        Objects.requireNonNull(fromAddress, "fromAddress");
        Objects.requireNonNull(toAddress, "toAddress");
        Objects.requireNonNull(messageId, "messageId");
    }
}
