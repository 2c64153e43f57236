package org.liaison.contacts.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CancellationException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.liaison.contacts.Affiliation;
import org.liaison.contacts.ContactNotes;
import org.liaison.contacts.ContactQuery;
import org.liaison.contacts.ContactRelations;
import org.liaison.contacts.ContactService;
import org.liaison.contacts.Organisation;
import org.liaison.contacts.Person;
import org.liaison.contacts.Phone;
import org.liaison.contacts.io.ContactImporter;
import org.liaison.contacts.io.CsvDialect;
import org.liaison.contacts.io.ImportDecision;
import org.liaison.contacts.io.ImportField;
import org.liaison.contacts.io.ImportPlan;
import org.liaison.contacts.io.ImportPreview;
import org.liaison.contacts.io.ImportRecord;
import org.liaison.contacts.io.ImportResult;
import org.liaison.contacts.io.ImportRow;
import org.liaison.core.validation.ValidationException;
import org.liaison.core.validation.ValidationProblem;
import org.liaison.store.Store;
import org.liaison.store.StoreStatus;
import org.liaison.store.changes.Outbox;
import org.liaison.test.support.StoreFixture;
import org.osgi.framework.FrameworkUtil;

/** Partners' spreadsheets, as they arrive, imported into a real store. */
class CsvImportTest {

    private static ContactImporter importer;
    private static ContactService contacts;

    @BeforeAll
    static void openStore() {
        StoreStatus status = StoreFixture.memory("import-" + UUID.randomUUID());
        assertEquals(StoreStatus.State.OPEN, status.state(), () -> status.failure().map(Throwable::getMessage).orElse(""));
        importer = StoreFixture.service(ContactImporter.class);
        contacts = StoreFixture.service(ContactService.class);
    }

    private static Path fixture(String name) throws IOException {
        Path file = Files.createTempDirectory("import").resolve(name);
        try (InputStream in = FrameworkUtil.getBundle(CsvImportTest.class).getEntry("fixtures/" + name).openStream()) {
            Files.copy(in, file);
        }
        return file;
    }

    private static ImportPlan plan(Path file, String country) throws IOException {
        ImportPreview preview = importer.preview(file, 5);
        return importer.plan(file, preview.dialect(), preview.mapping(), country, Locale.ENGLISH);
    }

    @Test
    void aUtf8FileWithByteOrderMarkIsReadAndImported() throws IOException {
        Path file = fixture("sussex-utf8-bom.csv");
        ImportPreview preview = importer.preview(file, 5);
        assertTrue(preview.dialect().byteOrderMark());
        assertEquals(List.of("First name", "Last name", "Email", "Phone", "Region", "Tags"), preview.headers());
        assertEquals(List.of(ImportField.GIVEN_NAME, ImportField.FAMILY_NAME, ImportField.EMAIL, ImportField.PHONE,
                ImportField.REGION, ImportField.TAGS), preview.mapping());
        ImportPlan plan = importer.plan(file, preview.dialect(), preview.mapping(), "GB", Locale.ENGLISH);
        assertEquals(0, plan.invalidRows());
        ImportResult result = importer.apply(plan, Map.of(), false, Locale.ENGLISH);
        assertEquals(3, result.created());
        UUID zoe = contacts.search(ContactQuery.text("bronte zoe")).get(0).id();
        Person read = contacts.person(zoe).orElseThrow();
        assertEquals("Brontë", read.familyName());
        assertEquals("+447911123456", read.phones().get(0).number());

        ImportPlan again = plan(file, "GB");
        assertEquals(3, again.duplicateRows(), "a second import finds everybody already known");
        assertTrue(again.rows().get(0).duplicateReason().contains("already recorded for Oliver Smith"),
                again.rows().get(0).duplicateReason());
    }

