package org.liaison.contacts.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.liaison.contacts.Affiliation;
import org.liaison.contacts.ConsentChannel;
import org.liaison.contacts.ConsentLedger;
import org.liaison.contacts.ConsentPurpose;
import org.liaison.contacts.ContactMerger;
import org.liaison.contacts.ContactQuery;
import org.liaison.contacts.ContactRelations;
import org.liaison.contacts.ContactService;
import org.liaison.contacts.DuplicateFinder;
import org.liaison.contacts.DuplicatePair;
import org.liaison.contacts.Email;
import org.liaison.contacts.Organisation;
import org.liaison.contacts.Person;
import org.liaison.contacts.Phone;
import org.liaison.store.Store;
import org.liaison.store.StoreStatus;
import org.liaison.test.support.StoreFixture;

/** Two records of one person, or of one organisation, merged, then the merge undone. */
class MergeTest {

    @Test
    void mergeUnitesWhatBothHadAndUndoPutsBothBack() {
        StoreStatus status = StoreFixture.memory("merge-" + UUID.randomUUID());
        assertEquals(StoreStatus.State.OPEN, status.state(), () -> status.failure().map(Throwable::getMessage).orElse(""));
        ContactService contacts = StoreFixture.service(ContactService.class);
        ConsentLedger consents = StoreFixture.service(ConsentLedger.class);
        ContactMerger merger = StoreFixture.service(ContactMerger.class);

        Person first = contacts.save(Person.named("Amelie", "LEFEVRE")
                .withContacts(List.of(new Email("amelie@atelier-rouen.fr", true)), List.of()).withTags(Set.of("export")), Locale.ENGLISH);
        Person second = contacts.save(Person.named("Amélie", "Lefèvre")
                .withContacts(List.of(new Email("amelie.lefevre@gmail.example", true)), List.of(new Phone("+33 2 35 12 34 56", Phone.Kind.WORK)))
                .withTags(Set.of("food")), Locale.FRENCH);
        consents.record(second.id(), ConsentPurpose.INTRODUCTIONS, ConsentChannel.EMAIL, true, "met at Rouen fair", null, null,
                Locale.ENGLISH);

        UUID merge = merger.merge(first.id(), second.id(), Set.of(ContactMerger.Field.GIVEN_NAME, ContactMerger.Field.FAMILY_NAME),
                Locale.ENGLISH);

        Person merged = contacts.person(first.id()).orElseThrow();
        assertEquals("Amélie Lefèvre", merged.displayName(), "the names chosen from the second record");
        assertEquals(List.of(new Email("amelie@atelier-rouen.fr", true), new Email("amelie.lefevre@gmail.example", false)),
                merged.emails());
        assertEquals(List.of(new Phone("+33235123456", Phone.Kind.WORK)), merged.phones());
        assertEquals(Set.of("export", "food"), merged.tags());
        assertTrue(contacts.person(second.id()).isEmpty());
        assertTrue(consents.granted(first.id(), ConsentPurpose.INTRODUCTIONS, ConsentChannel.EMAIL, Instant.now()),
                "the consent followed the person");
        assertEquals(1, contacts.search(ContactQuery.text("amelie lefevre")).size());

        merger.undo(merge, Locale.ENGLISH);

        assertEquals("Amelie LEFEVRE", contacts.person(first.id()).orElseThrow().displayName());
        assertEquals(Set.of("export"), contacts.person(first.id()).orElseThrow().tags());
        Person back = contacts.person(second.id()).orElseThrow();
        assertEquals(List.of(new Email("amelie.lefevre@gmail.example", true)), back.emails());
        assertTrue(consents.granted(second.id(), ConsentPurpose.INTRODUCTIONS, ConsentChannel.EMAIL, Instant.now()));
        assertTrue(consents.history(first.id()).isEmpty());
        assertEquals(2, contacts.search(ContactQuery.text("amelie lefevre")).size());
        merger.undo(merge, Locale.ENGLISH); // a second undo does nothing
        assertEquals(2, contacts.search(ContactQuery.text("amelie lefevre")).size());
    }

