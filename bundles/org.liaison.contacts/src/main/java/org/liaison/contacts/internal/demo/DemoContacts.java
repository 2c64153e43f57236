package org.liaison.contacts.internal.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

import org.liaison.contacts.Affiliation;
import org.liaison.contacts.ConsentChannel;
import org.liaison.contacts.ConsentLedger;
import org.liaison.contacts.ConsentPurpose;
import org.liaison.contacts.ContactNotes;
import org.liaison.contacts.ContactRelations;
import org.liaison.contacts.ContactRole;
import org.liaison.contacts.ContactService;
import org.liaison.contacts.Email;
import org.liaison.contacts.Organisation;
import org.liaison.contacts.Person;
import org.liaison.contacts.Phone;
import org.liaison.contacts.PostalAddress;
import org.liaison.contacts.Readiness;
import org.liaison.contacts.SizeBand;
import org.liaison.store.Store;
import org.liaison.workbench.DemoData;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The contacts of the fictional demo network between East Sussex and Upper Normandy: about 80
 * organisations across sectors and customer segments and 300 people in both languages, with their
 * consents, notes, affiliations and referrals. Always the same network (a fixed seed); every
 * address is at the reserved domain {@code .example} and every organisation is invented.
 */
@Component
public class DemoContacts implements DemoData {

    static final int ORGANISATIONS_PER_SIDE = 40;
    static final int PEOPLE_PER_ORGANISATION = 3;
    static final int INDEPENDENTS_PER_SIDE = 30;

    private record Side(String country, String region, String language, String[] towns, String[] postcodes, String[] givenNames,
            String[] familyNames, String[] trades, String legalForm, String phonePrefix, String note) {
    }

    private static final Side SUSSEX = new Side("GB", "GB-ESX", "en",
            new String[] { "Brighton", "Hastings", "Eastbourne", "Lewes", "Newhaven", "Rye", "Seaford", "Uckfield" },
            new String[] { "BN1 1AA", "TN34 1AA", "BN21 1AA", "BN7 1AA", "BN9 0AA", "TN31 7AA", "BN25 1AA", "TN22 1AA" },
            new String[] { "Oliver", "Amelia", "Harry", "Isla", "Jack", "Ava", "George", "Emily", "Noah", "Sophie", "James", "Grace" },
            new String[] { "Smith", "Baker", "Turner", "Hughes", "Walker", "Wright", "Green", "Hall", "Wood", "Clarke", "Cooper", "Ward" },
            new String[] { "Marine Engineering", "Vineyards", "Digital Studio", "Seafood", "Bakery", "Boatyard", "Print Works",
                    "Software", "Ceramics", "Brewery" },
            "Ltd", "+44 1273 ", "Met at the Brighton business breakfast; wants a French distributor.");
    private static final Side NORMANDY = new Side("FR", "FR-76", "fr",
            new String[] { "Rouen", "Le Havre", "Dieppe", "F\u00e9camp", "Elbeuf", "Yvetot", "Bolbec", "Fontaine-le-Dun" },
            new String[] { "76000", "76600", "76200", "76400", "76500", "76190", "76210", "76740" },
            new String[] { "Camille", "Louis", "L\u00e9a", "Hugo", "Chlo\u00e9", "Gabriel", "In\u00e8s", "Rapha\u00ebl", "Manon", "Arthur",
                    "Zo\u00e9", "Jules" },
            new String[] { "Martin", "Lef\u00e8vre", "Leroy", "Moreau", "Fournier", "Girard", "Lambert", "Bonnet", "Fran\u00e7ois",
                    "Mercier", "Dupont", "Roux" },
            new String[] { "Logistique", "Cidrerie", "Num\u00e9rique", "Mar\u00e9e", "Boulangerie", "Chantier naval", "Imprimerie",
                    "Logiciels", "Fa\u00efencerie", "Brasserie" },
            "SARL", "+33 2 35 ", "Rencontr\u00e9e au petit-d\u00e9jeuner d\u2019affaires de Rouen ; cherche un distributeur anglais.");
    /** NACE divisions of the trades above, in the same order. */
    private static final String[] SECTORS = { "30", "11", "62", "10", "10", "30", "18", "62", "23", "11" };
    private static final String[] SEGMENTS = { "B2B", "B2C", "PUBLIC" };

    private final ContactService contacts;
    private final ContactRelations relations;
    private final ConsentLedger consents;
    private final ContactNotes notes;
    private final Store store;

    @Activate
    public DemoContacts(@Reference Store store, @Reference ContactService contacts, @Reference ContactRelations relations,
            @Reference ConsentLedger consents, @Reference ContactNotes notes) {
        this.store = store;
        this.contacts = contacts;
        this.relations = relations;
        this.consents = consents;
        this.notes = notes;
    }

    @Override
    public int rank() {
        return 10;
    }

    /** In one transaction, which every service called joins: all of the network, or none of it. */
    @Override
    public void load() {
        store.transaction(connection -> {
            write();
            return null;
        });
    }

