package org.liaison.niches.matching;

import java.util.List;

import org.liaison.contacts.ContactSummary;

/** Two members of a niche worth introducing to each other, with why. */
public record PairSuggestion(ContactSummary first, ContactSummary second, double score, List<String> reasons) {

    public PairSuggestion {
        reasons = List.copyOf(reasons);
    }
}
