package org.liaison.niches.matching;

import java.util.List;

import org.liaison.contacts.ContactSummary;
import org.liaison.niches.NeedOffer;

/**
 * A contact worth introducing to the seeker, best first.
 *
 * @param offer the offer that could meet the need, or {@code null} for member-to-member suggestions
 * @param reasons each rule's reason, in the reader's language, most points first
 */
public record Suggestion(ContactSummary contact, NeedOffer offer, double score, List<String> reasons) {

    public Suggestion {
        reasons = List.copyOf(reasons);
    }
}
