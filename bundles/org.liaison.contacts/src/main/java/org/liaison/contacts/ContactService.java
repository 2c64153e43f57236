package org.liaison.contacts;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * People and organisations. Every save is checked first (a {@link
 * org.liaison.core.validation.ValidationException} names each wrong field, in {@code locale}),
 * then written in one transaction and captured for sync.
 */
public interface ContactService {

    /** Creates the person (when its id is {@code null}) or replaces what is recorded about it. */
    Person save(Person person, Locale locale);

    /**
     * Saves many people in one transaction: all of them, or none when any is wrong (the problems
     * then carry the 1-based position of each wrong person as their line).
     *
     * @return the people as saved, in the same order
     */
    List<Person> saveAll(List<Person> people, Locale locale);

    /** Creates the organisation (when its id is {@code null}) or replaces what is recorded about it. */
    Organisation save(Organisation organisation, Locale locale);

    Optional<Person> person(UUID id);

    Optional<Organisation> organisation(UUID id);

    /** Contacts matching {@code query}, people and organisations together, by name. */
    List<ContactSummary> search(ContactQuery query);

    /**
     * The contact already recorded with this email address (case aside) or telephone number
     * (E.164), if any: how imports tell a known person from a new one.
     */
    Optional<UUID> findByEmailOrPhone(String emailOrPhone);

    /** The customer segments of this network, by code. */
    List<Segment> segments();

    /** Adds a segment or renames one (the code stays). */
    Segment save(Segment segment, Locale locale);

    /**
     * How many contacts saved by a large import still wait for their search words, which are
     * written in the background after it. They are found meanwhile, by slower searches.
     *
     * @since 1.1
     */
    long awaitingSearchWords();

    /**
     * The contacts recorded last, newest first (ids are time-ordered UUIDs, so this reads the
     * primary key backwards).
     *
     * @since 1.2
     */
    List<ContactSummary> recent(int limit);

    /** How many people and organisations there are. */
    long count();

    /** How many contacts {@code query} finds, whatever its offset and limit. */
    long count(ContactQuery query);
}
