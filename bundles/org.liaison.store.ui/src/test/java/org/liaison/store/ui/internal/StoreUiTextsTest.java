package org.liaison.store.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

class StoreUiTextsTest {

    private static Properties load(String file) throws IOException {
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(Path.of(file), StandardCharsets.ISO_8859_1)) {
            properties.load(in);
        }
        return properties;
    }

    @Test
    void everyTextIsTranslated() throws IOException {
        for (String base : new String[] { "OSGI-INF/l10n/bundle", "src/main/resources/org/liaison/store/ui/internal/messages" }) {
            Properties english = load(base + ".properties");
            Properties french = load(base + "_fr.properties");
            assertEquals(english.keySet(), french.keySet(), base);
            english.forEach((key, text) -> assertNotEquals(text, french.get(key), base + ": " + key + " is not translated"));
        }
    }

    @Test
    void theFragmentUsesOnlyTranslatedLabels() throws IOException {
        String fragment = Files.readString(Path.of("fragment.e4xmi"));
        Properties english = load("OSGI-INF/l10n/bundle.properties");
        Matcher labels = Pattern.compile("(label|tooltip)=\"([^\"]*)\"").matcher(fragment);
        int count = 0;
        while (labels.find()) {
            assertTrue(labels.group(2).startsWith("%") && english.containsKey(labels.group(2).substring(1)), labels.group(2));
            count++;
        }
        assertEquals(2, count);
    }
}
