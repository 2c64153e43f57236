package org.liaison.campaigns.mail.internal;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.Properties;

import org.eclipse.angus.mail.smtp.SMTPMessage;
import org.liaison.campaigns.delivery.OutgoingMail;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMultipart;

/**
 * A campaign mail as MIME: multipart/alternative (plain text first, then HTML) in UTF-8, names and
 * subject encoded as RFC 2047 words so that no character of theirs can start a header, the
 * envelope sender set to the return address, our own Message-ID, and the unsubscribe headers of
 * RFC 2369 and RFC 8058.
 */
final class MimeMails {

    private static final Session SESSION = Session.getInstance(new Properties());

    private MimeMails() {
    }

    static SMTPMessage compose(OutgoingMail mail, String returnAddress) throws MessagingException {
        SMTPMessage message = new FixedIdMessage(SESSION, mail.messageId());
        message.setEnvelopeFrom(returnAddress);
        message.setFrom(address(mail.fromAddress(), mail.fromName()));
        if (mail.replyTo() != null) {
            message.setReplyTo(new InternetAddress[] {address(mail.replyTo(), null)});
        }
        message.setRecipient(jakarta.mail.Message.RecipientType.TO, address(mail.toAddress(), mail.toName()));
        message.setSubject(singleLine(mail.subject()), StandardCharsets.UTF_8.name());
        message.setSentDate(new Date());
        String unsubscribe = "<" + mail.unsubscribeMailto() + ">";
        if (mail.unsubscribeUrl() != null) {
            unsubscribe = "<" + mail.unsubscribeUrl() + ">, " + unsubscribe;
            message.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        }
        message.setHeader("List-Unsubscribe", unsubscribe);
        MimeMultipart alternative = new MimeMultipart("alternative");
        if (!mail.text().isEmpty() || mail.html().isEmpty()) {
            MimeBodyPart text = new MimeBodyPart();
            text.setText(mail.text(), StandardCharsets.UTF_8.name(), "plain");
            alternative.addBodyPart(text);
        }
        if (!mail.html().isEmpty()) {
            MimeBodyPart html = new MimeBodyPart();
            html.setText(mail.html(), StandardCharsets.UTF_8.name(), "html");
            alternative.addBodyPart(html);
        }
        message.setContent(alternative);
        message.saveChanges();
        return message;
    }

    private static InternetAddress address(String address, String name) throws MessagingException {
        InternetAddress parsed = new InternetAddress(address, true);
        if (name != null && !name.isBlank()) {
            try {
                parsed.setPersonal(singleLine(name), StandardCharsets.UTF_8.name());
            } catch (UnsupportedEncodingException e) {
                throw new IllegalStateException("UTF-8 is always supported", e);
            }
        }
        return parsed;
    }

    /** Line breaks in a name or subject become spaces before encoding, so they cannot end a header. */
    static String singleLine(String value) {
        return value == null ? "" : value.replaceAll("[\\r\\n\\u0085\\u2028\\u2029]+", " ").strip();
    }

    /** A message that keeps the Message-ID it was given (saveChanges would make a new one). */
    private static final class FixedIdMessage extends SMTPMessage {

        private final String id;

        FixedIdMessage(Session session, String id) {
            super(session);
            this.id = id;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", "<" + id + ">");
        }
    }
}
