package org.liaison.contacts;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Contacts as networks and matching see them: selected by sector, segment, region and language,
 * and their profiles read many at once. Erased contacts are never returned.
 *
 * @since 1.3
 */
public interface ContactProfiles {

    /** The contacts {@code criteria} select, in name order, at most {@code limit}; none when it {@linkplain ProfileCriteria#selectsAnything() selects nothing}. */
    List<ContactSummary> matching(ProfileCriteria criteria, int limit);

    /** How many contacts {@code criteria} select. */
    long count(ProfileCriteria criteria);

    /** The list lines (name, region) of those of {@code ids} that are recorded: one query, for long lists. */
    Map<UUID, ContactSummary> summaries(Collection<UUID> ids);

    /**
     * The organisations working in one of {@code sectors} (NACE codes; a code takes in the headings
     * below it) and the people affiliated with them: the contacts in a line of business.
     */
    Set<UUID> workingIn(Set<String> sectors);

    /**
     * Who referred whom, as people's {@code referredBy} records it: for every person among
     * {@code ids} or referred by one of them, their referrer.
     */
    Map<UUID, UUID> referrers(Collection<UUID> ids);

    /** The profiles of those of {@code ids} that are recorded. */
    Map<UUID, ContactProfile> profiles(Collection<UUID> ids);
}