    @Test
    void excelFromFranceWithSemicolonsWindows1252AndMultiLineCells() throws IOException {
        Path file = fixture("normandie-excel.csv");
        ImportPreview preview = importer.preview(file, 5);
        assertEquals(CsvDialect.WINDOWS_1252, preview.dialect().charset());
        assertEquals(';', preview.dialect().delimiter());
        assertEquals(ImportField.NOTES, preview.mapping().get(5), "notes are kept as a note on the person");
        // imported by the Sussex office (default GB): the Région column says these numbers are French
        ImportPlan plan = importer.plan(file, preview.dialect(), preview.mapping(), "GB", Locale.FRENCH);
        assertEquals(List.of(2, 4, 5), plan.rows().stream().map(ImportRow::line).toList(), "the multi-line cell spans lines 2-3");
        assertEquals(0, plan.invalidRows());
        assertEquals("Amélie", plan.rows().get(0).person().givenName());
        assertEquals("+33235123456", plan.rows().get(0).person().phones().get(0).number());
        assertEquals("+33232112233", plan.rows().get(2).person().phones().get(0).number());
    }

    @Test
    void wrongRowsAreReportedByLineAndNothingIsWrittenUnlessOnlyTheValidOnesAreWanted() throws IOException {
        Path file = fixture("tabs-with-problems.csv");
        ImportPlan plan = plan(file, "GB");
        assertEquals(List.of(2, 3, 4, 5, 7), plan.rows().stream().map(ImportRow::line).toList(), "the blank row 6 is skipped");
        ImportRow badEmail = plan.rows().get(1);
        assertEquals(List.of("emails"), badEmail.problems().stream().map(ValidationProblem::field).toList());
        assertTrue(badEmail.problems().get(0).toString().startsWith("line 3, field emails: "), badEmail.problems().toString());
        assertTrue(plan.rows().get(2).problems().get(0).message().contains("3 columns where the header has 4"));
        assertNull(plan.rows().get(3).duplicateOf());
        assertTrue(plan.rows().get(3).duplicateReason().contains("line 2"), plan.rows().get(3).duplicateReason());
        ImportRow tinyPhone = plan.rows().get(4);
        assertTrue(tinyPhone.valid(), "a number that cannot be read is doubtful, not wrong");
        assertTrue(tinyPhone.warnings().get(0).toString().startsWith("line 7, field phones"), tinyPhone.warnings().toString());
        assertEquals(List.of(Phone.unchecked("12", Phone.Kind.OTHER)), tinyPhone.person().phones(), "kept as written, unchecked");

        long before = contacts.count();
        ValidationException refused = assertThrows(ValidationException.class,
                () -> importer.apply(plan, Map.of(), false, Locale.ENGLISH));
        assertEquals(List.of(3, 4), refused.problems().stream().map(ValidationProblem::line).toList());
        assertEquals(before, contacts.count(), "nothing written");

        ImportResult result = importer.apply(plan, Map.of(), true, Locale.ENGLISH);
        assertEquals(2, result.created(), "Harry and Tiny: the duplicate row is left out unless chosen");
        assertEquals(before + 2, contacts.count());
        assertNotNull(contacts.search(ContactQuery.text("harry jones")).get(0));

        assertEquals(2, importer.revert(result.importId()));
        assertEquals(before, contacts.count(), "reverted");
        assertEquals(0, importer.revert(result.importId()), "a second revert does nothing");
    }

    @Test
    void aFileInAnotherEncodingIsRefusedWithAClearMessage() throws IOException {
        Path file = Files.createTempFile("latin", ".csv");
        Files.write(file, "name,email\n".getBytes(StandardCharsets.UTF_8));
        Files.write(file, new byte[] { 'B', 'a', 'd', (byte) 0xC3, ',', 'x', '@', 'y', '.', 'o', 'r', 'g', '\n' },
                java.nio.file.StandardOpenOption.APPEND);
        CsvDialect utf8 = new CsvDialect(StandardCharsets.UTF_8, false, ',');
        ValidationException e = assertThrows(ValidationException.class,
                () -> importer.plan(file, utf8, List.of(ImportField.FAMILY_NAME, ImportField.EMAIL), "GB", Locale.ENGLISH));
        assertTrue(e.getMessage().contains("not written in UTF-8"), e.getMessage());
    }

