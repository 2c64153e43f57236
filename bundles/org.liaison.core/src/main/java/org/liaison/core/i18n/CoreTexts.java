package org.liaison.core.i18n;

import java.util.Locale;

/** The kernel's own translated texts (validation phrases, language names). */
public final class CoreTexts {

    public static final String BASE_NAME = "org.liaison.core.i18n.core";

    private CoreTexts() {
    }

    public static Messages in(Locale locale) {
        return Messages.of(BASE_NAME, CoreTexts.class, locale);
    }
}
