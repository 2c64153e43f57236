package org.liaison.bench.data;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

import org.liaison.contacts.ContactRole;
import org.liaison.contacts.Email;
import org.liaison.contacts.Person;
import org.liaison.contacts.Phone;
import org.liaison.contacts.PhoneNumbers;
import org.liaison.contacts.PostalAddress;
import org.liaison.contacts.Readiness;
import org.liaison.core.validation.ValidationException;

/**
 * Realistic people of East Sussex and Upper Normandy, the same for the same seed: accented French
 * names, shared company email domains, valid UK and French phone numbers, and a share of planted
 * duplicates (the same person entered twice with the small differences people make), whose pairs
 * are known so that duplicate detection can be scored.
 */
public final class SyntheticContacts {

    /** A person and, for a planted duplicate, the position of the person it duplicates. */
    public record Generated(Person person, int duplicateOf) {
    }

    static final String[] UK_FIRST = { "Oliver", "George", "Harry", "Jack", "Emily", "Olivia", "Amelia", "Isla",
            "Sophie", "Thomas", "James", "Charlotte", "William", "Grace", "Daniel", "Lucy", "Samuel", "Hannah" };
    static final String[] UK_LAST = { "Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Evans",
            "Thomas", "Johnson", "Roberts", "Walker", "Wright", "Hughes", "Clarke", "Hall", "Green", "Harris", "Baker" };
    static final String[] FR_FIRST = { "Amélie", "Léa", "Chloé", "Manon", "Hélène", "François", "Benoît",
            "Jérôme", "Noémie", "Zoé", "Élodie", "Loïc", "Maëlle", "Gaëtan", "Cécile", "Thibault", "Agnès", "Raphaël" };
    static final String[] FR_LAST = { "Martin", "Lefèvre", "Dubois", "Moreau", "Fournier", "Girard", "Lemaître",
            "Rousseau", "Leroy", "Bénard", "Duchêne", "Lefebvre", "Mercier", "Faure", "Châtelain", "Gauthier", "Perrin", "Hébert" };
    static final String[][] UK_PLACES = { { "Brighton", "BN1 1AA" }, { "Hastings", "TN34 1EU" },
            { "Eastbourne", "BN21 4UG" }, { "Lewes", "BN7 2AA" }, { "Crowborough", "TN6 1AA" } };
    static final String[][] FR_PLACES = { { "Rouen", "76000", "FR-76" }, { "Le Havre", "76600", "FR-76" },
            { "Dieppe", "76200", "FR-76" }, { "Évreux", "27000", "FR-27" }, { "Vernon", "27200", "FR-27" } };
    private static final String[] COMPANIES = { "atelier-rouen", "sussex-labs", "caux-conseil", "hastings-makers",
            "normandie-export", "brighton-digital", "seine-logistique", "downs-foods", "evreux-bois", "lewes-print" };
    private static final String[] UK_STREETS = { "High Street", "Church Road", "Station Road", "Queen's Road",
            "London Road", "Western Road", "North Street", "Marine Parade", "Ditchling Road", "Preston Road" };
    private static final String[] FR_STREETS = { "rue Jeanne d'Arc", "rue du Gros-Horloge", "quai de la Bourse",
            "rue de la République", "boulevard des Belges", "rue Saint-Romain", "place du Vieux-Marché",
            "rue Beauvoisine", "avenue de Caen", "rue Grand-Pont" };
    private static final String[] UK_AREA_CODES = { "01273", "01424", "01323", "01892", "01825", "01435" };
    private static final String[] TAGS = { "export", "food", "digital", "tourism", "crafts", "cross-border", "mentoring",
            "manufacturing", "start-up", "wine" };

    private final Random random;
    private final double duplicateShare;

    public SyntheticContacts(long seed, double duplicateShare) {
        this.random = new Random(seed);
        this.duplicateShare = duplicateShare;
    }

