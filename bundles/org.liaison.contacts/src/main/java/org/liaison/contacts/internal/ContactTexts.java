package org.liaison.contacts.internal;

import java.util.Locale;

import org.liaison.core.i18n.Messages;

/** The contacts area's translated texts. */
public final class ContactTexts {

    private ContactTexts() {
    }

    public static Messages in(Locale locale) {
        return Messages.of("org.liaison.contacts.internal.messages", ContactTexts.class, locale);
    }
}
