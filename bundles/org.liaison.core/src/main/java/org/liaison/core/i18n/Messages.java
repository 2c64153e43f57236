package org.liaison.core.i18n;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Translated texts of one bundle: a {@link ResourceBundle} (English in {@code name.properties},
 * French in {@code name_fr.properties}) read in one locale, with {@link MessageFormat} arguments.
 *
 * <pre>
 * Messages text = Messages.of("org.liaison.store.internal.messages", getClass(), locale);
 * text.get("store.locked", path);
 * </pre>
 *
 * A missing key is shown as {@code !key!} rather than failing, so that a forgotten translation is
 * visible on screen and in tests without breaking the application.
 */
public final class Messages {

    private final ResourceBundle bundle;
    private final Locale locale;

    private Messages(ResourceBundle bundle, Locale locale) {
        this.bundle = bundle;
        this.locale = locale;
    }

    /**
     * Loads the texts named {@code baseName} with the class loader of {@code owner} (a class of the
     * bundle that ships them), in the supported language closest to {@code locale}.
     */
    public static Messages of(String baseName, Class<?> owner, Locale locale) {
        Locale chosen = SupportedLocales.choose(locale);
        ResourceBundle bundle = ResourceBundle.getBundle(baseName, chosen, owner.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return new Messages(bundle, chosen);
    }

    public Locale locale() {
        return locale;
    }

    /** The text for {@code key} with its {@code {0}}, {@code {1}}… replaced by {@code args}. */
    public String get(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return "!" + key + "!";
        }
        // always formatted, so that a quote is written '' in every text, with or without arguments
        return new MessageFormat(pattern, locale).format(args);
    }


    /** Every key of the texts, for checking that translations are complete. */
    public java.util.Set<String> keys() {
        return bundle.keySet();
    }
}
