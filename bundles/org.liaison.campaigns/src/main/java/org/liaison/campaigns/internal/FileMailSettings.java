package org.liaison.campaigns.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;

import org.liaison.campaigns.delivery.MailSecurity;
import org.liaison.campaigns.delivery.MailServer;
import org.liaison.campaigns.delivery.MailSettings;
import org.liaison.core.i18n.Messages;
import org.liaison.core.settings.UserSettings;
import org.liaison.core.validation.ValidationException;
import org.liaison.core.validation.ValidationProblem;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Mail server settings in {@code campaigns/mail.properties} of the data folder, readable by its owner only. */
@Component(service = MailSettings.class)
public class FileMailSettings implements MailSettings {

    private static final System.Logger LOG = System.getLogger(FileMailSettings.class.getName());

    private final PrivateFile file;
    /** Read from the file once, then kept as saved: the sender asks for it before every mail. */
    private Optional<MailServer> current;

    @Activate
    public FileMailSettings(@Reference UserSettings settings) {
        this.file = new PrivateFile(settings.dataDirectory().resolve("campaigns").resolve("mail.properties"));
    }

    @Override
    public synchronized Optional<MailServer> current() {
        if (current == null) {
            try {
                current = checked(Locale.ENGLISH);
            } catch (ValidationException e) {
                // a file edited by hand (a server's) that is not right sends nothing: no plain password to a distant server
                LOG.log(System.Logger.Level.WARNING, "The mail settings in campaigns/mail.properties are not used: these are not right: {0}",
                        e.problems().stream().map(ValidationProblem::field).toList());
                current = Optional.empty();
            }
        }
        return current;
    }

    /** The settings in the file, checked as {@link #save} checks them. */
    private Optional<MailServer> checked(Locale locale) {
        Properties p = file.read();
        Optional<MailServer> read = read(p);
        if (read.isPresent()) {
            check(read.get(), p, locale);
        }
        return read;
    }

    private static Optional<MailServer> read(Properties p) {
        if (p.getProperty("smtp.host") == null) {
            return Optional.empty();
        }
        return Optional.of(new MailServer(p.getProperty("smtp.host"), number(p, "smtp.port"),
                security(p, "smtp.security"), p.getProperty("smtp.user"), p.getProperty("smtp.password"),
                p.getProperty("return.address"), p.getProperty("mailbox.protocol"), p.getProperty("mailbox.host"),
                number(p, "mailbox.port"), security(p, "mailbox.security"), p.getProperty("mailbox.user"),
                p.getProperty("mailbox.password"), p.getProperty("unsubscribe.url")));
    }

    @Override
    public synchronized Optional<MailServer> reload(Locale locale) {
        Optional<MailServer> read = checked(locale);
        current = read;
        return read;
    }

    /** @param written the file as written, whose security values must be ones this version knows */
    private static void check(MailServer server, Properties written, Locale locale) {
        Messages texts = CampaignTexts.in(locale);
        List<ValidationProblem> problems = new ArrayList<>();
        for (String key : List.of("smtp.security", "mailbox.security")) {
            String value = written.getProperty(key);
            if (value != null && security(written, key) == null) {
                problems.add(ValidationProblem.field(key.startsWith("smtp") ? "smtpSecurity" : "mailboxSecurity",
                        texts.get("settings.security")));
            }
        }
        server.problems().forEach((field, reason) -> problems.add(ValidationProblem.field(field, texts.get("settings." + reason))));
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
    }

    @Override
    public synchronized void save(MailServer server, Locale locale) {
        check(server, new Properties(), locale);
        Properties p = new Properties();
        put(p, "smtp.host", server.smtpHost());
        put(p, "smtp.port", Integer.toString(server.smtpPort()));
        put(p, "smtp.security", server.smtpSecurity().name());
        put(p, "smtp.user", server.smtpUser());
        put(p, "smtp.password", server.smtpPassword());
        put(p, "return.address", server.returnAddress());
        put(p, "mailbox.protocol", server.mailboxProtocol());
        put(p, "mailbox.host", server.mailboxHost());
        put(p, "mailbox.port", Integer.toString(server.mailboxPort()));
        put(p, "mailbox.security", server.mailboxSecurity().name());
        put(p, "mailbox.user", server.mailboxUser());
        put(p, "mailbox.password", server.mailboxPassword());
        put(p, "unsubscribe.url", server.unsubscribeBaseUrl());
        file.write(p);
        current = read(p);
    }

    private static void put(Properties properties, String key, String value) {
        if (value != null && !value.isBlank()) {
            properties.setProperty(key, value);
        }
    }

    private static int number(Properties properties, String key) {
        try {
            return Integer.parseInt(properties.getProperty(key, "0"));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static MailSecurity security(Properties properties, String key) {
        String value = properties.getProperty(key);
        try {
            return value == null ? null : MailSecurity.valueOf(value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
