package org.liaison.contacts.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.liaison.contacts.ConsentChannel;
import org.liaison.contacts.ConsentLedger;
import org.liaison.contacts.ConsentPurpose;
import org.liaison.contacts.ContactMerger;
import org.liaison.contacts.ContactNotes;
import org.liaison.contacts.ContactQuery;
import org.liaison.contacts.ContactService;
import org.liaison.contacts.DataProtection;
import org.liaison.contacts.Email;
import org.liaison.contacts.Person;
import org.liaison.contacts.Phone;
import org.liaison.contacts.io.ContactImporter;
import org.liaison.contacts.io.ImportDecision;
import org.liaison.contacts.io.ImportPlan;
import org.liaison.contacts.io.ImportPreview;
import org.liaison.core.validation.ValidationException;
import org.liaison.store.Sql;
import org.liaison.store.Store;
import org.liaison.store.StoreStatus;
import org.liaison.store.changes.CapturedChange;
import org.liaison.store.changes.Operation;
import org.liaison.store.changes.Outbox;
import org.liaison.test.support.PersonalTraces;
import org.liaison.test.support.StoreFixture;

/** Consent, subject access and erasure on a real store. */
class DataProtectionTest {

    private static ContactService contacts;
    private static ConsentLedger consents;
    private static DataProtection protection;

    @BeforeAll
    static void openStore() {
        StoreStatus status = StoreFixture.memory("protection-" + UUID.randomUUID());
        assertEquals(StoreStatus.State.OPEN, status.state(), () -> status.failure().map(Throwable::getMessage).orElse(""));
        contacts = StoreFixture.service(ContactService.class);
        consents = StoreFixture.service(ConsentLedger.class);
        protection = StoreFixture.service(DataProtection.class);
    }

    private static Person hannah() {
        Person p = Person.named("Hannah", "Walker").withContacts(List.of(new Email("hannah.walker@downs-foods.co.uk", true)),
                List.of(new Phone("01273 777888", Phone.Kind.WORK)));
        return contacts.save(p.withTags(Set.of("food")), Locale.ENGLISH);
    }

    @Test
    void theLatestConsentEntryDecidesAndGrantsLapse() {
        UUID id = hannah().id();
        Instant now = Instant.now();
        consents.record(id, ConsentPurpose.NEWSLETTER, ConsentChannel.EMAIL, true, "signed form, Brighton fair", "form 118",
                now.plus(Duration.ofDays(365)), Locale.ENGLISH);
        assertTrue(consents.granted(id, ConsentPurpose.NEWSLETTER, ConsentChannel.EMAIL, Instant.now()));
        assertFalse(consents.granted(id, ConsentPurpose.NEWSLETTER, ConsentChannel.EMAIL, now.plus(Duration.ofDays(400))), "lapsed");
        assertFalse(consents.granted(id, ConsentPurpose.EVENT_INVITATIONS, ConsentChannel.EMAIL, Instant.now()), "other purpose");
        consents.record(id, ConsentPurpose.NEWSLETTER, ConsentChannel.EMAIL, false, "unsubscribe link", null, null, Locale.ENGLISH);
        assertFalse(consents.granted(id, ConsentPurpose.NEWSLETTER, ConsentChannel.EMAIL, Instant.now()), "withdrawn");
        assertEquals(2, consents.history(id).size(), "append-only: both entries kept");
        ValidationException noSource = assertThrows(ValidationException.class, () -> consents.record(id,
                ConsentPurpose.INTRODUCTIONS, ConsentChannel.PHONE, true, " ", null, null, Locale.FRENCH));
        assertTrue(noSource.getMessage().contains("field source"), noSource.getMessage());
    }

    @Test
    void everythingHeldAboutAPersonIsExportedAsJson() {
        UUID id = hannah().id();
        consents.record(id, ConsentPurpose.INTRODUCTIONS, ConsentChannel.EMAIL, true, "asked in a meeting", null, null, Locale.ENGLISH);
        String json = protection.export(id);
        for (String expected : List.of("\"givenName\" : \"Hannah\"", "hannah.walker@downs-foods.co.uk", "+441273777888",
                "\"food\"", "INTRODUCTIONS", "asked in a meeting")) {
            assertTrue(json.contains(expected), expected + " in\n" + json);
        }
    }

    @Test
    void anErasedPersonIsScrubbedEverywhereAndNeverImportedAgain() throws Exception {
        Outbox outbox = StoreFixture.service(Outbox.class);
        UUID id = hannah().id();
        consents.record(id, ConsentPurpose.NEWSLETTER, ConsentChannel.EMAIL, true, "form", null, null, Locale.ENGLISH);
        List<CapturedChange> before = outbox.after(0, Integer.MAX_VALUE);
        long last = before.isEmpty() ? 0 : before.get(before.size() - 1).sequence();

        protection.erase(id);

        assertTrue(contacts.person(id).isEmpty(), "no longer readable");
        assertTrue(contacts.search(ContactQuery.text("hannah walker")).stream().noneMatch(c -> c.id().equals(id)), "in no list");
        assertTrue(protection.suppressed("Hannah.Walker@downs-foods.co.uk"));
        assertTrue(protection.suppressed("+441273777888"));
        List<CapturedChange> erasure = outbox.after(last, 1000);
        assertTrue(erasure.stream().anyMatch(c -> c.table().equals("CONTACT_PERSON") && c.rowId().equals(id)
                && c.operation() == Operation.UPDATE && Boolean.TRUE.equals(c.fields().get("ERASED"))
                && c.fields().containsKey("GIVEN_NAME") && c.fields().get("GIVEN_NAME") == null), "the scrub travels by sync");
        assertTrue(erasure.stream().anyMatch(c -> c.table().equals("CONTACT_EMAIL") && c.operation() == Operation.DELETE));
        assertTrue(erasure.stream().noneMatch(c -> String.valueOf(c.fields()).contains("Hannah")), "nothing personal in the outbox");

        Path file = Files.createTempFile("again", ".csv");
        Files.writeString(file, "First name,Last name,Email\nHannah,Walker,hannah.walker@downs-foods.co.uk\n");
        ContactImporter importer = StoreFixture.service(ContactImporter.class);
        ImportPreview preview = importer.preview(file, 5);
        ImportPlan plan = importer.plan(file, preview.dialect(), preview.mapping(), "GB", Locale.ENGLISH);
        assertEquals(1, plan.invalidRows());
        assertTrue(plan.rows().get(0).problems().get(0).message().contains("asked for their data to be erased"));
    }

