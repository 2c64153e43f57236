package org.liaison.core.i18n;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks that a bundle ships every text in English and French, for each bundle's tests: an empty
 * list means nothing is missing.
 */
public final class TranslationAudit {

    private static final Pattern MODEL_LABEL = Pattern.compile("\\b(label|tooltip|commandName)=\"([^\"]*)\"");

    private TranslationAudit() {
    }

    /**
     * Compares {@code base.properties} with {@code base_fr.properties}: keys missing on either
     * side, and texts left identical (except {@code sameInBoth}, words such as "Version" that
     * both languages write alike).
     */
    public static List<String> compare(Path base, Set<String> sameInBoth) {
        Properties english = load(Path.of(base + ".properties"));
        Properties french = load(Path.of(base + "_fr.properties"));
        List<String> problems = new ArrayList<>();
        Set<String> keys = new TreeSet<>(english.stringPropertyNames());
        keys.addAll(french.stringPropertyNames());
        for (String key : keys) {
            if (!english.containsKey(key)) {
                problems.add(base + ": " + key + " has no English text");
            } else if (!french.containsKey(key)) {
                problems.add(base + ": " + key + " has no French text");
            } else if (english.get(key).equals(french.get(key)) && !sameInBoth.contains(key)) {
                problems.add(base + ": " + key + " is not translated");
            }
        }
        return problems;
    }

    /**
     * Labels of an e4 model file (application model or fragment) that are not {@code %key}
     * references to {@code texts}, or whose key has no text there.
     */
    public static List<String> modelLabels(Path model, Path texts) {
        Properties english = load(texts);
        List<String> problems = new ArrayList<>();
        try {
            Matcher labels = MODEL_LABEL.matcher(Files.readString(model));
            while (labels.find()) {
                String value = labels.group(2);
                if (!value.startsWith("%")) {
                    problems.add(model + ": untranslated " + labels.group(1) + " \"" + value + "\"");
                } else if (!english.containsKey(value.substring(1))) {
                    problems.add(model + ": no text for " + value);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return problems;
    }

    private static Properties load(Path file) {
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.ISO_8859_1)) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        return properties;
    }
}