    @Test
    void duplicatesAreSkippedUnlessChosenAndAnUpdateIsRevertedToWhatWasThere() throws IOException {
        Path file = Files.createTempDirectory("import").resolve("update.csv");
        Files.writeString(file, "Prénom;Nom;Courriel;Étiquettes\nInès;Moreau;ines.moreau@exemple.fr;salon\n");
        ImportResult first = importer.apply(plan(file, "FR"), Map.of(), false, Locale.FRENCH);
        assertEquals(1, first.created());
        UUID ines = contacts.search(ContactQuery.text("ines.moreau@exemple.fr")).get(0).id();

        Files.writeString(file, "Prénom;Nom;Courriel;Étiquettes;Ville\nInès;Moreau-Dupuis;ines.moreau@exemple.fr;export;Dieppe\n"
                + "Paul;Girard;paul.girard@exemple.fr;;Rouen\n");
        ImportPlan again = plan(file, "FR");
        assertEquals(ines, again.rows().get(0).duplicateOf());
        assertEquals(ImportDecision.SKIP, again.rows().get(0).defaultDecision());
        ImportResult skipped = importer.apply(again, Map.of(), false, Locale.FRENCH);
        assertEquals(List.of(1, 0, 1), List.of(skipped.created(), skipped.updated(), skipped.skipped()));
        assertEquals("Moreau", contacts.person(ines).orElseThrow().familyName(), "left alone by default");
        importer.revert(skipped.importId());

        ImportResult updated = importer.apply(again, Map.of(2, ImportDecision.UPDATE), false, Locale.FRENCH);
        assertEquals(List.of(1, 1, 0), List.of(updated.created(), updated.updated(), updated.skipped()));
        Person after = contacts.person(ines).orElseThrow();
        assertEquals("Moreau-Dupuis", after.familyName());
        assertEquals("Dieppe", after.address().city());
        assertEquals(Set.of("salon", "export"), after.tags(), "tags are added, not replaced");
        assertEquals(ImportRecordCheck.of(updated), ImportRecordCheck.of(importer.history().get(0)));

        assertEquals(2, importer.revert(updated.importId()));
        Person reverted = contacts.person(ines).orElseThrow();
        assertEquals("Moreau", reverted.familyName());
        assertEquals(Set.of("salon"), reverted.tags());
        assertTrue(contacts.search(ContactQuery.text("paul girard")).isEmpty(), "the person it created is gone");
        assertNotNull(importer.history().get(0).revertedAt());

        ValidationException nobody = assertThrows(ValidationException.class,
                () -> importer.apply(again, Map.of(3, ImportDecision.UPDATE), false, Locale.ENGLISH));
        assertEquals(3, nobody.problems().get(0).line(), "only a row matching a contact can update it");
        ImportResult leftOut = importer.apply(again, Map.of(3, ImportDecision.UPDATE), true, Locale.ENGLISH);
        assertEquals(List.of(0, 0, 2), List.of(leftOut.created(), leftOut.updated(), leftOut.skipped()),
                "with only the valid rows, an update of nobody is left out, not written");
    }

    @Test
    void aSavedMappingIsOfferedForTheNextFileWithTheSameHeaders() throws IOException {
        Path file = Files.createTempDirectory("import").resolve("mapping.csv");
        Files.writeString(file, "Who,Contact,Notes\nAnna Lee,anna@lee.co.uk,hi\n");
        ImportPreview guessed = importer.preview(file, 5);
        assertEquals(List.of(ImportField.IGNORE, ImportField.IGNORE, ImportField.NOTES), guessed.mapping());
        importer.saveMapping(guessed.headers(), List.of(ImportField.FAMILY_NAME, ImportField.EMAIL, ImportField.IGNORE));
        Path next = file.resolveSibling("next.csv");
        Files.writeString(next, "who, contact ,NOTES\nBen Ng,ben@ng.co.uk,\n");
        assertEquals(List.of(ImportField.FAMILY_NAME, ImportField.EMAIL, ImportField.IGNORE), importer.preview(next, 5).mapping());

        Outbox outbox = StoreFixture.service(Outbox.class);
        long waiting = outbox.size();
        importer.saveMapping(importer.preview(next, 5).headers(), List.of(ImportField.FAMILY_NAME, ImportField.EMAIL, ImportField.IGNORE));
        assertEquals(waiting, outbox.size(), "the mapping remembered already: nothing written, nothing to send");
    }

