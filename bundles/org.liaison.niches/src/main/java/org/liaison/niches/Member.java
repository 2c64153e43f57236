package org.liaison.niches;

import java.time.LocalDate;
import java.util.UUID;

import org.liaison.contacts.ContactSummary;

/**
 * A contact in a niche's member list.
 *
 * @param matchesRule whether the niche's rule finds the contact today (a member who joined stays
 *        listed after their organisation changed sector, with this false)
 * @param since when the status was last changed, or {@code null} for a candidate never dealt with
 * @param joinedOn when they last joined, or {@code null}
 */
public record Member(UUID nicheId, ContactSummary contact, MemberStatus status, boolean matchesRule, LocalDate since,
        LocalDate joinedOn) {
}
