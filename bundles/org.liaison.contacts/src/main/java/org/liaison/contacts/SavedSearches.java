package org.liaison.contacts;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/** Smart groups: named searches that any area (events, newsletters, introductions) can use as an audience. */
public interface SavedSearches {

    /** Saves a new smart group, or replaces the one with the same name. */
    SavedSearch save(String name, String text, ContactFilter filter, Locale locale);

    List<SavedSearch> all();

    Optional<SavedSearch> find(UUID id);

    void delete(UUID id);

    /** The ids of the contacts matching the group now, people and organisations, in name order. */
    List<UUID> members(UUID savedSearchId);
}