    @Test
    void aCompanyColumnTiesEachPersonToTheirOrganisationAndARevertRemovesTheOnesItCreated() throws IOException {
        String company = "Seaford Ceramics " + UUID.randomUUID().toString().substring(0, 4);
        Path file = Files.createTempDirectory("import").resolve("companies.csv");
        Files.writeString(file, "First name,Last name,Email,Company\nMaya,Patel,maya@" + company.replace(" ", "") + ".co.uk," + company
                + "\nOwen,Price,owen@" + company.replace(" ", "") + ".co.uk," + company.toUpperCase(Locale.ROOT) + "\n");
        ImportPreview preview = importer.preview(file, 5);
        assertEquals(ImportField.ORGANISATION, preview.mapping().get(3), "a Company header is the organisation");
        ImportResult result = importer.apply(plan(file, "GB"), Map.of(), false, Locale.ENGLISH);
        assertEquals(2, result.created());

        List<org.liaison.contacts.ContactSummary> organisations = contacts.search(ContactQuery.text(company)).stream()
                .filter(c -> c.kind() == org.liaison.contacts.ContactSummary.Kind.ORGANISATION).toList();
        assertEquals(1, organisations.size(), "one organisation for both spellings of its name");
        assertEquals(2, StoreFixture.service(org.liaison.contacts.ContactRelations.class).members(organisations.get(0).id()).size());
        assertEquals(3, contacts.search(ContactQuery.text(company)).size(), "the people are found by their organisation's name");

        importer.revert(result.importId());
        assertTrue(contacts.search(ContactQuery.text(company)).isEmpty(), "the people and the organisation it created are gone");
    }

    @Test
    void someoneNamedAlikeAtTheSameOrganisationIsTakenForThePersonRecordedThere() throws IOException {
        String suffix = UUID.randomUUID().toString().substring(0, 4);
        Organisation seine = contacts.save(Organisation.named("Seine Logistique SARL " + suffix), Locale.ENGLISH);
        Person helene = contacts.save(Person.named("Hélène", "Lefèvre"), Locale.ENGLISH);
        StoreFixture.service(ContactRelations.class).affiliate(new Affiliation(null, helene.id(), seine.id(), "OWNER", "Gérante",
                null, null), Locale.ENGLISH);
        Path file = Files.createTempDirectory("import").resolve("colleagues.csv");
        Files.writeString(file, "First name,Last name,Email,Company\n"
                + "Helene,Lefevre,h.lefevre@nouvelle-adresse.fr,Seine Logistique " + suffix + "\n" // her new address
                + "Helene,Lefevre,helene@ailleurs.fr,Atelier Caux " + suffix + "\n" // a namesake elsewhere
                + "Marc,Dubois,marc@seine-logistique.fr,SEINE LOGISTIQUE " + suffix + " SARL\n"
                + "Marc,Duboys,marc.d@seine-logistique.fr,Seine Logistique " + suffix + "\n"); // line 4, misspelt again
        List<ImportRow> rows = plan(file, "FR").rows();

        assertEquals(helene.id(), rows.get(0).duplicateOf(), "a name alike at her organisation, another email");
        assertTrue(rows.get(0).duplicateReason().contains("Seine Logistique SARL " + suffix), rows.get(0).duplicateReason());
        assertEquals(ImportDecision.SKIP, rows.get(0).defaultDecision());
        assertNull(rows.get(1).duplicateReason(), "the same name at another organisation is someone else");
        assertNull(rows.get(2).duplicateReason(), "another name at the same organisation is someone else");
        assertNull(rows.get(3).duplicateOf());
        assertEquals("a name like that of line 4, at the same organisation (Seine Logistique " + suffix + ")",
                rows.get(3).duplicateReason(), "an earlier row of the file with a name alike there");

        ImportPlan plan = plan(file, "FR");
        importer.apply(plan, Map.of(2, ImportDecision.UPDATE), false, Locale.ENGLISH);
        UUID marc = contacts.search(ContactQuery.text("marc@seine-logistique.fr")).get(0).id();
        assertEquals(List.of(seine.id()), StoreFixture.service(ContactRelations.class).affiliations(marc).stream()
                .map(Affiliation::organisationId).toList(), "tied to the organisation recorded, found as the duplicate check found it");
        Person updated = contacts.person(helene.id()).orElseThrow();
        assertEquals(List.of("h.lefevre@nouvelle-adresse.fr"), updated.emails().stream().map(e -> e.address()).toList(),
                "her new address added");
        assertEquals("Hélène Lefèvre", updated.displayName(), "her name as recorded, not the row's spelling without accents");
    }

