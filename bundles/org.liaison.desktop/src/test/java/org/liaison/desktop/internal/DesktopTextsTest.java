package org.liaison.desktop.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.liaison.core.i18n.Messages;

class DesktopTextsTest {

    private static Properties load(String file) throws IOException {
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(Path.of(file), StandardCharsets.ISO_8859_1)) {
            properties.load(in);
        }
        return properties;
    }

    @Test
    void everyTextOfTheWindowAndOfTheCodeIsTranslated() throws IOException {
        for (String base : new String[] { "OSGI-INF/l10n/bundle", "src/main/resources/org/liaison/desktop/internal/messages" }) {
            Properties english = load(base + ".properties");
            Properties french = load(base + "_fr.properties");
            assertEquals(english.keySet(), french.keySet(), base);
            for (Object key : english.keySet()) {
                if (!key.toString().startsWith("about.version")) { // "Version" is the same word in both
                    assertNotEquals(english.get(key), french.get(key), base + ": " + key + " is not translated");
                }
            }
        }
    }

    @Test
    void pluralsReadNaturally() {
        Messages en = DesktopTexts.in(Locale.ENGLISH);
        assertEquals("nothing waiting to sync", en.get("status.pending", 0));
        assertEquals("1 change waiting to sync", en.get("status.pending", 1));
        assertEquals("1,204 changes waiting to sync", en.get("status.pending", 1204));
        assertEquals("3 modifications à synchroniser", DesktopTexts.in(Locale.FRENCH).get("status.pending", 3));
    }

    @Test
    void theApplicationModelUsesOnlyTranslatedLabels() throws IOException {
        String model = Files.readString(Path.of("Application.e4xmi"));
        Properties english = load("OSGI-INF/l10n/bundle.properties");
        java.util.regex.Matcher labels = java.util.regex.Pattern.compile("(label|commandName|tooltip)=\"([^\"]*)\"").matcher(model);
        int count = 0;
        while (labels.find()) {
            String value = labels.group(2);
            assertTrue(value.startsWith("%"), "untranslated label in the application model: " + value);
            assertTrue(english.containsKey(value.substring(1)), "no text for " + value);
            count++;
        }
        assertTrue(count >= 8, "found " + count + " labels");
    }
}
