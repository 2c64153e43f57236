package org.liaison.contacts.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.liaison.contacts.Affiliation;
import org.liaison.contacts.ConsentChannel;
import org.liaison.contacts.ConsentEvent;
import org.liaison.contacts.ConsentLedger;
import org.liaison.contacts.ConsentPurpose;
import org.liaison.contacts.ContactNotes;
import org.liaison.contacts.ContactQuery;
import org.liaison.contacts.ContactRelations;
import org.liaison.contacts.ContactService;
import org.liaison.contacts.CustomFields;
import org.liaison.contacts.Note;
import org.liaison.contacts.Person;
import org.liaison.contacts.io.ContactImporter;
import org.liaison.contacts.io.ImportPlan;
import org.liaison.contacts.io.ImportPreview;
import org.liaison.contacts.io.ImportResult;
import org.liaison.contacts.io.ImportRow;
import org.liaison.core.validation.ValidationException;
import org.liaison.store.StoreStatus;
import org.liaison.test.support.StoreFixture;
import org.osgi.framework.FrameworkUtil;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Contact files as the usual programs export them (fixtures made from each program's documented
 * columns, with accents, notes over several lines, a number that cannot be read and, where the
 * program writes one, a preamble): every field of every row is read back from the store as the
 * file's {@code .expected.json} says, and importing the file again creates nobody.
 */
class ContactExportsTest {

    private static ContactImporter importer;
    private static ContactService contacts;
    private static ContactRelations relations;
    private static CustomFields fields;
    private static ConsentLedger consents;
    private static ContactNotes notes;

    @BeforeAll
    static void openStore() {
        StoreStatus status = StoreFixture.memory("exports-" + UUID.randomUUID());
        assertEquals(StoreStatus.State.OPEN, status.state(), () -> status.failure().map(Throwable::getMessage).orElse(""));
        importer = StoreFixture.service(ContactImporter.class);
        contacts = StoreFixture.service(ContactService.class);
        relations = StoreFixture.service(ContactRelations.class);
        fields = StoreFixture.service(CustomFields.class);
        notes = StoreFixture.service(ContactNotes.class);
        consents = StoreFixture.service(ConsentLedger.class);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = { "outlook-en.csv", "outlook-fr.csv", "outlook-com.csv", "google.csv", "google-legacy.csv", "linkedin.csv",
            "mailchimp.csv", "brevo.csv", "civicrm.csv", "odoo.csv", "hubspot.csv", "numbers.csv", "excel-uk.csv", "excel-fr.csv" })
    void everyFieldOfEveryRowArrivesAndASecondImportCreatesNobody(String name) throws IOException {
        Path file = fixture(name);
        JsonNode expected = new ObjectMapper().readTree(entry(name.replace(".csv", ".expected.json")));
        ImportPreview preview = importer.preview(file, 5);
        assertEquals(expected.get("program").asText(), preview.program().name(), "the program recognised");
        assertEquals(expected.get("headerLine").asInt(), preview.dialect().headerLine(), "the header line");
        if (expected.has("proposedCountry")) {
            assertEquals(expected.get("proposedCountry").asText(), preview.proposedCountry());
        }
        String country = expected.get("defaultCountry").asText();
        ImportPlan plan = importer.plan(file, preview.dialect(), preview.mapping(), country, Locale.ENGLISH);
        List<Integer> wrong = expected.has("wrong") ? ints(expected.get("wrong")) : List.of();
        assertEquals(wrong, plan.rows().stream().filter(r -> !r.valid()).map(ImportRow::line).toList(),
                () -> plan.rows().stream().flatMap(r -> r.problems().stream()).toList().toString());
        assertEquals(ints(expected.get("skipped")), plan.skippedLines(), "lines left out");
        assertEquals(warnings(expected.get("warnings")), plan.rows().stream().flatMap(r -> r.warnings().stream())
                .map(w -> w.line() + " " + w.field()).sorted().toList(), "warnings, by line and field");

        ImportResult first = importer.apply(plan, Map.of(), !wrong.isEmpty(), Locale.ENGLISH);
        assertEquals(expected.get("people").size(), first.created());
        for (JsonNode person : expected.get("people")) {
            assertPerson(name, person);
        }

        ImportPlan again = importer.plan(file, preview.dialect(), preview.mapping(), country, Locale.ENGLISH);
        assertTrue(again.rows().stream().filter(ImportRow::valid).allMatch(ImportRow::duplicate), () -> again.rows().stream()
                .filter(r -> !r.duplicate()).map(r -> "line " + r.line() + " not recognised").toList().toString());
        assertEquals(0, importer.apply(again, Map.of(), true, Locale.ENGLISH).created(), "a second import creates nobody");
    }

    /** Apple Contacts exports vCard: labels, categories, notes, organisation and address parts are kept, a wrong card is named. */
    @org.junit.jupiter.api.Test
    void cardsFromAppleContactsAreCheckedLikeRowsAndTheWrongOneIsLeftOutOnRequest() throws IOException {
        String name = "apple.vcf";
        Path file = fixture(name);
        JsonNode expected = new ObjectMapper().readTree(entry("apple.expected.json"));
        ImportPlan plan = importer.planCards(file, expected.get("defaultCountry").asText(), Locale.ENGLISH, cards -> true);
        assertEquals(ints(expected.get("wrong")), plan.rows().stream().filter(r -> !r.valid()).map(ImportRow::line).toList(),
                "the card that gives nobody, by its number");
        assertEquals(warnings(expected.get("warnings")), plan.rows().stream().flatMap(r -> r.warnings().stream())
                .map(w -> w.line() + " " + w.field()).sorted().toList(), "warnings, by card and field");
        assertThrows(ValidationException.class, () -> importer.apply(plan, Map.of(), false, Locale.ENGLISH),
                "with a wrong card, nothing unless only the valid ones are wanted");

        assertEquals(2, importer.apply(plan, Map.of(), true, Locale.ENGLISH).created());
        for (JsonNode person : expected.get("people")) {
            assertPerson(name, person);
        }
        ImportPlan again = importer.planCards(file, "GB", Locale.ENGLISH, cards -> true);
        assertEquals(0, importer.apply(again, Map.of(), true, Locale.ENGLISH).created(), "a second import creates nobody");
    }

