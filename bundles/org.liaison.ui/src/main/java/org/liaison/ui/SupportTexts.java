package org.liaison.ui;

import java.util.Locale;

import org.liaison.core.i18n.Messages;

/** The few words this bundle shows itself (button labels), in English and French. */
final class SupportTexts {

    static final String BASE_NAME = "org.liaison.ui.messages";

    private SupportTexts() {
    }

    static Messages in(Locale locale) {
        return Messages.of(BASE_NAME, SupportTexts.class, locale);
    }
}
