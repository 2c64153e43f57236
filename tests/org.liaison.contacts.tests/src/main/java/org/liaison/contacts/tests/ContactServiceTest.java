package org.liaison.contacts.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.liaison.contacts.BarrierKind;
import org.liaison.contacts.Barrier;
import org.liaison.contacts.ContactFilter;
import org.liaison.contacts.ContactQuery;
import org.liaison.contacts.ContactRole;
import org.liaison.contacts.ContactService;
import org.liaison.contacts.ContactSummary;
import org.liaison.contacts.Email;
import org.liaison.contacts.Organisation;
import org.liaison.contacts.Person;
import org.liaison.contacts.Phone;
import org.liaison.contacts.PostalAddress;
import org.liaison.contacts.Readiness;
import org.liaison.contacts.SizeBand;
import org.liaison.core.validation.ValidationException;
import org.liaison.core.validation.ValidationProblem;
import org.liaison.store.StoreStatus;
import org.liaison.store.changes.CapturedChange;
import org.liaison.store.changes.Outbox;
import org.liaison.test.support.StoreFixture;

/** The contact service on a real store in Equinox. */
class ContactServiceTest {

    private static ContactService contacts;
    private static Outbox outbox;

    @BeforeAll
    static void openStore() {
        StoreStatus status = StoreFixture.memory("contacts-" + UUID.randomUUID());
        assertEquals(StoreStatus.State.OPEN, status.state(), () -> status.failure().map(Throwable::getMessage).orElse(""));
        contacts = StoreFixture.service(ContactService.class);
        outbox = StoreFixture.service(Outbox.class);
    }

    private static Person amelie() {
        return new Person(null, "Amélie", "Lefèvre", "fr", Set.of("en"), "FR-76",
                new PostalAddress("12 rue Jeanne d'Arc", "76000", "Rouen", "FR", 49.4431, 1.0993), ContactRole.SME_OWNER_MANAGER,
                Readiness.CAUTIOUS, "Rouen trade fair", null, "hbrown",
                List.of(new Email("Amelie.Lefevre@Atelier-Rouen.FR", false)), List.of(new Phone("02 35 12 34 56", Phone.Kind.WORK)),
                Set.of("export", "food"), List.of(new Barrier(BarrierKind.GEO_DEMOGRAPHIC, "Little English; prefers meetings in Rouen")));
    }

    @Test
    void aPersonIsSavedNormalizedAndReadBack() {
        Person saved = contacts.save(amelie(), Locale.ENGLISH);
        Person read = contacts.person(saved.id()).orElseThrow();
        assertEquals("Amélie", read.givenName());
        assertEquals(List.of(new Email("Amelie.Lefevre@atelier-rouen.fr", true)), read.emails(), "domain folded, made primary");
        assertEquals(List.of(new Phone("+33235123456", Phone.Kind.WORK)), read.phones(), "E.164 from the French way of writing it");
        assertEquals(Set.of("en", "fr"), read.languages(), "the preferred language is one she speaks");
        assertEquals(Readiness.CAUTIOUS, read.readiness());
        assertEquals(Set.of("export", "food"), read.tags());
        assertEquals(49.4431, read.address().latitude());
        assertEquals(1, read.barriers().size());
    }

    @Test
    void searchIgnoresCaseAndAccentsAndMatchesPrefixesInAnyField() {
        Person saved = contacts.save(amelie(), Locale.ENGLISH);
        for (String text : List.of("amelie", "LEFEV", "lefèvre am", "atelier-rouen.fr", "0235", "export", "rouen")) {
            List<ContactSummary> found = contacts.search(ContactQuery.text(text));
            assertTrue(found.stream().anyMatch(c -> c.id().equals(saved.id())), text + " finds her: " + found);
        }
        ContactQuery hers = ContactQuery.text("amelie lefevre");
        long count = contacts.count(hers);
        assertTrue(count >= 1);
        assertEquals(count, contacts.search(hers).size());
        assertEquals(count - 1, contacts.search(hers.page(1, 100)).size(), "paging");
        assertTrue(contacts.search(ContactQuery.text("amelie zzz")).stream().noneMatch(c -> c.id().equals(saved.id())),
                "every word must match");
        assertTrue(contacts.search(new ContactQuery("amelie", ContactFilter.NONE.withRegion("GB-ESX"), 0, 10)).stream().noneMatch(c -> c.id().equals(saved.id())),
                "region filter");
    }