    @org.junit.jupiter.api.Test
    void aBirthdayWrittenWithItsTimeIsReadAsItsDay() throws IOException {
        Path file = Files.createTempDirectory("export").resolve("timed.vcf");
        Files.writeString(file, "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Pascoe;Jory;;;\r\nEMAIL:jory@pascoe.test\r\nBDAY:19800130T000000Z\r\n"
                + "END:VCARD\r\n");
        ImportPlan plan = importer.planCards(file, "GB", Locale.ENGLISH, cards -> true);
        assertTrue(plan.rows().get(0).valid(), plan.rows().get(0).problems().toString());
        assertEquals(java.time.LocalDate.of(1980, 1, 30), plan.rows().get(0).extras().birthday());
    }

    private static void assertPerson(String file, JsonNode expected) {
        UUID id = find(expected);
        Person person = contacts.person(id).orElseThrow();
        String who = file + ": " + person.displayName() + " ";
        assertEquals(text(expected, "given"), person.givenName(), who + "given name");
        assertEquals(text(expected, "family"), person.familyName(), who + "family name");
        List<String> emails = strings(expected.get("emails"));
        assertEquals(new HashSet<>(emails), new HashSet<>(person.emails().stream().map(e -> e.address()).toList()), who + "emails");
        assertEquals(emails.stream().limit(1).toList(), person.emails().stream().filter(e -> e.primary()).map(e -> e.address()).toList(),
                who + "the first email of the row is the one to write to");
        assertEquals(new HashSet<>(strings(expected.get("phones"))), new HashSet<>(person.phones().stream()
                .map(p -> p.kind() + (p.unchecked() ? " unchecked " : " ") + p.number()).toList()), who + "phones");
        assertEquals(text(expected, "street"), person.address().street(), who + "street");
        assertEquals(text(expected, "postcode"), person.address().postcode(), who + "postcode");
        assertEquals(text(expected, "city"), person.address().city(), who + "city");
        assertEquals(text(expected, "country"), person.address().country(), who + "country");
        assertEquals(text(expected, "region"), person.region(), who + "region");
        if (expected.has("language")) {
            assertEquals(text(expected, "language"), person.preferredLanguage(), who + "language");
        }
        if (expected.has("source")) {
            assertEquals(text(expected, "source"), person.source(), who + "source");
        }
        assertEquals(new HashSet<>(strings(expected.get("tags"))), person.tags(), who + "tags");
        List<Affiliation> affiliations = relations.affiliations(id);
        if (text(expected, "organisation") == null) {
            assertTrue(affiliations.isEmpty(), who + "no organisation");
        } else {
            assertEquals(1, affiliations.size(), who + "one organisation");
            assertEquals(text(expected, "organisation"),
                    contacts.organisation(affiliations.get(0).organisationId()).orElseThrow().name(), who + "organisation");
            assertEquals(text(expected, "title"), affiliations.get(0).title(), who + "job title at the organisation");
        }
        List<ConsentEvent> refusals = consents.history(id).stream().filter(c -> !c.granted() && c.channel() == ConsentChannel.EMAIL)
                .toList();
        assertEquals(expected.has("refusedEmail") ? ConsentPurpose.values().length : 0, refusals.size(),
                who + "the refusal of email the file records, for every purpose");
        Map<String, String> values = new HashMap<>();
        expected.get("fields").fields().forEachRemaining(f -> values.put(f.getKey(), f.getValue().asText()));
        assertEquals(values, fields.values(id), who + "web addresses, department, birthday");
        List<Note> written = notes.notes(id);
        if (text(expected, "note") == null) {
            assertTrue(written.isEmpty(), who + "no note");
        } else {
            assertEquals(1, written.size(), who + "one note");
            assertEquals("From the import of " + file + ":\n\n" + text(expected, "note"), written.get(0).text(), who + "note");
        }
    }

    /** The person the row made: by their email, else by their name. */
    private static UUID find(JsonNode expected) {
        if (!expected.get("emails").isEmpty()) {
            return contacts.findByEmailOrPhone(expected.get("emails").get(0).asText()).orElseThrow();
        }
        String name = (text(expected, "given") + " " + text(expected, "family")).strip();
        return contacts.search(ContactQuery.text(name)).stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow().id();
    }

    private static String text(JsonNode node, String field) {
        return node.get(field) == null || node.get(field).isNull() ? null : node.get(field).asText();
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(v -> values.add(v.asText()));
        return values;
    }

    private static List<Integer> ints(JsonNode array) {
        List<Integer> values = new ArrayList<>();
        array.forEach(v -> values.add(v.asInt()));
        return values;
    }

    private static List<String> warnings(JsonNode array) {
        List<String> found = new ArrayList<>();
        array.forEach(w -> found.add(w.get(0).asInt() + " " + w.get(1).asText()));
        found.sort(Comparator.naturalOrder());
        return found;
    }

    private static InputStream entry(String name) throws IOException {
        return FrameworkUtil.getBundle(ContactExportsTest.class).getEntry("fixtures/exports/" + name).openStream();
    }

    private static Path fixture(String name) throws IOException {
        Path file = Files.createTempDirectory("export").resolve(name);
        try (InputStream in = entry(name)) {
            Files.copy(in, file);
        }
        return file;
    }
}
