package org.liaison.contacts.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.liaison.contacts.ConsentChannel;
import org.liaison.contacts.ConsentLedger;
import org.liaison.contacts.ConsentPurpose;
import org.liaison.contacts.ContactMerger;
import org.liaison.contacts.ContactQuery;
import org.liaison.contacts.ContactService;
import org.liaison.contacts.Email;
import org.liaison.contacts.Person;
import org.liaison.contacts.Phone;
import org.liaison.store.StoreStatus;
import org.liaison.test.support.StoreFixture;

/** Two records of one person merged field by field, then the merge undone. */
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
}