    @Test
    void aLegalIdColumnFindsTheOrganisationWhateverItsNameAndIsCheckedLikeAnyField() throws IOException {
        String siren = "443061841";
        Organisation caux = contacts.save(new Organisation(null, "Transports du Pays de Caux SAS", null, siren, null, null, null,
                "FR-76", null, Set.of(), Set.of(), Set.of()), Locale.FRENCH);
        Person yann = contacts.save(Person.named("Yann", "Le Gall"), Locale.FRENCH);
        StoreFixture.service(ContactRelations.class).affiliate(new Affiliation(null, yann.id(), caux.id(), "OWNER", "Gérant", null,
                null), Locale.FRENCH);
        Path file = Files.createTempDirectory("import").resolve("siren.csv");
        Files.writeString(file, "Prénom;Nom;Courriel;Entreprise;SIRET\n"
                + "Yann;Le Gall;yann@caux-transports.fr;Caux Transports;443 061 841 00047\n" // another name, its SIRET
                + "Anaïs;Roux;anais@caux-transports.fr;Caux Transports;44306184100047\n"
                + "Luc;Petit;luc@ailleurs.fr;Ailleurs;443061842\n"); // a SIREN that fails its check
        ImportPreview preview = importer.preview(file, 5);
        assertEquals(ImportField.ORGANISATION_ID, preview.mapping().get(4), "a SIRET header is the organisation's legal id");
        ImportPlan plan = plan(file, "FR");
        assertEquals(yann.id(), plan.rows().get(0).duplicateOf(), "his organisation found by its SIREN, not its name");
        assertEquals(siren, plan.rows().get(1).organisationId());
        ValidationProblem wrongId = plan.rows().get(2).problems().get(0);
        assertEquals(4, wrongId.line());
        assertEquals("organisation_id", wrongId.field());

        ImportResult result = importer.apply(plan, Map.of(), true, Locale.FRENCH);
        assertEquals(1, result.created(), "Anaïs; Yann is skipped as known, Luc's row is wrong");
        UUID anais = contacts.search(ContactQuery.text("anais@caux-transports.fr")).get(0).id();
        assertEquals(List.of(caux.id()), StoreFixture.service(ContactRelations.class).affiliations(anais).stream()
                .map(Affiliation::organisationId).toList(), "tied to the organisation with that SIREN");
    }

