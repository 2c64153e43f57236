package org.liaison.desktop.internal;

import org.liaison.core.i18n.Messages;
import org.liaison.core.i18n.SupportedLocales;

/** The desktop's translated texts, in the application's language. */
public final class DesktopTexts {

    static final String BASE_NAME = "org.liaison.desktop.internal.messages";

    private DesktopTexts() {
    }

    /** Texts for the locale the e4 context holds under {@code TranslationService.LOCALE}. */
    public static Messages in(Object locale) {
        return Messages.of(BASE_NAME, DesktopTexts.class, SupportedLocales.chooseFor(locale));
    }
}