    @Test
    void anErasureLeavesNoCopyBehindAndNeitherRevertingAnImportNorUndoingAMergeBringsThePersonBack() throws Exception {
        Person gwen = contacts.save(Person.named("Gwendolyn", "Featherstonehaugh").withContacts(
                List.of(new Email("gwen@featherstone-ales.co.uk", true)), List.of(new Phone("01273 918273", Phone.Kind.WORK))),
                Locale.ENGLISH);
        Path file = Files.createTempFile("update", ".csv");
        Files.writeString(file, "First name,Last name,Email,City\nGwendolyn,Featherstonehaugh,gwen@featherstone-ales.co.uk,Lewes\n");
        ContactImporter importer = StoreFixture.service(ContactImporter.class);
        ImportPreview preview = importer.preview(file, 5);
        ImportPlan plan = importer.plan(file, preview.dialect(), preview.mapping(), "GB", Locale.ENGLISH);
        UUID update = importer.apply(plan, Map.of(2, ImportDecision.UPDATE), false, Locale.ENGLISH).importId();
        Person twin = contacts.save(Person.named("Gwen", "Featherstonehaugh").withContacts(
                List.of(new Email("gwen.f@featherstone-ales.co.uk", true)), List.of()), Locale.ENGLISH);
        ContactMerger merger = StoreFixture.service(ContactMerger.class);
        UUID merge = merger.merge(gwen.id(), twin.id(), Set.of(), Locale.ENGLISH);
        StoreFixture.service(ContactNotes.class).add(gwen.id(), "anna", "Gwendolyn Featherstonehaugh wants a Rouen brewer; "
                + "call her on 01273 918273", Locale.ENGLISH);
        consents.record(gwen.id(), ConsentPurpose.NEWSLETTER, ConsentChannel.EMAIL, true, "reply from GWEN@FEATHERSTONE-ALES.CO.UK",
                "Gwendolyn's e-mail of 2 December", null, Locale.ENGLISH);
        Store store = StoreFixture.service(Store.class);
        List<String> before = PersonalTraces.in(store, "01273 918273", "gwen@featherstone-ales.co.uk");
        assertTrue(before.contains("CONTACT_NOTE.TEXT: 01273 918273") && before.contains("CONTACT_CONSENT.SOURCE: gwen@featherstone-ales.co.uk"),
                () -> "the search finds the note and the consent entry before the erasure: " + before);

        protection.erase(gwen.id());
        importer.revert(update);
        assertThrows(IllegalStateException.class, () -> merger.undo(merge, Locale.ENGLISH), "a merge of an erased person stays");

        assertTrue(contacts.person(gwen.id()).isEmpty(), "still erased");
        assertEquals(1, store.read(connection -> Sql.count(connection,
                "SELECT COUNT(*) FROM CONTACT_PERSON WHERE ID = ? AND ERASED AND GIVEN_NAME IS NULL", gwen.id())));
        assertEquals(List.of(), PersonalTraces.in(store, "gwendolyn", "featherston", "+441273918273", "01273 918273"),
                "no table holds the erased person, her notes, consent entries, the outbox and what merges and imports kept included");
    }

    @Test
    void theSuppressionListHoldsNoUnkeyedDigestOfAnErasedAddress() throws Exception {
        Person ruth = contacts.save(Person.named("Ruth", "Quennell").withContacts(List.of(new Email("ruth@quennell-farm.co.uk", true)),
                List.of(new Phone("01273 604512", Phone.Kind.WORK))), Locale.ENGLISH);
        protection.erase(ruth.id());
        assertTrue(protection.suppressed("ruth@quennell-farm.co.uk") && protection.suppressed("+441273604512"));
        Store store = StoreFixture.service(Store.class);
        for (String value : List.of("ruth@quennell-farm.co.uk", "+441273604512")) {
            for (String algorithm : List.of("SHA-256", "SHA-1", "MD5", "SHA-512")) {
                String digest = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance(algorithm)
                        .digest(value.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
                assertEquals(0, store.read(connection -> Sql.count(connection,
                        "SELECT COUNT(*) FROM CONTACT_SUPPRESSION WHERE LOWER(HASH) = ?", digest)),
                        "a copy of the database alone must not let anyone test " + algorithm + " of every number against it");
            }
        }
    }
}
