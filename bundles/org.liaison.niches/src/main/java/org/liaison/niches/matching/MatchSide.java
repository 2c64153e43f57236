package org.liaison.niches.matching;

import java.util.Set;

import org.liaison.contacts.ContactProfile;
import org.liaison.niches.NeedOffer;

/**
 * One side of a possible match: a contact, with the need or offer that brings them in when there is one.
 *
 * @param item the need (seeker) or offer (candidate), or {@code null} when members are matched as such
 */
public record MatchSide(ContactProfile contact, NeedOffer item) {

    /** The need's or offer's sectors, or its owner's when it names none. */
    public Set<String> sectors() {
        return item != null && !item.sectors().isEmpty() ? item.sectors() : contact.sectors();
    }

    /** The need's or offer's customer segments, or its owner's when it names none. */
    public Set<String> segments() {
        return item != null && !item.segments().isEmpty() ? item.segments() : contact.segments();
    }
}