    @Test
    void anImportCancelledWhileItWritesStopsWithinASecondAndLeavesNothingBehind() throws IOException {
        Path file = Files.createTempDirectory("import").resolve("large.csv");
        StringBuilder csv = new StringBuilder("First name,Last name,Email,Tags\n");
        for (int i = 0; i < 50_000; i++) { // a write of seconds even with the code warmed up by the tests before
            csv.append("Ada").append(i).append(",Cancelled,ada").append(i).append("@cancelled-import.co.uk,newsletter\n");
        }
        Files.writeString(file, csv);
        ImportPlan plan = plan(file, "GB");
        long before = contacts.count();
        int imports = importer.history().size();
        Store store = StoreFixture.service(Store.class);
        AtomicLong writing = new AtomicLong();
        AtomicLong cancelled = new AtomicLong();
        long[] ended = new long[1];
        // Cancel is pressed as soon as the database is seen writing the people, in a write of seconds: what the
        // rollback then undoes is small, as the rollback takes about as long as the writing did
        assertThrows(CancellationException.class, () -> {
            try {
                importer.apply(plan, Map.of(), false, Locale.ENGLISH, () -> {
                    if (writing.get() == 0 && writingPeople(store)) {
                        writing.set(System.nanoTime());
                    }
                    if (writing.get() == 0) {
                        return false;
                    }
                    cancelled.compareAndSet(0, System.nanoTime());
                    return true;
                });
            } finally {
                ended[0] = System.nanoTime();
            }
        });
        assertTrue(cancelled.get() > 0, "Cancel was pressed while the people were written");
        long stoppedAfter = TimeUnit.NANOSECONDS.toMillis(ended[0] - cancelled.get());
        System.out.println("Cancel stopped the import's write after " + stoppedAfter + " ms");
        // the request seen (every 100 ms), the part of the batch under way, the rollback
        assertTrue(stoppedAfter < 1_000, "stopped " + stoppedAfter + " ms after Cancel");
        assertEquals(before, contacts.count(), "nobody written");
        assertEquals(imports, importer.history().size(), "no import recorded");
        assertTrue(contacts.search(ContactQuery.text("cancelled-import.co.uk")).isEmpty());

        long whole = System.nanoTime();
        assertEquals(50_000, importer.apply(plan, Map.of(), false, Locale.ENGLISH).created(), "the same plan imports afterwards");
        long write = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - whole);
        assertTrue(write > 2_000, "the whole write takes " + write + " ms: longer than Cancel and its bound, or the bound proves nothing");
    }

    /** Whether a session of the store is inserting people (the import's transaction). */
    private static boolean writingPeople(Store store) {
        return store.read(connection -> {
            try (PreparedStatement query = connection.prepareStatement("SELECT COUNT(*) FROM INFORMATION_SCHEMA.SESSIONS "
                    + "WHERE EXECUTING_STATEMENT LIKE 'INSERT INTO CONTACT_PERSON %'"); ResultSet count = query.executeQuery()) {
                count.next();
                return count.getInt(1) > 0;
            }
        });
    }

    /** What an import says it did, as its result and as its history line. */
    private record ImportRecordCheck(UUID id, int created, int updated) {
        static ImportRecordCheck of(ImportResult result) {
            return new ImportRecordCheck(result.importId(), result.created(), result.updated());
        }

        static ImportRecordCheck of(ImportRecord record) {
            return new ImportRecordCheck(record.id(), record.created(), record.updated());
        }
    }

    @Test
    void peopleOfAnImportLargeEnoughToWriteTheirWordsLaterAreFoundByTheirOrganisationsName() throws Exception {
        Path file = Files.createTempDirectory("import").resolve("many.csv");
        StringBuilder rows = new StringBuilder("First name,Last name,Email,Company,Job title\n");
        java.util.Random random = new java.util.Random(7);
        for (int i = 0; i < 1_200; i++) { // names unlike each other, as colleagues named alike would be taken for one person
            rows.append(word(random, 7)).append(',').append(word(random, 9)).append(",ann").append(i).append("@quill.test,")
                    .append(i % 2 == 0 ? "Zephyrine Looms Ltd" : "Obsidian Kettles SARL").append(",Weaver\n");
        }
        Files.writeString(file, rows);
        ImportResult result = importer.apply(plan(file, "GB"), Map.of(), false, Locale.ENGLISH);
        assertEquals(1_200, result.created());
        while (contacts.awaitingSearchWords() > 0) {
            Thread.sleep(100);
        }
        assertEquals(600, contacts.search(new ContactQuery("zephyrine", org.liaison.contacts.ContactFilter.NONE, 0, 1_000)).stream()
                .filter(c -> c.kind() == org.liaison.contacts.ContactSummary.Kind.PERSON).count(),
                "found by the name of the organisation the import tied them to");
        Person one = contacts.person(contacts.findByEmailOrPhone("ann7@quill.test").orElseThrow()).orElseThrow();
        assertEquals("Weaver", StoreFixture.service(ContactRelations.class).affiliations(one.id()).get(0).title());
        assertEquals(1_202, importer.revert(result.importId()), "the people and the two organisations it created");
    }

    @Test
    void aListOfEmailsAloneIsImportedWholeAndASheetWithAUrlColumnIsNotTakenForLinkedIn() throws IOException {
        Path emails = Files.createTempDirectory("import").resolve("emails.csv");
        Files.writeString(emails, "Email\nuna@lone.test\nduo@lone.test\n");
        ImportPlan plan = plan(emails, "GB");
        assertEquals(List.of(2, 3), plan.rows().stream().filter(ImportRow::valid).map(ImportRow::line).toList(),
                "rows of one cell are rows, not a footer, in a file of one column");
        assertEquals(List.of(), plan.skippedLines());

        Path sheet = emails.resolveSibling("sheet.csv");
        Files.writeString(sheet, "Name,Company,Position,Email,URL\nRhiannon Pryce,Pryce Cider,Owner,rhi@pryce.test,https://pryce.test\n");
        ImportPreview preview = importer.preview(sheet, 5);
        assertEquals(org.liaison.contacts.io.ExportProgram.SPREADSHEET, preview.program(), "LinkedIn's files always have Connected On");
        assertEquals(ImportField.WEBSITE, preview.mapping().get(4), "a company's website, not a LinkedIn profile");
    }

    @Test
    void aLinkedInProfileIsRecognisedHoweverItsAddressWasCopied() throws IOException {
        Path file = Files.createTempDirectory("import").resolve("Connections.csv");
        Files.writeString(file, "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
                + "Tamsin,Rowe,https://www.linkedin.com/in/tamsin-rowe-42,,,Weaver,01 Dec 2026\n");
        assertEquals(1, importer.apply(plan(file, "GB"), Map.of(), false, Locale.ENGLISH).created());
        Files.writeString(file, "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
                + "Tamsin,Rowe,http://uk.linkedin.com/in/Tamsin-Rowe-42/?originalSubdomain=uk,,,Weaver,01 Dec 2026\n");
        ImportPlan again = plan(file, "GB");
        assertTrue(again.rows().get(0).duplicate(), "the same profile: " + again.rows().get(0));
    }

    @Test
    void revertingAnImportThatUpdatedSomeoneRemovesTheNoteAndFieldsItAddedThem() throws IOException {
        Path file = Files.createTempDirectory("import").resolve("update-extras.csv");
        Files.writeString(file, "First name,Last name,Email\nGwen,Tudor,gwen@tudor.test\n");
        importer.apply(plan(file, "GB"), Map.of(), false, Locale.ENGLISH);
        UUID gwen = contacts.findByEmailOrPhone("gwen@tudor.test").orElseThrow();
        Files.writeString(file, "First name,Last name,Email,Department,Notes\nGwen,Tudor,gwen@tudor.test,Export,\"Met in Caen.\nCall back.\"\n");
        ImportPlan again = plan(file, "GB");
        ImportResult updated = importer.apply(again, Map.of(2, ImportDecision.UPDATE), false, Locale.ENGLISH);
        assertEquals(1, updated.updated());
        ContactNotes notes = StoreFixture.service(ContactNotes.class);
        org.liaison.contacts.CustomFields fields = StoreFixture.service(org.liaison.contacts.CustomFields.class);
        assertEquals(1, notes.notes(gwen).size());
        assertEquals(Map.of("contacts.department", "Export"), fields.values(gwen));
        importer.revert(updated.importId());
        assertEquals(List.of(), notes.notes(gwen), "the note the import added is gone");
        assertEquals(Map.of(), fields.values(gwen), "and the field it filled");
    }

    @Test
    void someoneErasedWhoseOnlyNumberWasToCheckIsNotImportedAgain() throws IOException {
        Path file = Files.createTempDirectory("import").resolve("unchecked.csv");
        Files.writeString(file, "Name,Telephone,Town\nMorwenna Trevithick,01736 12,Penzance\n");
        ImportResult first = importer.apply(plan(file, "GB"), Map.of(), false, Locale.ENGLISH);
        assertEquals(1, first.created());
        UUID morwenna = contacts.search(ContactQuery.text("morwenna trevithick")).get(0).id();
        assertEquals(List.of(Phone.unchecked("01736 12", Phone.Kind.OTHER)), contacts.person(morwenna).orElseThrow().phones());
        StoreFixture.service(org.liaison.contacts.DataProtection.class).erase(morwenna);
        ImportPlan again = plan(file, "GB");
        assertTrue(again.rows().get(0).problems().get(0).message().contains("01736 12"), again.rows().get(0).problems().toString());

        Path card = file.resolveSibling("erased.vcf");
        Files.writeString(card, "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Penhaligon;Jago;;;\r\nEMAIL:Jago.Penhaligon@Kernow.test\r\nEND:VCARD\r\n");
        assertEquals(1, importer.apply(importer.planCards(card, "GB", Locale.ENGLISH, cards -> true), Map.of(), false, Locale.ENGLISH)
                .created());
        StoreFixture.service(org.liaison.contacts.DataProtection.class).erase(contacts.findByEmailOrPhone("jago.penhaligon@kernow.test")
                .orElseThrow());
        ImportPlan cardAgain = importer.planCards(card, "GB", Locale.ENGLISH, cards -> true);
        assertTrue(!cardAgain.rows().get(0).valid() && cardAgain.rows().get(0).problems().get(0).message().contains("erased"),
                "a card of someone erased is left out: " + cardAgain.rows().get(0).problems());
    }

    private static String word(java.util.Random random, int length) {
        StringBuilder word = new StringBuilder().append((char) ('A' + random.nextInt(26)));
        for (int i = 1; i < length; i++) {
            word.append((char) ('a' + random.nextInt(26)));
        }
        return word.toString();
    }

    @Test
    void aQuoteNeverClosedInAFileOfManyMegabytesIsNamedWithItsLineAndReadNoFurtherThanItsBound() throws IOException {
        Path file = Files.createTempFile("unclosed", ".csv");
        try (var out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("First name,Last name,Email\nAnn,Baker,ann@baker.test\nBen,\"Carter,ben@carter.test\n");
            String filler = "a line of a cell that goes on, as a quote was never closed\n".repeat(1_000);
            for (int i = 0; i < 1_200; i++) { // 70 MB
                out.write(filler);
            }
        }
        ImportPreview preview = importer.preview(file, 1);
        ValidationException e = assertThrows(ValidationException.class,
                () -> importer.plan(file, preview.dialect(), preview.mapping(), "GB", Locale.ENGLISH));
        assertEquals(3, e.problems().get(0).line(), e.getMessage());
        assertTrue(e.getMessage().contains("quote"), e.getMessage());
        Files.delete(file);

        Path shorter = Files.createTempFile("unclosed", ".csv");
        Files.writeString(shorter, "First name,Last name,Email\nAnn,Baker,ann@baker.test\nBen,\"Carter,ben@carter.test\n");
        ValidationException atTheEnd = assertThrows(ValidationException.class,
                () -> importer.plan(shorter, preview.dialect(), preview.mapping(), "GB", Locale.FRENCH));
        assertEquals(3, atTheEnd.problems().get(0).line(), atTheEnd.getMessage());
        assertTrue(atTheEnd.getMessage().contains("guillemet"), atTheEnd.getMessage());
    }
}
