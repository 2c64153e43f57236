package org.liaison.core.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.Locale;

import org.junit.jupiter.api.Test;

class TranslationsTest {

    @Test
    void everyEnglishTextHasAFrenchOne() {
        Messages en = CoreTexts.in(Locale.ENGLISH);
        Messages fr = CoreTexts.in(Locale.FRENCH);
        assertEquals(en.keys(), fr.keys());
        for (String key : en.keys()) {
            assertNotEquals(en.get(key), fr.get(key), key + " is not translated");
        }
    }

    @Test
    void choosesTheClosestShippedLanguage() {
        assertEquals(Locale.FRENCH, SupportedLocales.choose("fr-FR"));
        assertEquals(Locale.FRENCH, SupportedLocales.choose("fr_CA"));
        assertEquals(Locale.ENGLISH, SupportedLocales.choose("en-GB"));
        assertEquals(Locale.ENGLISH, SupportedLocales.choose("de"));
        assertEquals(Locale.ENGLISH, SupportedLocales.choose(""));
        assertEquals(Locale.FRENCH, SupportedLocales.chooseFor(Locale.CANADA_FRENCH));
        assertEquals(Locale.FRENCH, SupportedLocales.chooseFor("fr_FR"));
        assertEquals(Locale.ENGLISH, SupportedLocales.chooseFor(null));
    }

    @Test
    void formatsArgumentsAndShowsMissingKeys() {
        Messages fr = CoreTexts.in(Locale.FRANCE);
        assertEquals("dépasse la limite de 200 caractères", fr.get("validation.tooLong", 200));
        assertEquals("!no.such.key!", fr.get("no.such.key"));
    }
}
