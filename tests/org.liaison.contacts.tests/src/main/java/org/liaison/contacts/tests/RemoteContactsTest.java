package org.liaison.contacts.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.liaison.contacts.ContactQuery;
import org.liaison.contacts.ContactRole;
import org.liaison.contacts.ContactService;
import org.liaison.contacts.ContactSummary;
import org.liaison.contacts.Email;
import org.liaison.contacts.Person;
import org.liaison.contacts.Phone;
import org.liaison.contacts.PostalAddress;
import org.liaison.contacts.Readiness;
import org.liaison.core.clock.HlcTimestamp;
import org.liaison.core.validation.ValidationException;
import org.liaison.store.StoreStatus;
import org.liaison.store.changes.CapturedChange;
import org.liaison.store.changes.Operation;
import org.liaison.store.changes.Outbox;
import org.liaison.store.changes.RemoteChange;
import org.liaison.store.changes.RemoteChanges;
import org.liaison.test.support.StoreFixture;

/** Contacts that arrive by sync are found by search, follow their remote edits, and leave the lists when deleted. */
class RemoteContactsTest {

    private static ContactService contacts;
    private static Outbox outbox;
    private static RemoteChanges remote;

    @BeforeAll
    static void openStore() {
        StoreStatus status = StoreFixture.memory("remote-contacts-" + UUID.randomUUID());
        assertEquals(StoreStatus.State.OPEN, status.state(), () -> status.failure().map(Throwable::getMessage).orElse(""));
        contacts = StoreFixture.service(ContactService.class);
        outbox = StoreFixture.service(Outbox.class);
        remote = StoreFixture.service(RemoteChanges.class);
    }

    @Test
    void aPersonReceivedBySyncIsSearchableAndFollowsRemoteEdits() {
        long before = last();
        contacts.save(new Person(null, "Ysolde", "Martin", "fr", Set.of(), "FR-76",
                new PostalAddress(null, "76200", "Dieppe", "FR", null, null), ContactRole.ENTREPRENEUR, Readiness.OPEN, null, null,
                null, List.of(new Email("ysolde@dieppe-marine.fr", true)), List.of(new Phone("+33235000000", Phone.Kind.WORK)),
                Set.of("boats"), List.of()), Locale.ENGLISH);
        // the same rows as another desktop would send them, for another person: new ids, another name
        Map<UUID, UUID> ids = new HashMap<>();
        List<RemoteChange> received = new ArrayList<>();
        for (CapturedChange change : outbox.after(before, 1_000)) {
            Map<String, Object> fields = new LinkedHashMap<>(change.fields());
            fields.replaceAll((column, value) -> value instanceof String text && isId(text)
                    ? ids.computeIfAbsent(UUID.fromString(text), k -> UUID.randomUUID()).toString() : value);
            if ("CONTACT_PERSON".equals(change.table())) {
                fields.put("FAMILY_NAME", "Quéméner");
            }
            UUID row = ids.computeIfAbsent(change.rowId(), k -> UUID.randomUUID());
            received.add(new RemoteChange(change.table(), row, change.operation(), change.stamp(), fields));
        }
        remote.apply(received);
        List<ContactSummary> found = contacts.search(ContactQuery.text("quemener"));
        assertEquals(1, found.size(), "found by the name that came by sync, accents folded");
        UUID person = found.get(0).id();
        assertEquals(person, contacts.search(ContactQuery.text("boats quem")).get(0).id(), "and by its tags");

        UUID email = received.stream().filter(c -> c.table().equals("CONTACT_EMAIL")).findFirst().orElseThrow().rowId();
        remote.apply(List.of(new RemoteChange("CONTACT_EMAIL", email, Operation.UPDATE, stamp(), Map.of("ADDRESS", "y.q@le-treport.fr"))));
        assertEquals(1, contacts.search(ContactQuery.text("le-treport.fr")).size(), "a remote edit of an email is searchable");
        assertEquals(0, contacts.search(ContactQuery.text("quemener dieppe-marine")).size(), "the old email is no longer");

        remote.apply(List.of(new RemoteChange("CONTACT_PERSON", person, Operation.DELETE, stamp(), Map.of())));
        assertEquals(0, contacts.search(ContactQuery.text("quemener")).size(), "a person deleted elsewhere leaves the list");
        assertEquals(1, contacts.search(ContactQuery.text("ysolde martin")).size(), "the local person is untouched");
    }

    @Test
    void aLostValuePutBackIsALocalEditThatSearchFollows() {
        Person saved = contacts.save(Person.named("Gwenaëlle", "Kerbrat"), Locale.ENGLISH);
        long before = last();
        // the other side of a sync conflict, put back here
        assertTrue(remote.applyAsLocalEdit("CONTACT_PERSON", saved.id(), Map.of("FAMILY_NAME", "Le Goff")));
        assertEquals(List.of(saved.id()), contacts.search(ContactQuery.text("gwenaelle le goff")).stream().map(ContactSummary::id).toList());
        assertEquals(0, contacts.search(ContactQuery.text("kerbrat")).size(), "listed by the name put back");
        List<CapturedChange> captured = outbox.after(before, 10);
        assertEquals(1, captured.size(), "captured to be sent on");
        assertEquals("Le Goff", captured.get(0).fields().get("FAMILY_NAME"));

        assertFalse(remote.applyAsLocalEdit("CONTACT_PERSON", UUID.randomUUID(), Map.of("FAMILY_NAME", "Nobody")),
                "a row deleted meanwhile is not made again");
        assertThrows(ValidationException.class, () -> remote.applyAsLocalEdit("CONTACT_PERSON", saved.id(), Map.of("NO_SUCH", "x")));
        assertEquals(before + 1, last(), "nothing else written");
    }

    private static boolean isId(String text) {
        return text.matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    }

    private static HlcTimestamp stamp() {
        return new HlcTimestamp(System.currentTimeMillis(), 0);
    }

    private static long last() {
        List<CapturedChange> all = outbox.after(0, Integer.MAX_VALUE);
        return all.isEmpty() ? 0 : all.get(all.size() - 1).sequence();
    }
}
