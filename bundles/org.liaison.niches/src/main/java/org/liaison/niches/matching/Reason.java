package org.liaison.niches.matching;

import java.util.Locale;
import java.util.function.Function;

/**
 * Why a rule gave a pair points.
 *
 * @param rule the {@link MatchRule#id()} of the rule
 * @param points what it adds to the score; negative when the pair fits badly (a local need across the border)
 * @param text the sentence in a language, built only for the suggestions shown
 */
public record Reason(String rule, double points, Function<Locale, String> text) {

    public String text(Locale locale) {
        return text.apply(locale);
    }
}
