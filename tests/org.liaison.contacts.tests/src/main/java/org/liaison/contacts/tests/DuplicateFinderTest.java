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

    /**
     * Duplicates that share no email and no telephone, found only by names alike at the same address:
     * a letter mistyped, two letters swapped, the accents dropped.
     */
    @Test
    void duplicatesOnlyTheirNamesAndAddressGiveAwayAreFoundByNameLikeness() {
        StoreStatus status = StoreFixture.memory("dedupe-names-" + UUID.randomUUID());
        assertEquals(StoreStatus.State.OPEN, status.state(), () -> status.failure().map(Throwable::getMessage).orElse(""));
        ContactService contacts = StoreFixture.service(ContactService.class);
        List<Person> originals = new ArrayList<>(new SyntheticContacts(23, 0.0).people(1_000).stream()
                .map(SyntheticContacts.Generated::person).toList());
        java.util.Random random = new java.util.Random(23);
        List<Person> people = new ArrayList<>(originals);
        List<Integer> duplicated = new ArrayList<>();
        for (int i = 0; i < 150; i++) {
            int original = random.nextInt(originals.size());
            if (duplicated.contains(original)) {
                continue;
            }
            duplicated.add(original);
            Person o = originals.get(original);
            String given = o.givenName();
            String family = o.familyName();
            switch (i % 3) {
                case 0 -> family = mistyped(family, random);
                case 1 -> given = swapped(given, random);
                default -> {
                    given = java.text.Normalizer.normalize(given, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "");
                    family = java.text.Normalizer.normalize(family, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "");
                }
            }
            people.add(new Person(null, given, family, o.preferredLanguage(), o.languages(), o.region(), o.address(), o.role(),
                    o.readiness(), "typed again", null, null, List.of(new org.liaison.contacts.Email("again" + i + "@other.example", true)),
                    List.of(), o.tags(), List.of()));
        }
        List<Person> saved = contacts.saveAll(people, Locale.ENGLISH);
        Set<Set<UUID>> planted = new java.util.HashSet<>();
        for (int i = 0; i < duplicated.size(); i++) {
            planted.add(Set.of(saved.get(duplicated.get(i)).id(), saved.get(originals.size() + i).id()));
        }
        Set<Set<UUID>> found = new java.util.HashSet<>();
        StoreFixture.service(DuplicateFinder.class).scan(Locale.ENGLISH).forEach(p -> found.add(Set.of(p.first(), p.second())));
        long truePositives = found.stream().filter(planted::contains).count();
        double precision = truePositives / (double) found.size();
        double recall = truePositives / (double) planted.size();
        System.out.printf(Locale.ROOT, "name likeness: %d planted, %d found, precision %.3f, recall %.3f%n", planted.size(), found.size(),
                precision, recall);
        assertTrue(planted.size() >= 100, "planted " + planted.size());
        assertTrue(precision >= 0.95, "precision " + precision + " (" + truePositives + " of " + found.size() + ")");
        assertTrue(recall >= 0.90, "recall " + recall + " (" + truePositives + " of " + planted.size() + ")");
    }

    /** The name with one of its letters (not the first) replaced by its neighbour on the keyboard's row. */
    private static String mistyped(String name, java.util.Random random) {
        int at = 1 + random.nextInt(name.length() - 1);
        char typed = name.charAt(at) == 'z' ? 'a' : (char) (name.charAt(at) + 1);
        return name.substring(0, at) + typed + name.substring(at + 1);
    }

    /** The name with two neighbouring letters (not the first) swapped. */
    private static String swapped(String name, java.util.Random random) {
        if (name.length() < 3) {
            return name;
        }
        int at = 1 + random.nextInt(name.length() - 2);
        return name.substring(0, at) + name.charAt(at + 1) + name.charAt(at) + name.substring(at + 2);
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
