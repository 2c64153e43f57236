package org.liaison.meetings.interview;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * One question of a template.
 *
 * @param labels the question by ISO 639-1 language code; English is the fallback
 * @param effect what a confirmed answer changes
 * @param choices the answers allowed, or empty for free text
 */
public record Question(String id, Map<String, String> labels, Effect effect, List<String> choices) {

    public Question {
        Objects.requireNonNull(id, "id");
        labels = Map.copyOf(labels);
        if (!labels.containsKey("en")) {
            throw new IllegalArgumentException("question " + id + " needs an English label");
        }
        Objects.requireNonNull(effect, "effect");
        choices = List.copyOf(choices);
    }

    public String label(Locale locale) {
        return labels.getOrDefault(locale.getLanguage(), labels.get("en"));
    }
}
