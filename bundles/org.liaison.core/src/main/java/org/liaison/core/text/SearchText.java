package org.liaison.core.text;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Words as search compares them: lower case, accents and ligatures removed (é = e, ç = c,
 * œ = oe), split on anything that is not a letter or a digit.
 */
public final class SearchText {

    /** Longest word kept; longer ones are cut (they still match by prefix). */
    public static final int MAX_WORD = 100;

    private SearchText() {
    }

    public static String fold(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
        StringBuilder out = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                continue;
            }
            switch (c) {
                case 'œ', 'Œ' -> out.append("oe");
                case 'æ', 'Æ' -> out.append("ae");
                case 'ß' -> out.append("ss");
                case 'ø', 'Ø' -> out.append('o');
                case 'ł', 'Ł' -> out.append('l');
                default -> out.append(Character.toLowerCase(c));
            }
        }
        return out.toString().toLowerCase(Locale.ROOT);
    }

    /** The folded words of one text, in order. */
    public static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        for (String word : fold(text).split("[^\\p{L}\\p{N}]+")) {
            if (!word.isEmpty()) {
                words.add(word.length() > MAX_WORD ? word.substring(0, MAX_WORD) : word);
            }
        }
        return words;
    }
}
