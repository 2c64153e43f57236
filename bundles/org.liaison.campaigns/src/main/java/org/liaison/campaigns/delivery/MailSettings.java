package org.liaison.campaigns.delivery;

import java.util.Locale;
import java.util.Optional;

/** This computer's mail server settings, kept in the owner-only settings folder. */
public interface MailSettings {

    Optional<MailServer> current();

    /** Checks and keeps the settings (a {@link org.liaison.core.validation.ValidationException} names each wrong field). */
    void save(MailServer server, Locale locale);
}
