package org.liaison.server.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Locale;
import java.util.Set;
import java.util.Optional;
import java.util.stream.Collectors;

import org.liaison.campaigns.delivery.MailServer;
import org.liaison.campaigns.delivery.MailSettings;
import org.liaison.core.settings.UserSettings;
import org.liaison.core.validation.ValidationException;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Console command {@code liaison:mailServer}: reads the server's mail settings file again (the
 * server sends the campaigns of desktops connected to it) and says what is in force, never a password.
 */
@Component(service = MailCommands.class, property = { "osgi.command.scope=liaison", "osgi.command.function=mailServer" })
public class MailCommands {

    @Reference
    private MailSettings settings;

    @Reference
    private UserSettings user;

    public String mailServer() {
        Path path = user.dataDirectory().resolve("campaigns").resolve("mail.properties");
        String file = path.toString();
        Optional<MailServer> server;
        try {
            server = settings.reload(Locale.ENGLISH);
        } catch (ValidationException e) {
            return file + " is not right, so the settings in force stay: " + e.problems().stream()
                    .map(p -> p.field() + ": " + p.message()).collect(Collectors.joining("; "));
        }
        if (server.isEmpty()) {
            return "No mail server is set up: campaigns started on desktops pause until " + file
                    + " names one (see README, Campaigns) and this command is run again.";
        }
        MailServer s = server.get();
        StringBuilder out = new StringBuilder("Mail server: ").append(s.smtpHost()).append(':').append(s.smtpPort())
                .append(" (").append(s.smtpSecurity()).append(s.smtpUser() == null ? ")" : ", user " + s.smtpUser() + ")")
                .append(", return address ").append(s.returnAddress());
        if (s.readsMailbox()) {
            out.append("; return mailbox ").append(s.mailboxProtocol()).append(' ').append(s.mailboxHost()).append(':')
                    .append(s.mailboxPort()).append(" (").append(s.mailboxSecurity()).append(')');
        }
        if (s.unsubscribeBaseUrl() != null) {
            out.append("; unsubscribe page ").append(s.unsubscribeBaseUrl());
        }
        return out.append(readableByOthers(path) ? "\nWarning: others than its owner may read " + file
                + " and its passwords: chmod 600 it." : "").toString();
    }

    private static boolean readableByOthers(Path file) {
        try {
            Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(file);
            return permissions.contains(PosixFilePermission.GROUP_READ) || permissions.contains(PosixFilePermission.OTHERS_READ);
        } catch (UnsupportedOperationException | IOException e) {
            return false; // no POSIX permissions here: the folder's rights protect it
        }
    }
}
