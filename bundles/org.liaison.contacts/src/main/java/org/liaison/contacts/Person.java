package org.liaison.contacts;

import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * A person in the network.
 *
 * @param id {@code null} for a person not saved yet
 * @param preferredLanguage ISO 639-1 code, e.g. en, fr
 * @param languages every language the person speaks, ISO 639-1 codes
 * @param region ISO 3166-2 code, e.g. GB-ESX, FR-76, FR-27
 * @param referredBy the contact who brought this person into the network, or {@code null}
 * @param ownerStaff the staff member who looks after this person
 */
public record Person(UUID id, String givenName, String familyName, String preferredLanguage, Set<String> languages,
        String region, PostalAddress address, ContactRole role, Readiness readiness, String source, UUID referredBy,
        String ownerStaff, List<Email> emails, List<Phone> phones, Set<String> tags, List<Barrier> barriers) {

    public Person {
        languages = Set.copyOf(languages);
        emails = List.copyOf(emails);
        phones = List.copyOf(phones);
        tags = Set.copyOf(tags);
        barriers = List.copyOf(barriers);
        address = address == null ? PostalAddress.NONE : address;
        role = role == null ? ContactRole.OTHER : role;
        readiness = readiness == null ? Readiness.OPEN : readiness;
    }

    /** A new person with just a name; the rest can be filled in later. */
    public static Person named(String givenName, String familyName) {
        return new Person(null, givenName, familyName, null, Set.of(), null, PostalAddress.NONE, ContactRole.OTHER,
                Readiness.OPEN, null, null, null, List.of(), List.of(), Set.of(), List.of());
    }

    public Person withId(UUID newId) {
        return new Person(newId, givenName, familyName, preferredLanguage, languages, region, address, role, readiness,
                source, referredBy, ownerStaff, emails, phones, tags, barriers);
    }

    public Person withContacts(List<Email> newEmails, List<Phone> newPhones) {
        return new Person(id, givenName, familyName, preferredLanguage, languages, region, address, role, readiness,
                source, referredBy, ownerStaff, newEmails, newPhones, tags, barriers);
    }

    public Person withTags(Set<String> newTags) {
        return new Person(id, givenName, familyName, preferredLanguage, languages, region, address, role, readiness,
                source, referredBy, ownerStaff, emails, phones, newTags, barriers);
    }

    /** "Given Family", or whichever part is known. */
    public String displayName() {
        return ((givenName == null ? "" : givenName) + " " + (familyName == null ? "" : familyName)).strip();
    }
}
