package org.liaison.niches.ui.internal;

import org.liaison.core.i18n.Messages;
import org.liaison.core.i18n.SupportedLocales;

/** The niches views' translated texts, in the application's language. */
final class NichesTexts {

    private NichesTexts() {
    }

    /** Texts for the locale the e4 context holds under {@code TranslationService.LOCALE}, or a {@link java.util.Locale}. */
    static Messages in(Object locale) {
        return Messages.of("org.liaison.niches.ui.internal.messages", NichesTexts.class, SupportedLocales.chooseFor(locale));
    }
}
