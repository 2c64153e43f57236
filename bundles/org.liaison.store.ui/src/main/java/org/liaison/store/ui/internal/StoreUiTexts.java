package org.liaison.store.ui.internal;

import org.liaison.core.i18n.Messages;
import org.liaison.core.i18n.SupportedLocales;

/** The database views' translated texts, in the application's language. */
final class StoreUiTexts {

    private StoreUiTexts() {
    }

    /** Texts for the locale the e4 context holds under {@code TranslationService.LOCALE}. */
    static Messages in(Object locale) {
        return Messages.of("org.liaison.store.ui.internal.messages", StoreUiTexts.class, SupportedLocales.chooseFor(locale));
    }
}
