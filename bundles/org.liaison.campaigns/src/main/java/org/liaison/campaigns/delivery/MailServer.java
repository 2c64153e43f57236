package org.liaison.campaigns.delivery;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;

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

    /** What is wrong with these settings, as field names with a reason key; empty when they can be used. */
    public List<String[]> problems() {
        List<String[]> problems = new ArrayList<>();
        if (smtpHost == null || smtpHost.isBlank()) {
            problems.add(new String[] {"smtpHost", "required"});
        } else if (smtpSecurity == MailSecurity.NONE && !local(smtpHost)) {
            problems.add(new String[] {"smtpSecurity", "plainOnlyLocal"});
        }
        if (smtpPort <= 0 || smtpPort > 65535) {
            problems.add(new String[] {"smtpPort", "port"});
        }
        if (returnAddress == null || !returnAddress.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            problems.add(new String[] {"returnAddress", "address"});
        }
        if (readsMailbox()) {
            if (!List.of("imap", "pop3").contains(mailboxProtocol)) {
                problems.add(new String[] {"mailboxProtocol", "protocol"});
            }
            if (mailboxHost == null || mailboxHost.isBlank()) {
                problems.add(new String[] {"mailboxHost", "required"});
            } else if (mailboxSecurity == MailSecurity.NONE && !local(mailboxHost)) {
                problems.add(new String[] {"mailboxSecurity", "plainOnlyLocal"});
            }
            if (mailboxPort <= 0 || mailboxPort > 65535) {
                problems.add(new String[] {"mailboxPort", "port"});
            }
        }
        if (unsubscribeBaseUrl != null && !unsubscribeBaseUrl.isBlank() && !https(unsubscribeBaseUrl)) {
            problems.add(new String[] {"unsubscribeBaseUrl", "https"});
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
