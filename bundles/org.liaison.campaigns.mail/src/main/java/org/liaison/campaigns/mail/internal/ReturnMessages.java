package org.liaison.campaigns.mail.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.angus.mail.dsn.DeliveryStatus;
import org.liaison.campaigns.delivery.MailboxReport;

import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetHeaders;
import jakarta.mail.internet.MimeMessage;

/**
 * Reads what arrives in the return mailbox: delivery status notifications (RFC 3464, a
 * multipart/report whose message/delivery-status part Angus parses) and unsubscribe requests
 * (a mail whose subject is {@code unsubscribe <token>}, as the {@code mailto:} link writes it).
 */
final class ReturnMessages {

    private static final Pattern UNSUBSCRIBE = Pattern.compile("(?i)^\\s*unsubscribe\\s+([A-Za-z0-9_-]{20,100})\\s*$");
    private static final Pattern MESSAGE_ID = Pattern.compile("<([^<>\\s]+)>");

    private ReturnMessages() {
    }

    /** The reports in one message; empty when it is neither a bounce nor an unsubscribe request. */
    static List<MailboxReport> read(Message message) throws MessagingException, IOException {
        Matcher unsubscribe = UNSUBSCRIBE.matcher(message.getSubject() == null ? "" : message.getSubject());
        if (unsubscribe.matches()) {
            return List.of(new MailboxReport(MailboxReport.Kind.UNSUBSCRIBE, null, null, unsubscribe.group(1), null));
        }
        if (!message.isMimeType("multipart/report")) {
            return List.of();
        }
        Multipart report = (Multipart) message.getContent();
        DeliveryStatus status = null;
        String originalId = null;
        for (int i = 0; i < report.getCount(); i++) {
            BodyPart part = report.getBodyPart(i);
            if (part.isMimeType("message/delivery-status")) {
                try (InputStream in = part.getInputStream()) {
                    status = new DeliveryStatus(in);
                }
            } else if (part.isMimeType("message/rfc822") || part.isMimeType("text/rfc822-headers")) {
                originalId = originalMessageId(part).orElse(null);
            }
        }
        if (status == null) {
            throw new MessagingException("a multipart/report without a message/delivery-status part");
        }
        List<MailboxReport> reports = new ArrayList<>();
        for (int i = 0; i < status.getRecipientDSNCount(); i++) {
            InternetHeaders recipient = status.getRecipientDSN(i);
            String action = first(recipient, "Action").toLowerCase(Locale.ROOT);
            if (!action.startsWith("failed") && !action.startsWith("delayed")) {
                continue; // delivered, relayed, expanded: nothing to do
            }
            String code = first(recipient, "Status");
            String diagnostic = first(recipient, "Diagnostic-Code");
            MailboxReport.Kind kind = code.startsWith("5") && action.startsWith("failed") ? MailboxReport.Kind.HARD_BOUNCE
                    : MailboxReport.Kind.SOFT_BOUNCE;
            reports.add(new MailboxReport(kind, address(first(recipient, "Final-Recipient")), originalId,
                    null, (code + " " + diagnostic).strip()));
        }
        return reports;
    }

    private static Optional<String> originalMessageId(Part part) throws MessagingException, IOException {
        InternetHeaders headers;
        if (part.isMimeType("message/rfc822") && part.getContent() instanceof MimeMessage original) {
            String[] ids = original.getHeader("Message-ID");
            return ids == null ? Optional.empty() : id(ids[0]);
        }
        try (InputStream in = part.getInputStream()) {
            headers = new InternetHeaders(in);
        }
        String id = headers.getHeader("Message-ID", null);
        return id == null ? Optional.empty() : id(id);
    }

    private static Optional<String> id(String header) {
        Matcher matcher = MESSAGE_ID.matcher(header);
        return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
    }

    private static String first(InternetHeaders headers, String name) {
        String value = headers.getHeader(name, null);
        return value == null ? "" : value.replaceAll("\\s+", " ").strip();
    }

    /** {@code rfc822; someone@example.org} gives the address. */
    private static String address(String finalRecipient) {
        int semicolon = finalRecipient.indexOf(';');
        String address = semicolon >= 0 ? finalRecipient.substring(semicolon + 1) : finalRecipient;
        return address.strip().replaceAll("^<|>$", "");
    }
}
