package org.liaison.niches.internal;

import java.util.Locale;

import org.liaison.core.i18n.Messages;

/** The niches area's translated texts. */
public final class NicheTexts {

    private NicheTexts() {
    }

    public static Messages in(Locale locale) {
        return Messages.of("org.liaison.niches.internal.messages", NicheTexts.class, locale);
    }
}
