package org.liaison.contacts.ui.internal;

import org.liaison.core.i18n.Messages;
import org.liaison.core.i18n.SupportedLocales;

/** The contact views' translated texts, in the application's language. */
final class ContactsTexts {

    private ContactsTexts() {
    }

    /** Texts for the locale the e4 context holds under {@code TranslationService.LOCALE}. */
    static Messages in(Object locale) {
        return Messages.of("org.liaison.contacts.ui.internal.messages", ContactsTexts.class, SupportedLocales.chooseFor(locale));
    }
}
