package org.liaison.campaigns.delivery;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where campaign mail goes out and where bounces come back.
 *
 * @param smtpPassword kept in the owner-only settings folder, never logged
 * @param returnAddress the envelope sender: bounces and {@code mailto:} unsubscribe requests arrive there
 * @param mailboxProtocol {@code imap} or {@code pop3} (the mailbox of {@code returnAddress}), or {@code null} when none is read
 * @param unsubscribeBaseUrl the public HTTPS address of the server's unsubscribe page, or {@code null}
 *            when this desktop works alone (recipients then unsubscribe by mail)
 */
public record MailServer(String smtpHost, int smtpPort, MailSecurity smtpSecurity, String smtpUser,
        String smtpPassword, String returnAddress, String mailboxProtocol, String mailboxHost, int mailboxPort,
        MailSecurity mailboxSecurity, String mailboxUser, String mailboxPassword, String unsubscribeBaseUrl) {

    public MailServer {
        smtpSecurity = smtpSecurity == null ? MailSecurity.STARTTLS : smtpSecurity;
        mailboxSecurity = mailboxSecurity == null ? MailSecurity.TLS : mailboxSecurity;
    }

    public boolean readsMailbox() {
        return mailboxProtocol != null && !mailboxProtocol.isBlank();
    }

    /**
     * What is wrong with these settings: each wrong field's name with the reason ({@code required},
     * {@code port}, {@code address}, {@code protocol}, {@code plainOnlyLocal}, {@code https}); empty
     * when they can be used.
     */
    public Map<String, String> problems() {
        Map<String, String> problems = new LinkedHashMap<>();
        if (smtpHost == null || smtpHost.isBlank()) {
            problems.put("smtpHost", "required");
        } else if (smtpSecurity == MailSecurity.NONE && !local(smtpHost)) {
            problems.put("smtpSecurity", "plainOnlyLocal");
        }
        if (smtpPort <= 0 || smtpPort > 65535) {
            problems.put("smtpPort", "port");
        }
        if (returnAddress == null || !returnAddress.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            problems.put("returnAddress", "address");
        }
        if (readsMailbox()) {
            if (!List.of("imap", "pop3").contains(mailboxProtocol)) {
                problems.put("mailboxProtocol", "protocol");
            }
            if (mailboxHost == null || mailboxHost.isBlank()) {
                problems.put("mailboxHost", "required");
            } else if (mailboxSecurity == MailSecurity.NONE && !local(mailboxHost)) {
                problems.put("mailboxSecurity", "plainOnlyLocal");
            }
            if (mailboxPort <= 0 || mailboxPort > 65535) {
                problems.put("mailboxPort", "port");
            }
        }
        if (unsubscribeBaseUrl != null && !unsubscribeBaseUrl.isBlank() && !https(unsubscribeBaseUrl)) {
            problems.put("unsubscribeBaseUrl", "https");
        }
        return problems;
    }

    private static boolean https(String url) {
        try {
            URI uri = URI.create(url);
            return "https".equals(uri.getScheme()) && uri.getHost() != null;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static boolean local(String host) {
        try {
            return InetAddress.getByName(host).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    @Override
    public String toString() {
        // never the passwords
        return "MailServer[" + smtpHost + ":" + smtpPort + " " + smtpSecurity + ", mailbox " + mailboxProtocol + " "
                + mailboxHost + ":" + mailboxPort + "]";
    }
}
