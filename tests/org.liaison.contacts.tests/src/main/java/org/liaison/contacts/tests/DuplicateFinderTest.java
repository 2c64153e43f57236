package org.liaison.contacts.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.liaison.bench.data.SyntheticContacts;
import org.liaison.contacts.ContactService;
import org.liaison.contacts.DuplicateFinder;
import org.liaison.contacts.DuplicatePair;
import org.liaison.contacts.Person;
import org.liaison.store.StoreStatus;
import org.liaison.test.support.StoreFixture;

/** Duplicate detection scored on generated people with planted duplicates. */
class DuplicateFinderTest {

    @Test
    void findsThePlantedDuplicatesWithHighPrecisionAndRecall() {
        StoreStatus status = StoreFixture.memory("dedupe-" + UUID.randomUUID());
        assertEquals(StoreStatus.State.OPEN, status.state(), () -> status.failure().map(Throwable::getMessage).orElse(""));
        ContactService contacts = StoreFixture.service(ContactService.class);
        List<SyntheticContacts.Generated> generated = new SyntheticContacts(11, 0.05).people(3_000);
        List<Person> saved = contacts.saveAll(generated.stream().map(SyntheticContacts.Generated::person).toList(), Locale.ENGLISH);

        Set<Set<UUID>> planted = SyntheticContacts.duplicatePairs(generated, saved.stream().map(Person::id).toList());
        List<DuplicatePair> found = StoreFixture.service(DuplicateFinder.class).scan(Locale.ENGLISH);
        List<Set<UUID>> foundPairs = new ArrayList<>();
        found.forEach(p -> foundPairs.add(Set.of(p.first(), p.second())));

        long truePositives = foundPairs.stream().filter(planted::contains).count();
        double precision = truePositives / (double) foundPairs.size();
        double recall = truePositives / (double) planted.size();
        assertTrue(planted.size() > 100, "planted " + planted.size());
        assertTrue(precision >= 0.95, "precision " + precision + " (" + truePositives + " of " + foundPairs.size() + ")");
        assertTrue(recall >= 0.95, "recall " + recall + " (" + truePositives + " of " + planted.size() + ")");
        assertTrue(found.get(0).reasons().get(0).startsWith("same "), found.get(0).reasons().toString());
    }

    @Test
    void namesakesUnderOneRoofAreTwoPeopleWhenEachHasTheirOwnTelephone() {
        StoreStatus status = StoreFixture.memory("dedupe-household-" + UUID.randomUUID());
        assertEquals(StoreStatus.State.OPEN, status.state(), () -> status.failure().map(Throwable::getMessage).orElse(""));
        ContactService contacts = StoreFixture.service(ContactService.class);
        org.liaison.contacts.PostalAddress home = new org.liaison.contacts.PostalAddress("12 rue Jeanne d'Arc", "76000", "Rouen", "FR",
                null, null);
        Person louis = contacts.save(household("Louis", home, "06 11 22 33 44"), Locale.ENGLISH);
        Person louise = contacts.save(household("Louise", home, "06 55 66 77 88"), Locale.ENGLISH);
        Person louisAgain = contacts.save(household("Louis", home, null), Locale.ENGLISH);

        Set<Set<UUID>> found = new java.util.HashSet<>();
        StoreFixture.service(DuplicateFinder.class).scan(Locale.ENGLISH).forEach(p -> found.add(Set.of(p.first(), p.second())));
        assertEquals(Set.of(Set.of(louis.id(), louisAgain.id()), Set.of(louise.id(), louisAgain.id())), found,
                "Louis and Louise each have their own mobile; the record without one may be either");
    }

    private static Person household(String given, org.liaison.contacts.PostalAddress address, String phone) {
        return new Person(null, given, "Martin", "fr", Set.of(), "FR-76", address, null, null, null, null, null, List.of(),
                phone == null ? List.of() : List.of(new org.liaison.contacts.Phone(phone, org.liaison.contacts.Phone.Kind.MOBILE)),
                Set.of(), List.of());
    }
}
