package org.liaison.sync.ui.internal;

import org.liaison.core.i18n.Messages;
import org.liaison.core.i18n.SupportedLocales;

/** The sync views' translated texts, in the application's language. */
final class SyncUiTexts {

    private SyncUiTexts() {
    }

    /** Texts for the locale the e4 context holds under {@code TranslationService.LOCALE}. */
    static Messages in(Object locale) {
        return Messages.of("org.liaison.sync.ui.internal.messages", SyncUiTexts.class, SupportedLocales.chooseFor(locale));
    }
}
