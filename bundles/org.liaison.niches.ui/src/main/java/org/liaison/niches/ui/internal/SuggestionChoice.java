package org.liaison.niches.ui.internal;

import java.util.List;
import java.util.UUID;

import org.liaison.contacts.ContactSummary;

/**
 * A suggestion chosen in the Suggestions view, ready to be proposed as an introduction.
 *
 * @param niche the niche the pair was suggested in, or {@code null}
 * @param need the need the suggestion answers, or {@code null}
 * @param offer the offer that could meet it, or {@code null}
 */
record SuggestionChoice(ContactSummary first, ContactSummary second, List<String> reasons, UUID niche, UUID need, UUID offer) {

    SuggestionChoice {
        reasons = List.copyOf(reasons);
    }
}
