package org.liaison.campaigns.delivery;

import java.util.Locale;
import java.util.Optional;

/** This computer's mail server settings, kept in the owner-only settings folder. */
public interface MailSettings {

    Optional<MailServer> current();

    /** Checks and keeps the settings (a {@link org.liaison.core.validation.ValidationException} names each wrong field). */
    void save(MailServer server, Locale locale);

    /**
     * Reads the settings file again, after its owner changed it by hand (as the server's
     * administrator does).
     *
     * @return the settings now in force, empty when the file sets none
     * @throws org.liaison.core.validation.ValidationException naming each wrong field; the settings in
     *         force stay as they were
     * @since 1.1
     */
    Optional<MailServer> reload(Locale locale);
}