    @Test
    void organisationsAreFoundByNameSectorAndLegalId() {
        Organisation saved = contacts.save(new Organisation(null, "Caux Conseil SARL", null, "552100554", "55210055400013",
                "FR96552100554", SizeBand.SMALL, "FR-76", "https://caux-conseil.example", Set.of("6201", "70.22"),
                Set.of("b2b"), Set.of("digital")), Locale.FRENCH);
        Organisation read = contacts.organisation(saved.id()).orElseThrow();
        assertEquals(Set.of("62.01", "70.22"), read.sectors());
        assertEquals(Set.of("B2B"), read.segments());
        for (String text : List.of("caux", "552100554", "programmation", "computer programming", "62.01")) {
            assertTrue(contacts.search(ContactQuery.text(text)).stream().anyMatch(c -> c.id().equals(saved.id())), text);
        }
    }

    @Test
    void everyWrongFieldIsReportedAndNothingIsWritten() {
        long before = contacts.count();
        Person bad = new Person(null, " ", " ", "french", Set.of(), "Sussex", PostalAddress.NONE, null, null, null, null, null,
                List.of(new Email("not-an-address", true)), List.of(new Phone("12", Phone.Kind.MOBILE)), Set.of(), List.of());
        ValidationException e = assertThrows(ValidationException.class, () -> contacts.save(bad, Locale.ENGLISH));
        assertEquals(List.of("familyName", "preferredLanguage", "region", "emails", "phones"),
                e.problems().stream().map(ValidationProblem::field).toList(), e.getMessage());
        ValidationException org = assertThrows(ValidationException.class, () -> contacts.save(new Organisation(null, "X",
                "1234567890", "552100555", null, "FR00", null, null, null, Set.of("99.99"), Set.of("NOPE"), Set.of()), Locale.ENGLISH));
        assertEquals(List.of("companiesHouseNumber", "siren", "vatNumber", "sectors", "segments"),
                org.problems().stream().map(ValidationProblem::field).toList(), org.getMessage());
        assertEquals(before, contacts.count());
    }

    @Test
    void writesAreCapturedAndSavingTheSameAgainChangesNothing() {
        long start = lastSequence();
        Person saved = contacts.save(amelie(), Locale.ENGLISH);
        List<CapturedChange> first = outbox.after(start, 1000);
        assertTrue(first.stream().anyMatch(c -> c.table().equals("CONTACT_PERSON") && c.rowId().equals(saved.id())));
        assertTrue(first.stream().anyMatch(c -> c.table().equals("CONTACT_TAG")));
        long afterFirst = lastSequence();
        contacts.save(saved, Locale.ENGLISH);
        List<CapturedChange> again = outbox.after(afterFirst, 1000);
        assertEquals(List.of("CONTACT_PERSON"), again.stream().map(CapturedChange::table).distinct().toList(),
                "only the time of the update changes; emails, phones and tags keep their rows");
        contacts.save(saved.withTags(Set.of("export", "wine")), Locale.ENGLISH);
        assertEquals(Set.of("export", "wine"), contacts.person(saved.id()).orElseThrow().tags());
    }

    @Test
    void markupAndSqlAreStoredAsText() {
        String name = "<b>Robert</b>'); DROP TABLE CONTACT_PERSON;--";
        Person saved = contacts.save(Person.named(name, "Tables"), Locale.ENGLISH);
        assertEquals(name, contacts.person(saved.id()).orElseThrow().givenName());
    }

    private static long lastSequence() {
        List<CapturedChange> all = outbox.after(0, Integer.MAX_VALUE);
        return all.isEmpty() ? 0 : all.get(all.size() - 1).sequence();
    }

