package org.liaison.contacts.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.liaison.contacts.Affiliation;
import org.liaison.contacts.ContactNotes;
import org.liaison.contacts.ContactQuery;
import org.liaison.contacts.ContactRelations;
import org.liaison.contacts.ContactService;
import org.liaison.contacts.Note;
import org.liaison.contacts.Organisation;
import org.liaison.contacts.Person;
import org.liaison.contacts.PersonLink;
import org.liaison.core.validation.ValidationException;
import org.liaison.core.validation.ValidationProblem;
import org.liaison.store.StoreStatus;
import org.liaison.test.support.StoreFixture;

/** Affiliations, links between people and notes on a real store. */
class RelationsAndNotesTest {

    private static ContactService contacts;
    private static ContactRelations relations;
    private static ContactNotes notes;

    @BeforeAll
    static void openStore() {
        StoreStatus status = StoreFixture.memory("relations-" + UUID.randomUUID());
        assertEquals(StoreStatus.State.OPEN, status.state(), () -> status.failure().map(Throwable::getMessage).orElse(""));
        contacts = StoreFixture.service(ContactService.class);
        relations = StoreFixture.service(ContactRelations.class);
        notes = StoreFixture.service(ContactNotes.class);
    }

    private static boolean found(String text, UUID id) {
        return contacts.search(ContactQuery.text(text)).stream().anyMatch(c -> c.id().equals(id));
    }

    @Test
    void anAffiliatedPersonIsFoundByTheOrganisationNameAndLosesItWhenItEnds() {
        Person chloe = contacts.save(Person.named("Chloé", "Martin"), Locale.ENGLISH);
        Organisation cidrerie = contacts.save(Organisation.named("Cidrerie du Pays de Caux"), Locale.ENGLISH);
        assertTrue(!found("cidrerie martin", chloe.id()));

        Affiliation owner = relations.affiliate(new Affiliation(null, chloe.id(), cidrerie.id(), "owner", "Gérante",
                LocalDate.of(2019, 3, 1), null), Locale.ENGLISH);
        assertTrue(found("cidrerie martin", chloe.id()), "found by her organisation's name");
        assertEquals(List.of(owner), relations.affiliations(chloe.id()));
        assertEquals(List.of(owner), relations.members(cidrerie.id()));

        contacts.save(new Organisation(cidrerie.id(), "Maison Caux Cidre", null, null, null, null, null, null, null,
                java.util.Set.of(), java.util.Set.of(), java.util.Set.of()), Locale.ENGLISH);
        assertTrue(found("maison caux", chloe.id()), "renaming the organisation renames what its people are found by");
        assertTrue(!found("cidrerie martin", chloe.id()));

        relations.removeAffiliation(owner.id());
        assertTrue(!found("maison caux", chloe.id()));
        assertTrue(relations.affiliations(chloe.id()).isEmpty());
    }

    @Test
    void affiliationsAreCheckedBeforeAnythingIsWritten() {
        Person tom = contacts.save(Person.named("Tom", "Hughes"), Locale.ENGLISH);
        ValidationException refused = assertThrows(ValidationException.class, () -> relations.affiliate(new Affiliation(null,
                tom.id(), UUID.randomUUID(), "x".repeat(101), null, LocalDate.of(2024, 1, 1), LocalDate.of(2023, 1, 1)),
                Locale.ENGLISH));
        assertEquals(List.of("role", "to", "organisation"), refused.problems().stream().map(ValidationProblem::field).toList());
        assertTrue(relations.affiliations(tom.id()).isEmpty());
    }

    @Test
    void linksAreTypedOncePerPairAndNeverToOneself() {
        Person mentor = contacts.save(Person.named("Margaret", "Lane"), Locale.ENGLISH);
        Person mentee = contacts.save(Person.named("Lucas", "Bernard"), Locale.ENGLISH);
        PersonLink link = relations.link(mentor.id(), mentee.id(), "mentor", Locale.ENGLISH);
        assertEquals("MENTOR", link.kind());
        assertEquals(link, relations.link(mentor.id(), mentee.id(), "MENTOR", Locale.ENGLISH), "the same tie twice is one tie");
        assertEquals(List.of(link), relations.links(mentee.id()));
        ValidationException self = assertThrows(ValidationException.class,
                () -> relations.link(mentor.id(), mentor.id(), "friend of", Locale.FRENCH));
        assertEquals(List.of("kind", "to"), self.problems().stream().map(ValidationProblem::field).toList());
        assertTrue(self.problems().get(1).message().contains("elle-même"), self.problems().toString());
        relations.unlink(link.id());
        assertTrue(relations.links(mentee.id()).isEmpty());
    }

    @Test
    void notesAreAppendedNewestFirstAndStoredAsPlainText() throws InterruptedException {
        Person sam = contacts.save(Person.named("Sam", "Okafor"), Locale.ENGLISH);
        Note first = notes.add(sam.id(), "hbrown", "Met at the Brighton export breakfast.", Locale.ENGLISH);
        Thread.sleep(2);
        String markup = "<script>alert('x')</script>'; DROP TABLE CONTACT_NOTE; --";
        Note second = notes.add(sam.id(), "jdupont", markup, Locale.ENGLISH);
        assertEquals(List.of(second, first), notes.notes(sam.id()));
        assertEquals(markup, notes.notes(sam.id()).get(0).text(), "kept exactly as written");

        ValidationException tooLong = assertThrows(ValidationException.class,
                () -> notes.add(sam.id(), "hbrown", "x".repeat(ContactNotes.MAX_LENGTH + 1), Locale.ENGLISH));
        assertTrue(tooLong.problems().get(0).message().contains("20000") || tooLong.problems().get(0).message().contains("20,000"),
                tooLong.problems().toString());
        assertThrows(ValidationException.class, () -> notes.add(UUID.randomUUID(), "hbrown", "Lost", Locale.ENGLISH));
        assertEquals(2, notes.notes(sam.id()).size());
    }
}