    public List<Generated> people(int count) {
        List<Generated> people = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            if (i > 10 && random.nextDouble() < duplicateShare) {
                int original = random.nextInt(i);
                while (people.get(original).duplicateOf() >= 0) {
                    original = people.get(original).duplicateOf();
                }
                people.add(new Generated(variant(people.get(original).person()), original));
            } else {
                people.add(new Generated(person(i), -1));
            }
        }
        return people;
    }

    /**
     * Saves generated people in transactions of 1,000, as an import would, and waits for their
     * search words (written in the background after such saves), so that what follows measures the
     * word index; gives them back saved, in order.
     */
    public static List<Person> save(org.liaison.contacts.ContactService contacts, List<Generated> people) {
        List<Person> saved = new ArrayList<>(people.size());
        for (int from = 0; from < people.size(); from += 1_000) {
            saved.addAll(contacts.saveAll(people.subList(from, Math.min(people.size(), from + 1_000)).stream()
                    .map(Generated::person).toList(), Locale.ENGLISH));
        }
        try {
            while (contacts.awaitingSearchWords() > 0) {
                Thread.sleep(100);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the search words were written", e);
        }
        return saved;
    }

    /**
     * The true duplicate pairs among generated people once saved with {@code ids} (in the same
     * order): every two entries of one person, two copies of the same original included.
     */
    public static Set<Set<java.util.UUID>> duplicatePairs(List<Generated> people, List<java.util.UUID> ids) {
        java.util.Map<Integer, List<java.util.UUID>> entriesOf = new java.util.HashMap<>();
        for (int i = 0; i < people.size(); i++) {
            int original = people.get(i).duplicateOf() >= 0 ? people.get(i).duplicateOf() : i;
            entriesOf.computeIfAbsent(original, k -> new ArrayList<>()).add(ids.get(i));
        }
        Set<Set<java.util.UUID>> pairs = new java.util.HashSet<>();
        for (List<java.util.UUID> entries : entriesOf.values()) {
            for (int a = 0; a < entries.size(); a++) {
                for (int b = a + 1; b < entries.size(); b++) {
                    pairs.add(Set.of(entries.get(a), entries.get(b)));
                }
            }
        }
        return pairs;
    }

    private Person person(int n) {
        boolean french = random.nextDouble() < 0.4;
        String first = pick(french ? FR_FIRST : UK_FIRST);
        String last = pick(french ? FR_LAST : UK_LAST);
        String company = pick(COMPANIES);
        String email = ascii(first) + "." + ascii(last) + "." + n + "@" + company
                + (french ? ".fr" : ".co.uk");
        String phone = phone(french);
        String[] place = french ? FR_PLACES[random.nextInt(FR_PLACES.length)] : UK_PLACES[random.nextInt(UK_PLACES.length)];
        String street = (1 + random.nextInt(400)) + " " + pick(french ? FR_STREETS : UK_STREETS);
        return new Person(null, first, last, french ? "fr" : "en", random.nextDouble() < 0.3 ? Set.of("en", "fr") : Set.of(),
                french ? place[2] : "GB-ESX", new PostalAddress(street, place[1], place[0], french ? "FR" : "GB", null, null),
                ContactRole.values()[random.nextInt(ContactRole.values().length)],
                Readiness.values()[random.nextInt(Readiness.values().length)], "synthetic", null, null,
                List.of(new Email(email, true)), List.of(new Phone(phone, Phone.Kind.WORK)),
                new java.util.TreeSet<>(List.of(pick(TAGS), pick(TAGS))), List.of());
    }

    /**
     * A valid number as varied as a region's (several area codes, mobiles), so that two people
     * rarely share one; numbers in unallocated ranges are drawn again.
     */
    private String phone(boolean french) {
        while (true) {
            String number = french
                    ? (random.nextBoolean() ? String.format("02 3%d", 1 + random.nextInt(5)) : String.format("06 %d%d", 1 + random.nextInt(7), random.nextInt(10)))
                            + String.format(" %02d %02d %02d", random.nextInt(100), random.nextInt(100), random.nextInt(100))
                    : random.nextBoolean() ? String.format("%s %06d", pick(UK_AREA_CODES), random.nextInt(1_000_000))
                            : String.format("079%02d %06d", random.nextInt(100), random.nextInt(1_000_000));
            try {
                PhoneNumbers.toE164(number, french ? "FR" : "GB", "phone", Locale.ENGLISH);
                return number;
            } catch (ValidationException e) {
                // an unallocated range: draw again
            }
        }
    }

    /** The same person as typed again by someone else: accents dropped, case changed, or another email. */
    private Person variant(Person original) {
        String first = original.givenName();
        String last = original.familyName();
        List<Email> emails = original.emails();
        switch (random.nextInt(3)) {
            case 0 -> last = ascii(last).toUpperCase(Locale.ROOT);
            case 1 -> first = ascii(first);
            default -> emails = List.of(new Email(ascii(first) + "." + ascii(last) + random.nextInt(100_000) + "@gmail.example", true));
        }
        return new Person(null, first, last, original.preferredLanguage(), original.languages(), original.region(),
                original.address(), original.role(), original.readiness(), "synthetic duplicate", null, null, emails,
                random.nextBoolean() ? original.phones() : List.of(), original.tags(), List.of());
    }

    private String pick(String[] values) {
        return values[random.nextInt(values.length)];
    }

    static String ascii(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    }
}
