package org.liaison.core.i18n;

import java.util.List;
import java.util.Locale;

/** The languages Liaison ships in, and how a wished-for language maps to one of them. */
public final class SupportedLocales {

    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final Locale FRENCH = Locale.FRENCH;

    /** Every language the user interface is translated into, English first (the fallback). */
    public static final List<Locale> ALL = List.of(ENGLISH, FRENCH);

    private SupportedLocales() {
    }

    /**
     * The supported language closest to a language tag ("fr", "fr-FR", "en_GB"); English when the
     * tag is empty or names a language Liaison does not ship.
     */
    public static Locale choose(String languageTag) {
        if (languageTag == null || languageTag.isBlank()) {
            return ENGLISH;
        }
        String language = Locale.forLanguageTag(languageTag.trim().replace('_', '-')).getLanguage();
        return ALL.stream().filter(l -> l.getLanguage().equals(language)).findFirst().orElse(ENGLISH);
    }

    /** The supported language closest to a locale. */
    public static Locale choose(Locale locale) {
        return locale == null ? ENGLISH : choose(locale.toLanguageTag());
    }

    /**
     * The supported language closest to a value holding a locale: a {@link Locale}, or its text
     * ("fr", "fr_FR"), as user-interface contexts keep it.
     */
    public static Locale chooseFor(Object locale) {
        return locale instanceof Locale l ? choose(l) : choose(locale == null ? null : String.valueOf(locale));
    }
}
