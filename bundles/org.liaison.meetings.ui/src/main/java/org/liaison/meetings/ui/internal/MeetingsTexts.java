package org.liaison.meetings.ui.internal;

import org.liaison.core.i18n.Messages;
import org.liaison.core.i18n.SupportedLocales;

/** The meeting views' translated texts, in the application's language. */
final class MeetingsTexts {

    private MeetingsTexts() {
    }

    /** Texts for the locale the e4 context holds under {@code TranslationService.LOCALE}. */
    static Messages in(Object locale) {
        return Messages.of("org.liaison.meetings.ui.internal.messages", MeetingsTexts.class, SupportedLocales.chooseFor(locale));
    }
}