    @Test
    void aMergeRecordRewrittenToNameAnotherTableIsRefusedOnUndoAndChangesNothing() {
        StoreStatus status = StoreFixture.memory("merge-crafted-" + UUID.randomUUID());
        assertEquals(StoreStatus.State.OPEN, status.state(), () -> status.failure().map(Throwable::getMessage).orElse(""));
        ContactService contacts = StoreFixture.service(ContactService.class);
        ContactMerger merger = StoreFixture.service(ContactMerger.class);
        Person first = contacts.save(Person.named("Amelie", "LEFEVRE"), Locale.ENGLISH);
        Person second = contacts.save(Person.named("Amélie", "Lefèvre"), Locale.ENGLISH);
        Person bystander = contacts.save(Person.named("Oliver", "Baker"), Locale.ENGLISH);
        UUID merge = merger.merge(first.id(), second.id(), Set.of(), Locale.ENGLISH);

        // a staff account may rewrite the synced merge record by a push: its moved rows now name a "table" that is SQL
        Store store = StoreFixture.service(Store.class);
        store.transaction(connection -> {
            String before;
            try (PreparedStatement read = connection.prepareStatement("SELECT BEFORE_STATE FROM CONTACT_MERGE WHERE ID = ?")) {
                read.setObject(1, merge);
                try (ResultSet row = read.executeQuery()) {
                    row.next();
                    before = row.getString(1);
                }
            }
            String crafted = before.replace("\"moved\":{", "\"moved\":{\"CONTACT_PERSON SET FAMILY_NAME = CAST(? AS VARCHAR) WHERE ID <> ? --\":[\""
                    + first.id() + "\"],");
            assertTrue(crafted.contains("WHERE ID <> ?"), before);
            try (PreparedStatement write = connection.prepareStatement("UPDATE CONTACT_MERGE SET BEFORE_STATE = ? WHERE ID = ?")) {
                write.setString(1, crafted);
                write.setObject(2, merge);
                return write.executeUpdate();
            }
        });

        RuntimeException refused = null;
        try {
            merger.undo(merge, Locale.ENGLISH);
        } catch (IllegalStateException e) {
            refused = e;
        }
        assertEquals("Baker", contacts.person(bystander.id()).orElseThrow().familyName(), "nobody else was touched");
        assertNotNull(refused, "the undo is refused");
        assertTrue(refused.getMessage().contains(merge.toString()), refused.getMessage());
        assertEquals("LEFEVRE", contacts.person(first.id()).orElseThrow().familyName());
        assertTrue(contacts.person(second.id()).isEmpty(), "the merge stays as it was");
    }

    @Test
    void organisationsEnteredTwiceAreFoundMergedWithTheirPeopleAndPutBack() {
        StoreStatus status = StoreFixture.memory("merge-organisations-" + UUID.randomUUID());
        assertEquals(StoreStatus.State.OPEN, status.state(), () -> status.failure().map(Throwable::getMessage).orElse(""));
        ContactService contacts = StoreFixture.service(ContactService.class);
        ContactMerger merger = StoreFixture.service(ContactMerger.class);
        ContactRelations relations = StoreFixture.service(ContactRelations.class);
        DuplicateFinder finder = StoreFixture.service(DuplicateFinder.class);

        Organisation first = contacts.save(new Organisation(null, "Downs Foods Ltd", "01234567", null, null, null, null, "GB-ESX",
                "https://www.downs-foods.co.uk", Set.of("10.71"), Set.of("B2C"), Set.of()), Locale.ENGLISH);
        Organisation second = contacts.save(new Organisation(null, "DOWNS FOODS LIMITED", null, null, null, "GB123456789", null,
                "GB-ESX", null, Set.of("47.24"), Set.of(), Set.of("export")), Locale.ENGLISH);
        Organisation sameSite = contacts.save(new Organisation(null, "Sussex Bakers", null, null, null, null, null, "GB-ESX",
                "downs-foods.co.uk/shop", Set.of(), Set.of(), Set.of()), Locale.ENGLISH);
        Organisation other = contacts.save(Organisation.named("Rouen Cidre SAS"), Locale.ENGLISH);
        Person baker = contacts.save(Person.named("Zoe", "Bronte"), Locale.ENGLISH);
        relations.affiliate(new Affiliation(null, baker.id(), second.id(), "owner", null, null, null), Locale.ENGLISH);

        List<DuplicatePair> pairs = finder.scanOrganisations(Locale.ENGLISH);
        assertEquals(Set.of(Set.of(first.id(), second.id()), Set.of(first.id(), sameSite.id())),
                pairs.stream().map(p -> Set.of(p.first(), p.second())).collect(java.util.stream.Collectors.toSet()),
                "names alike once legal forms are set aside, and the same website; not " + other.name());
        assertTrue(pairs.stream().flatMap(p -> p.reasons().stream()).anyMatch(r -> r.startsWith("same website downs-foods.co.uk")),
                pairs.toString());

        UUID merge = merger.mergeOrganisations(first.id(), second.id(), Locale.ENGLISH);
        Organisation merged = contacts.organisation(first.id()).orElseThrow();
        assertEquals("Downs Foods Ltd", merged.name());
        assertEquals("GB123456789", merged.vatNumber(), "filled in from the other record");
        assertEquals(Set.of("10.71", "47.24"), merged.sectors());
        assertEquals(Set.of("export"), merged.tags());
        assertEquals(first.id(), relations.affiliations(baker.id()).get(0).organisationId(), "her affiliation moved");
        assertTrue(contacts.organisation(second.id()).isEmpty());

        merger.undo(merge, Locale.ENGLISH);
        assertEquals(second.id(), relations.affiliations(baker.id()).get(0).organisationId());
        assertEquals(Set.of("10.71"), contacts.organisation(first.id()).orElseThrow().sectors());
        assertEquals("DOWNS FOODS LIMITED", contacts.organisation(second.id()).orElseThrow().name());
        assertTrue(contacts.search(ContactQuery.text("downs bronte")).stream().anyMatch(c -> c.id().equals(baker.id())));
    }
}
