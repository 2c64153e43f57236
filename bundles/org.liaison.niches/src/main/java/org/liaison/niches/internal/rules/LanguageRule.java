package org.liaison.niches.internal.rules;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.liaison.niches.internal.NicheTexts;
import org.liaison.niches.matching.MatchRule;
import org.liaison.niches.matching.MatchSide;
import org.liaison.niches.matching.Reason;
import org.liaison.niches.matching.TrustGraph;
import org.osgi.service.component.annotations.Component;

/**
 * A shared language lets two members talk without help; English and French speakers with none in
 * common can still be introduced, since the network's staff bridge those two languages.
 */
@Component(service = MatchRule.class)
public class LanguageRule implements MatchRule {

    static final double SHARED = 1;
    static final double BRIDGED = 0.25;
    private static final Set<String> BRIDGED_LANGUAGES = Set.of("en", "fr");

    @Override
    public String id() {
        return "language";
    }

    @Override
    public Optional<Reason> assess(MatchSide seeker, MatchSide candidate, TrustGraph trust) {
        Set<String> mine = seeker.contact().languages();
        Set<String> theirs = candidate.contact().languages();
        if (mine.isEmpty() || theirs.isEmpty()) {
            return Optional.empty();
        }
        for (String language : mine) {
            if (theirs.contains(language)) {
                return Optional.of(new Reason(id(), SHARED, locale -> NicheTexts.in(locale).get("reason.language.shared",
                        Locale.forLanguageTag(language).getDisplayLanguage(locale))));
            }
        }
        if (mine.stream().anyMatch(BRIDGED_LANGUAGES::contains) && theirs.stream().anyMatch(BRIDGED_LANGUAGES::contains)) {
            return Optional.of(new Reason(id(), BRIDGED, locale -> NicheTexts.in(locale).get("reason.language.bridged")));
        }
        return Optional.empty();
    }
}
