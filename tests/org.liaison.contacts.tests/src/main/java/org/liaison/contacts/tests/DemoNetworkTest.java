package org.liaison.contacts.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.liaison.contacts.ConsentChannel;
import org.liaison.contacts.ConsentLedger;
import org.liaison.contacts.ConsentPurpose;
import org.liaison.contacts.ContactFilter;
import org.liaison.contacts.ContactQuery;
import org.liaison.contacts.ContactRelations;
import org.liaison.contacts.ContactService;
import org.liaison.contacts.ContactSummary;
import org.liaison.contacts.ContactNotes;
import org.liaison.store.StoreStatus;
import org.liaison.test.support.StoreFixture;
import org.liaison.workbench.DemoData;

/** The contacts of the demo network, loaded on a real store as a new demo folder's first start loads them. */
class DemoNetworkTest {

    @Test
    void theDemoNetworkHasBothSidesWithTheirTiesConsentsAndNotes() {
        StoreStatus status = StoreFixture.memory("demo-" + UUID.randomUUID());
        assertEquals(StoreStatus.State.OPEN, status.state(), () -> status.failure().map(Throwable::getMessage).orElse(""));
        ContactService contacts = StoreFixture.service(ContactService.class);
        StoreFixture.service(DemoData.class).load();

        assertEquals(380, contacts.count(), "80 organisations and 300 people");
        List<ContactSummary> everyone = contacts.search(new ContactQuery("", ContactFilter.NONE, 0, 1_000));
        long french = everyone.stream().filter(c -> c.region() != null && c.region().startsWith("FR")).count();
        assertEquals(190, french, "half of each, on either side of the Channel");
        assertFalse(contacts.search(ContactQuery.text("Rouen")).isEmpty(), "found by town");

        ContactRelations relations = StoreFixture.service(ContactRelations.class);
        ConsentLedger consents = StoreFixture.service(ConsentLedger.class);
        ContactNotes notes = StoreFixture.service(ContactNotes.class);
        List<ContactSummary> people = everyone.stream().filter(c -> c.kind() == ContactSummary.Kind.PERSON).toList();
        long employed = people.stream().filter(p -> !relations.affiliations(p.id()).isEmpty()).count();
        assertEquals(240, employed, "three people at each organisation");
        assertTrue(people.stream().anyMatch(p -> consents.granted(p.id(), ConsentPurpose.EVENT_INVITATIONS, ConsentChannel.EMAIL, Instant.now())));
        assertTrue(people.stream().anyMatch(p -> !notes.notes(p.id()).isEmpty()));
        assertTrue(people.stream().anyMatch(p -> !relations.links(p.id()).isEmpty()), "referrals");
    }
}
