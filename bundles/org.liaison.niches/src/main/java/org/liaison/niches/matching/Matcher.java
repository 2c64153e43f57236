package org.liaison.niches.matching;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * Suggestions scored by every registered {@link MatchRule}. Pairs with an introduction still open
 * are left out; so are suggestions below {@link #MIN_SCORE}.
 */
public interface Matcher {

    /** Below this score a pair is not suggested. */
    double MIN_SCORE = 3.0;

    /**
     * The open offers that could meet an open need, best first. A need that is not open on
     * {@code today} (expired, matched, closed) is refused with a message.
     */
    List<Suggestion> forNeed(UUID needId, LocalDate today, int limit, Locale locale);

    /** The members of the contact's niches they should meet, best first. */
    List<Suggestion> forMember(UUID contactId, int limit, Locale locale);

    /** Every pair of a niche's members worth introducing, best first, at most {@code limit}. */
    List<PairSuggestion> inNiche(UUID nicheId, int limit, Locale locale);
}