    @Test
    void pagesAreTheSameWhicheverWayTheSearchTakes() throws Exception {
        // a word 10,200 people share is common: a page of it walks the list in name order; the Eure
        // filter (3 of them) leaves that walk short and the search falls back to the word's own rows;
        // a rarer word (200 people) always takes its own rows. Saved together, so many people get
        // their word rows after the saving transaction: until then every search walks the list.
        String common = "pagecommon" + UUID.randomUUID().toString().substring(0, 6);
        String rare = "pagerare" + UUID.randomUUID().toString().substring(0, 6);
        List<Person> people = new java.util.ArrayList<>();
        for (int i = 0; i < 10_200; i++) {
            Person p = Person.named("Given" + i, String.format("Family%05d", (i * 37) % 10_200))
                    .withTags(i % 51 == 0 ? Set.of(common, rare) : Set.of(common));
            if (i % 5_000 == 0) {
                p = new Person(null, p.givenName(), p.familyName(), null, Set.of(), "FR-27", null, null, null, null, null, null,
                        List.of(), List.of(), p.tags(), List.of());
            }
            people.add(p);
        }
        org.liaison.store.Store store = StoreFixture.service(org.liaison.store.Store.class);
        store.transaction(c -> { // the words cannot be written before this transaction ends
            List<Person> saved = contacts.saveAll(people, Locale.ENGLISH);
            assertEquals(people.size(), contacts.awaitingSearchWords());
            assertPages(people, common, rare);
            // edited before its words were written: they are written once, from the edit
            contacts.save(saved.get(1).withTags(Set.of(common, "pageedited")), Locale.ENGLISH);
            assertEquals(people.size() - 1, contacts.awaitingSearchWords());
            return null;
        });
        long deadline = System.nanoTime() + StoreFixture.TIMEOUT.toNanos();
        while (contacts.awaitingSearchWords() > 0 && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertEquals(0, contacts.awaitingSearchWords(), "the words are written in the background");
        assertPages(people, common, rare);
        assertEquals(1, contacts.count(ContactQuery.text("pageedited")));
    }

    private static void assertPages(List<Person> people, String common, String rare) {
        for (String word : List.of(common, rare)) {
            List<String> expected = people.stream().filter(p -> p.tags().contains(word)).map(Person::familyName).sorted().toList();
            assertEquals(expected.subList(0, 5), families(new ContactQuery(word, ContactFilter.NONE, 0, 5)), word);
            assertEquals(expected.subList(102, 105), families(new ContactQuery(word, ContactFilter.NONE, 102, 3)), "a later page");
            assertEquals(expected.size(), contacts.count(ContactQuery.text(word)));
        }
        List<String> inEure = people.stream().filter(p -> "FR-27".equals(p.region())).map(Person::familyName).sorted().toList();
        assertEquals(inEure, families(new ContactQuery(common, ContactFilter.NONE.withRegion("FR-27"), 0, 5)));
        assertEquals(inEure.subList(0, 1), families(new ContactQuery(common + " " + rare, ContactFilter.NONE.withRegion("FR-27"), 0, 5)),
                "only Given0 has both words in the Eure");
    }

    @Test
    void aKnownPersonIsFoundByEmailWhateverItsCaseOrByTelephone() {
        Person saved = contacts.save(Person.named("Rhys", "Evans").withContacts(
                List.of(new Email("Rhys.Evans@Lewes-Print.co.uk", true)), List.of(new Phone("01273 987654", Phone.Kind.WORK))),
                Locale.ENGLISH);
        assertEquals(java.util.Optional.of(saved.id()), contacts.findByEmailOrPhone("rhys.evans@lewes-print.co.uk"));
        assertEquals(java.util.Optional.of(saved.id()), contacts.findByEmailOrPhone("+441273987654"));
        assertTrue(contacts.findByEmailOrPhone("nobody@lewes-print.co.uk").isEmpty());
    }

    @Test
    void searchWordsBuiltByOlderRulesAreRebuiltWhenTheDatabaseOpens() throws Exception {
        java.nio.file.Path folder = java.nio.file.Files.createTempDirectory("rebuild");
        java.util.Map<String, Object> onDisk = java.util.Map.of("mode", "file", "directory", folder.toString());
        try {
            StoreFixture.configure(onDisk, folder.toString());
            ContactService service = StoreFixture.service(ContactService.class);
            Person saved = service.save(Person.named("Ffion", "Rebuiltwords"), Locale.ENGLISH);
            StoreFixture.service(org.liaison.store.Store.class).transaction(c -> { // as an older desktop left it
                c.createStatement().execute("DELETE FROM CONTACT_SEARCH_WORD WHERE CONTACT_ID = '" + saved.id() + "'");
                return c.createStatement().executeUpdate("UPDATE CONTACT_SEARCH_STATE SET INDEX_VERSION = 1");
            });
            assertTrue(service.search(ContactQuery.text("rebuiltwords")).isEmpty());

            StoreFixture.memory("elsewhere-" + UUID.randomUUID());
            StoreFixture.configure(onDisk, folder.toString()); // opened again: the words are rebuilt in the background
            ContactService reopened = StoreFixture.service(ContactService.class);
            long deadline = System.nanoTime() + StoreFixture.TIMEOUT.toNanos();
            while (reopened.search(ContactQuery.text("rebuiltwords")).isEmpty() && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            assertEquals(List.of(saved.id()),
                    reopened.search(ContactQuery.text("rebuiltwords")).stream().map(ContactSummary::id).toList());
        } finally {
            openStore(); // back to a database of this class's own, and services bound to it
        }
    }

    private static List<String> families(ContactQuery query) {
        return contacts.search(query).stream().map(c -> c.name().substring(c.name().indexOf(' ') + 1)).toList();
    }
}