    private void write() {
        Random random = new Random(2007); // the year of the field study
        List<Person> people = new ArrayList<>();
        List<Organisation> organisations = new ArrayList<>();
        for (Side side : List.of(SUSSEX, NORMANDY)) {
            for (int o = 0; o < ORGANISATIONS_PER_SIDE; o++) {
                organisations.add(contacts.save(organisation(side, o, random), Locale.ENGLISH));
                for (int p = 0; p < PEOPLE_PER_ORGANISATION; p++) {
                    people.add(person(side, o * PEOPLE_PER_ORGANISATION + p, random));
                }
            }
            for (int i = 0; i < INDEPENDENTS_PER_SIDE; i++) {
                people.add(person(side, 1_000 + i, random));
            }
        }
        List<Person> saved = contacts.saveAll(people, Locale.ENGLISH);
        Instant now = Instant.now();
        for (int i = 0; i < saved.size(); i++) {
            Person person = saved.get(i);
            boolean french = person.region().startsWith("FR");
            consents.record(person.id(), ConsentPurpose.EVENT_INVITATIONS, ConsentChannel.EMAIL, random.nextInt(10) < 8,
                    french ? "Formulaire d\u2019inscription" : "Sign-up form", "demo", now.plus(365, ChronoUnit.DAYS), Locale.ENGLISH);
            if (random.nextBoolean()) {
                consents.record(person.id(), ConsentPurpose.INTRODUCTIONS, ConsentChannel.EMAIL, true,
                        french ? "Entretien" : "Interview", "demo", null, Locale.ENGLISH);
            }
            if (i % 4 == 0) {
                notes.add(person.id(), "demo", french ? NORMANDY.note() : SUSSEX.note(), Locale.ENGLISH);
            }
            if (i % 9 == 5) {
                relations.link(saved.get(i - 1).id(), person.id(), "REFERRER", Locale.ENGLISH);
            }
        }
        affiliate(saved, organisations);
    }

    /** The first people of each side work, three by three, at that side's organisations; the rest are independents. */
    private void affiliate(List<Person> people, List<Organisation> organisations) {
        int perSide = ORGANISATIONS_PER_SIDE * PEOPLE_PER_ORGANISATION + INDEPENDENTS_PER_SIDE;
        for (int side = 0; side < 2; side++) {
            for (int o = 0; o < ORGANISATIONS_PER_SIDE; o++) {
                Organisation organisation = organisations.get(side * ORGANISATIONS_PER_SIDE + o);
                for (int p = 0; p < PEOPLE_PER_ORGANISATION; p++) {
                    Person person = people.get(side * perSide + o * PEOPLE_PER_ORGANISATION + p);
                    relations.affiliate(new Affiliation(null, person.id(), organisation.id(), p == 0 ? "OWNER" : "EMPLOYEE",
                            p == 0 ? (side == 0 ? "Managing director" : "G\u00e9rant") : null, LocalDate.of(2018 + o % 6, 1 + p, 1), null),
                            Locale.ENGLISH);
                }
            }
        }
    }

    private static Organisation organisation(Side side, int index, Random random) {
        String town = side.towns()[index % side.towns().length];
        int trade = (index / side.towns().length + index) % side.trades().length;
        String name = side.country().equals("GB") ? town + " " + side.trades()[trade] + " " + side.legalForm()
                : side.trades()[trade] + " de " + town + " " + side.legalForm();
        return new Organisation(null, name, null, null, null, null, SizeBand.values()[random.nextInt(3)], side.region(),
                "https://" + slug(name) + ".example", Set.of(SECTORS[trade]), Set.of(SEGMENTS[random.nextInt(SEGMENTS.length)]),
                Set.of("demo"));
    }

    private static Person person(Side side, int index, Random random) {
        String given = side.givenNames()[random.nextInt(side.givenNames().length)];
        String family = side.familyNames()[(index + random.nextInt(3)) % side.familyNames().length];
        int town = index % side.towns().length;
        String email = slug(given) + "." + slug(family) + index + "@" + slug(side.towns()[town]) + ".example";
        String phone = side.phonePrefix() + (side.country().equals("GB") ? String.format("%06d", 200_000 + index * 37)
                : String.format("%02d %02d %02d", 10 + index % 80, index % 100, (index * 7) % 100));
        Set<String> languages = random.nextInt(3) == 0 ? Set.of("en", "fr") : Set.of(side.language());
        return new Person(null, given, family, side.language(), languages, side.region(),
                new PostalAddress(null, side.postcodes()[town], side.towns()[town], side.country(), null, null),
                ContactRole.values()[random.nextInt(4)], Readiness.values()[random.nextInt(3)], "demo", null, null,
                List.of(new Email(email, true)), List.of(new Phone(phone, Phone.Kind.WORK)), Set.of("demo"), List.of());
    }

    private static String slug(String text) {
        return java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }
}
