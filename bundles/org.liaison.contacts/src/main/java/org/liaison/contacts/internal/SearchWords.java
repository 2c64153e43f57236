package org.liaison.contacts.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.liaison.core.text.SearchText;

/**
 * Words as search compares them: lower case, accents and ligatures removed (é = e, ç = c,
 * œ = oe), split on anything that is not a letter or a digit.
 */
public final class SearchWords {

    /** Longest word kept; longer ones are cut (they still match by prefix). */
    public static final int MAX_LENGTH = SearchText.MAX_WORD;

    private SearchWords() {
    }

    public static String fold(String text) {
        return SearchText.fold(text);
    }

    /** The distinct words of {@code texts}, folded. */
    public static Set<String> of(String... texts) {
        Set<String> words = new LinkedHashSet<>();
        for (String text : texts) {
            if (text != null) {
                words.addAll(split(text));
            }
        }
        return words;
    }

    /**
     * The words of {@code text} written with inner punctuation, whole and folded: a hyphenated name
     * (jean-pierre), an email address or its domain (sussex-labs.co.uk), a website. Indexed besides
     * their parts, so that typing one finds it as one word.
     */
    public static Set<String> compounds(String text) {
        Set<String> compounds = new LinkedHashSet<>();
        if (text == null) {
            return compounds;
        }
        for (String token : fold(text).split("[\\s,;]+")) {
            String trimmed = token.replaceAll("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}]+$", "");
            if (!trimmed.isEmpty() && trimmed.matches(".*[^\\p{L}\\p{N}].*")) {
                compounds.add(trimmed.length() > MAX_LENGTH ? trimmed.substring(0, MAX_LENGTH) : trimmed);
                int at = trimmed.indexOf('@');
                if (at > 0 && at < trimmed.length() - 1) {
                    compounds.add(trimmed.substring(at + 1)); // the domain on its own
                }
            }
        }
        return compounds;
    }

    /**
     * The words a person typed, as search looks them up: a token with inner punctuation is one
     * word (see {@link #compounds}); groups of digits alone, as a telephone number is typed
     * ("01273 4"), are one number.
     */
    public static List<String> query(String text) {
        List<String> words = new ArrayList<>();
        if (text == null) {
            return words;
        }
        for (String token : fold(text).split("[\\s,;]+")) {
            Set<String> compound = compounds(token);
            if (!compound.isEmpty() && token.matches("[\\d\\p{Punct}]+")) {
                words.add(token.replaceAll("\\D", "")); // 01273-123456, 02.35.12.34.56: a number
            } else if (compound.isEmpty()) {
                words.addAll(split(token));
            } else {
                words.add(compound.iterator().next());
            }
        }
        if (words.size() > 1 && words.stream().allMatch(w -> w.matches("\\d+"))) {
            return List.of(String.join("", words));
        }
        return words;
    }

    /** The endings of web and mail domains, which nearly every address has and nobody searches by. */
    private static final Set<String> DOMAIN_SUFFIXES = Set.of("co", "uk", "fr", "com", "org", "net", "eu", "gov", "gouv", "ac",
            "www", "http", "https");

    /** {@code words} less the domain endings (co, uk, com, fr...), which every address shares. */
    public static List<String> withoutDomainSuffixes(List<String> words) {
        return words.stream().filter(w -> !DOMAIN_SUFFIXES.contains(w)).toList();
    }

    /** The folded words of one text, in order. */
    public static List<String> split(String text) {
        return SearchText.words(text);
    }
}
