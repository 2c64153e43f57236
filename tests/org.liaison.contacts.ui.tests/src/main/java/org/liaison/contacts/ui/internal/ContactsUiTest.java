package org.liaison.contacts.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.eclipse.jface.window.Window;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.liaison.contacts.ContactQuery;
import org.liaison.contacts.Person;
import org.liaison.core.i18n.Messages;
import org.liaison.store.StoreStatus;
import org.liaison.test.support.StoreFixture;
import org.liaison.ui.FormErrors;

/**
 * The contact dialogs and views as real SWT windows on a virtual display, in English and in French:
 * the person editor refusing a wrong email beside the field, the import wizard from file to review,
 * duplicates and the merge dialog (the list and its commands are driven in the whole window by
 * the desktop's workbench tests). Each step is pictured in target/screenshots.
 */
class ContactsUiTest {

    private static Display display;
    private static ContactsServices services;

    @BeforeAll
    static void open() throws Exception {
        display = UiTestDisplay.open();
        StoreStatus status = StoreFixture.memory("contacts-ui-" + UUID.randomUUID());
        assertEquals(StoreStatus.State.OPEN, status.state(), () -> status.failure().map(Throwable::getMessage).orElse(""));
        services = StoreFixture.service(ContactsServices.class);
    }

    @AfterAll
    static void close() {
        for (Shell shell : display.getShells()) {
            shell.dispose();
        }
    }

    private static Button button(Shell shell, String text) {
        return UiTestDisplay.find(shell, Button.class, b -> text.equals(b.getText()), "button " + text);
    }

    private static Text field(Shell shell, String field) {
        return UiTestDisplay.find(shell, Text.class, t -> field.equals(t.getData(FormErrors.FIELD)), "field " + field);
    }

    private static void press(Button button) {
        button.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
    }

    @ParameterizedTest(name = "the person editor in {0}")
    @ValueSource(strings = { "en", "fr" })
    void thePersonEditorShowsEachWrongFieldAndSavesOnceRight(String language) throws Exception {
        Messages texts = ContactsTexts.in(Locale.forLanguageTag(language));
        Shell parent = new Shell(display);
        PersonDialog dialog = new PersonDialog(parent, services, texts, null);
        dialog.setBlockOnOpen(false);
        dialog.open();
        Shell shell = dialog.getShell();
        String family = "Lefèvre-" + language + UUID.randomUUID().toString().substring(0, 4);
        field(shell, "givenName").setText("Amélie");
        field(shell, "familyName").setText(family);
        field(shell, "emails").setText("amelie.at.rouen");
        field(shell, "phones").setText("12");
        press(button(shell, texts.get("button.save")));

        assertFalse(shell.isDisposed(), "nothing saved while a field is wrong");
        assertTrue(dialog.errors().showing("emails"));
        assertTrue(dialog.errors().showing("phones"));
        assertFalse(dialog.errors().showing("familyName"));
        // the dialog's message area shows the first problem
        String shown = UiTestDisplay.find(shell, Text.class,
                t -> t.getData(FormErrors.FIELD) == null && t.getText().contains("amelie.at.rouen"), "the error message").getText();
        assertTrue(shown.contains(language.equals("fr") ? "n\u2019est pas une adresse" : "is not an email address"), shown);
        UiTestDisplay.picture(shell, "person-errors-" + language);

        field(shell, "emails").setText("amelie@atelier-rouen.fr");
        field(shell, "phones").setText("02 35 12 34 56");
        UiTestDisplay.find(shell, org.eclipse.swt.widgets.Combo.class, c -> "region".equals(c.getData(FormErrors.FIELD)), "region")
                .setText("FR-76"); // a number without +33 is read as French because she lives in France
        press(button(shell, texts.get("button.save")));
        assertTrue(shell.isDisposed(), "saved and closed");
        assertEquals(Window.OK, dialog.getReturnCode());
        Person saved = services.contacts().person(services.contacts().search(ContactQuery.text(family)).get(0).id()).orElseThrow();
        assertEquals("+33235123456", saved.phones().get(0).number());

        PersonDialog edit = new PersonDialog(parent, services, texts, saved.id());
        edit.setBlockOnOpen(false);
        edit.open();
        org.eclipse.swt.widgets.TabFolder tabs = UiTestDisplay.find(edit.getShell(), org.eclipse.swt.widgets.TabFolder.class, t -> true, "tabs");
        assertEquals(7, tabs.getItemCount(), "details, consent, notes, organisations, people, more fields, timeline");
        tabs.setSelection(1);
        UiTestDisplay.picture(edit.getShell(), "person-consent-" + language);
        edit.close();
        parent.dispose();
    }

    @ParameterizedTest(name = "a person with a number to check, edited, in {0}")
    @ValueSource(strings = { "en", "fr" })
    void aNumberToCheckIsSaidSoInTheEditorAndKeptAsWrittenUntilCorrected(String language) throws Exception {
        Messages texts = ContactsTexts.in(Locale.forLanguageTag(language));
        String family = "Trevithick-" + language + UUID.randomUUID().toString().substring(0, 4);
        Person imported = services.contacts().save(Person.named("Morwenna", family).withContacts(List.of(),
                List.of(org.liaison.contacts.Phone.unchecked("+33 6 12", org.liaison.contacts.Phone.Kind.MOBILE))), texts.locale());
        Shell parent = new Shell(display);
        PersonDialog edit = new PersonDialog(parent, services, texts, imported.id());
        edit.setBlockOnOpen(false);
        edit.open();
        Shell shell = edit.getShell();
        Text phone = field(shell, "phones");
        assertEquals("+33 6 12", phone.getText(), "as written, not reformatted");
        assertEquals(texts.get("person.phoneUnchecked"), phone.getToolTipText());
        assertEquals(texts.get("person.phoneUnchecked"), edit.getMessage(), "said above the form too");
        UiTestDisplay.picture(shell, "person-number-to-check-" + language);
        field(shell, "givenName").setText("Morwenna Jane");
        press(button(shell, texts.get("button.save")));
        assertTrue(shell.isDisposed(), "another field edited: saved, the number left to check");
        Person saved = services.contacts().person(imported.id()).orElseThrow();
        assertEquals(List.of(org.liaison.contacts.Phone.unchecked("+33 6 12", org.liaison.contacts.Phone.Kind.MOBILE)), saved.phones());

        PersonDialog correct = new PersonDialog(parent, services, texts, imported.id());
        correct.setBlockOnOpen(false);
        correct.open();
        field(correct.getShell(), "phones").setText("+33 6 12 34 56 78");
        press(button(correct.getShell(), texts.get("button.save")));
        assertEquals(List.of(new org.liaison.contacts.Phone("+33612345678", org.liaison.contacts.Phone.Kind.MOBILE)),
                services.contacts().person(imported.id()).orElseThrow().phones(), "corrected: a number like any other");
        parent.dispose();
    }

    @ParameterizedTest(name = "the contacts list and the import wizard in {0}")
    @ValueSource(strings = { "en", "fr" })
    void aSpreadsheetIsImportedThroughTheWizardAndListed(String language) throws Exception {
        Messages texts = ContactsTexts.in(Locale.forLanguageTag(language));
        String marker = "wiz" + language + UUID.randomUUID().toString().substring(0, 4);
        Path file = Files.createTempDirectory("wizard").resolve("partners.csv");
        Files.writeString(file, "Prénom;Nom;Courriel;Téléphone\nNoémie;" + marker + ";noemie@" + marker + ".fr;02 32 11 22 " + (language.equals("fr") ? "33" : "44") + "\n"
                + "Paul;" + marker + ";pas-une-adresse;\n");

        OpenWizard opened = OpenWizard.open(display, services, texts, null);
        ImportWizard wizard = opened.wizard();
        WizardDialog dialog = opened.dialog();
        Shell shell = dialog.getShell();
        button(shell, language.equals("fr") ? "Suivant >" : "Next >"); // in the application's language, not JFace's
        UiTestDisplay.find(shell, Text.class, t -> true, "the file field").setText(file.toString());
        dialog.showPage(dialog.getCurrentPage().getNextPage()); // reads the head of the file
        org.eclipse.swt.widgets.Combo country = UiTestDisplay.find(shell, org.eclipse.swt.widgets.Combo.class,
                c -> c.isVisible() && List.of(c.getItems()).contains(texts.get("country.FR")), "the country of the numbers");
        assertEquals(1, country.getSelectionIndex(), "the French headers propose France for numbers without their code");
        UiTestDisplay.picture(shell, "import-mapping-" + language);
        dialog.showPage(dialog.getCurrentPage().getNextPage()); // checks every row
        Label summary = UiTestDisplay.find(shell, Label.class, l -> l.getText().startsWith("2 "), "the review summary");
        assertTrue(summary.getText().contains("1"), summary.getText());
        Table problems = UiTestDisplay.find(shell, Table.class, t -> t.getItemCount() > 0, "the wrong rows");
        assertEquals("3", problems.getItem(0).getText(0), "the wrong row is named by its line");
        assertFalse(wizard.canFinish(), "not with a wrong row, unless only valid rows are wanted");
        onlyValidRows(shell, texts);
        assertTrue(wizard.canFinish());
        UiTestDisplay.picture(shell, "import-review-" + language);
        opened.finish();
        assertEquals(1, services.contacts().search(ContactQuery.text(marker)).size(), "Noémie only");
        opened.parent().dispose();
    }

    @ParameterizedTest(name = "a spreadsheet with notes above its columns and a total below, in {0}")
    @ValueSource(strings = { "en", "fr" })
    void theHeaderLineIsFoundOrChosenAndDoubtfulRowsAreImportedApartFromWrongOnes(String language) throws Exception {
        Messages texts = ContactsTexts.in(Locale.forLanguageTag(language));
        String marker = "sheet" + language + UUID.randomUUID().toString().substring(0, 4);
        Path file = Files.createTempDirectory("wizard").resolve("members.csv");
        Files.writeString(file, "Bexhill Business Network members,,\nUpdated 28/11/2026,,\n,,\nName,Email,Telephone\n"
                + "Priya " + marker + ",priya@" + marker + ".co.uk,01424 210 21" + (language.equals("fr") ? "1" : "2") + "\n"
                + "Dafydd " + marker + ",dafydd@" + marker + ".co.uk,01424 2\n"
                + "Owain " + marker + ",not-an-address,\n"
                + "Total: 3,,\n");

        OpenWizard opened = OpenWizard.open(display, services, texts, null);
        ImportWizard wizard = opened.wizard();
        WizardDialog dialog = opened.dialog();
        Shell shell = dialog.getShell();
        UiTestDisplay.find(shell, Text.class, t -> true, "the file field").setText(file.toString());
        dialog.showPage(dialog.getCurrentPage().getNextPage());
        UiTestDisplay.find(shell, Label.class, l -> l.getText().equals(texts.get("import.mapping.noProgram")),
                "no program recognised by the columns");
        Spinner headerLine = UiTestDisplay.find(shell, Spinner.class, sp -> true, "the line of the column names");
        assertEquals(4, headerLine.getSelection(), "found past the notes above it");
        UiTestDisplay.find(shell, Label.class, l -> l.getText().equals(texts.get("import.mapping.skipped", 3)), "the lines left out");
        org.eclipse.swt.widgets.Combo country = UiTestDisplay.find(shell, org.eclipse.swt.widgets.Combo.class,
                c -> c.isVisible() && List.of(c.getItems()).contains(texts.get("country.GB")), "the country of the numbers");
        assertEquals(language.equals("fr") ? 1 : 0, country.getSelectionIndex(), "nothing in the file tells: the office's country");
        country.select(0); // these are Bexhill numbers
        country.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
        UiTestDisplay.picture(shell, "import-header-line-" + language);

        headerLine.setSelection(2); // the person chooses another line
        headerLine.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
        assertEquals(List.of("Updated 28/11/2026", "", ""), wizard.preview.headers());
        headerLine.setSelection(4);
        headerLine.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
        assertEquals(List.of("Name", "Email", "Telephone"), wizard.preview.headers());

        dialog.showPage(dialog.getCurrentPage().getNextPage()); // checks every row
        Table wrong = reviewTable(shell, texts, "import.review.problem", "the wrong rows");
        Table doubtful = reviewTable(shell, texts, "import.review.warning", "the rows to check");
        assertEquals(List.of("7"), items(wrong, 0), "the row with no email address that can be written to");
        assertEquals(List.of("6"), items(doubtful, 0), "the row with a number that cannot be read");
        assertEquals(texts.get("formField.phones"), doubtful.getItem(0).getText(1));
        UiTestDisplay.find(shell, Label.class, l -> l.getText().equals(texts.get("import.review.skipped", 4, "1, 2, 3, 8")),
                "the lines left out, notes above and total below");
        onlyValidRows(shell, texts);
        UiTestDisplay.picture(shell, "import-review-warnings-" + language);
        opened.finish();
        assertEquals(2, services.contacts().search(ContactQuery.text(marker)).size(), "Priya, and Dafydd with his number to check");
        assertEquals(1, services.contacts().search(new ContactQuery(marker, org.liaison.contacts.ContactFilter.NONE.withUncheckedPhones(true),
                0, 50)).size(), "Dafydd is found among the people with a number to check");
        opened.parent().dispose();
    }

    @ParameterizedTest(name = "a vCard file cancelled, then imported without its wrong card, in {0}")
    @ValueSource(strings = { "en", "fr" })
    void aVCardFileIsReviewedLikeASpreadsheetAndCancelledWithNothingWritten(String language) throws Exception {
        Messages texts = ContactsTexts.in(Locale.forLanguageTag(language));
        String marker = "card" + language + UUID.randomUUID().toString().substring(0, 4);
        Path file = Files.createTempDirectory("wizard").resolve("phone.vcf");
        Files.writeString(file, "BEGIN:VCARD\r\nVERSION:3.0\r\nN:" + marker + ";Loïc;;;\r\nEMAIL:loic@" + marker + ".fr\r\n"
                + "item1.TEL:06 12 3\r\nitem1.X-ABLabel:_$!<Mobile>!$_\r\nEND:VCARD\r\n"
                + "BEGIN:VCARD\r\nVERSION:3.0\r\nORG:" + marker + " SARL;\r\nEND:VCARD\r\n");
        for (boolean cancel : new boolean[] { true, false }) {
            OpenWizard opened = OpenWizard.open(display, services, texts, file);
            ImportWizard wizard = opened.wizard();
            WizardDialog dialog = opened.dialog();
            Shell shell = dialog.getShell();
            assertEquals(file.toString(), UiTestDisplay.find(shell, Text.class, t -> true, "the file field").getText());
            dialog.showPage(dialog.getCurrentPage().getNextPage()); // straight to the review: a card needs no mapping
            Table wrong = reviewTable(shell, texts, "import.review.problem", "the wrong cards");
            assertEquals(texts.get("import.review.card"), wrong.getColumn(0).getText());
            assertEquals(List.of("2"), items(wrong, 0), "the card that gives nobody, by its number");
            Table doubtful = reviewTable(shell, texts, "import.review.warning", "the cards to check");
            assertEquals(List.of("1"), items(doubtful, 0), "Loïc's number cannot be read");
            if (cancel) {
                UiTestDisplay.picture(shell, "import-vcard-review-" + language);
                press(UiTestDisplay.find(shell, Button.class, b -> Integer.valueOf(org.eclipse.jface.dialogs.IDialogConstants.CANCEL_ID)
                        .equals(b.getData()), "Cancel"));
                assertTrue(shell.isDisposed(), "the wizard is closed");
                assertEquals(0, services.contacts().search(ContactQuery.text(marker)).size(), "cancelled: nothing written");
            } else {
                onlyValidRows(shell, texts);
                opened.finish();
                assertEquals(1, services.contacts().search(ContactQuery.text(marker)).size(), "Loïc, with his number to check");
            }
            opened.parent().dispose();
        }
    }

    /** The review's table whose third column is headed {@code heading}. */
    private static Table reviewTable(Shell shell, Messages texts, String heading, String what) {
        return UiTestDisplay.find(shell, Table.class, t -> t.getColumn(2).getText().equals(texts.get(heading)), what);
    }

    /** Ticks "import only the valid rows", as the person does. */
    private static void onlyValidRows(Shell shell, Messages texts) {
        Button onlyValid = button(shell, texts.get("import.review.onlyValid"));
        onlyValid.setSelection(true);
        press(onlyValid);
    }

    private static List<String> items(Table table, int column) {
        return java.util.Arrays.stream(table.getItems()).map(i -> i.getText(column)).toList();
    }

    @ParameterizedTest(name = "fields and segments in {0}")
    @ValueSource(strings = { "en", "fr" })
    void staffDefineAFieldThatEveryPersonThenHas(String language) throws Exception {
        Messages texts = ContactsTexts.in(Locale.forLanguageTag(language));
        Shell parent = new Shell(display);
        ContactSettingsDialog settings = new ContactSettingsDialog(parent, services, texts);
        settings.setBlockOnOpen(false);
        settings.open();
        Shell shell = settings.getShell();
        String key = "staff.met-at-" + language;
        java.util.List<Text> form = new java.util.ArrayList<>();
        collect(shell, form);
        form.get(0).setText(key); // key, English label, French label, choices: in the order of the form
        form.get(1).setText("Met at");
        form.get(2).setText("Rencontré à");
        press(button(shell, texts.get("field.define")));
        Table defined = UiTestDisplay.find(shell, Table.class, t -> t.getItemCount() > 0, "the fields");
        assertTrue(java.util.Arrays.stream(defined.getItems()).anyMatch(i -> i.getText(0).equals(key)), "listed once defined");
        UiTestDisplay.picture(shell, "settings-" + language);
        settings.close();

        Person someone = services.contacts().save(Person.named("Field", "Test" + language), Locale.ENGLISH);
        PersonDialog edit = new PersonDialog(parent, services, texts, someone.id());
        edit.setBlockOnOpen(false);
        edit.open();
        org.eclipse.swt.widgets.TabFolder tabs = UiTestDisplay.find(edit.getShell(), org.eclipse.swt.widgets.TabFolder.class, t -> true, "tabs");
        tabs.setSelection(5);
        String label = language.equals("fr") ? "Rencontré à" : "Met at";
        UiTestDisplay.find(edit.getShell(), Label.class, l -> l.getText().equals(label), "the new field on a person's More fields tab");
        edit.close();
        parent.dispose();
    }

    @ParameterizedTest(name = "duplicates and the merge dialog in {0}")
    @ValueSource(strings = { "en", "fr" })
    void duplicatesAreListedWithTheirReasonsAndMergedFieldByField(String language) throws Exception {
        Messages texts = ContactsTexts.in(Locale.forLanguageTag(language));
        String family = "Twice" + language + UUID.randomUUID().toString().substring(0, 4);
        String email = family.toLowerCase(Locale.ROOT) + "@example.org";
        Person first = services.contacts().save(Person.named("Amélie", family)
                .withContacts(List.of(new org.liaison.contacts.Email(email, true)), List.of()), Locale.ENGLISH);
        Person second = services.contacts().save(Person.named("Amelie", family.toUpperCase(Locale.ROOT))
                .withContacts(List.of(new org.liaison.contacts.Email(email.toUpperCase(Locale.ROOT), true)), List.of()), Locale.ENGLISH);

        Shell window = new Shell(display);
        window.setLayout(new FillLayout());
        window.setSize(1000, 500);
        Composite part = new Composite(window, SWT.NONE);
        new DuplicatesPart(services, Locale.forLanguageTag(language)).create(part);
        window.open();
        press(button(window, texts.get("duplicates.scan")));
        Table pairs = UiTestDisplay.find(window, Table.class, t -> true, "the duplicates");
        UiTestDisplay.until(display, () -> java.util.Arrays.stream(pairs.getItems()).anyMatch(i -> i.getText(0).contains(family)
                || i.getText(1).contains(family)), "the scan to list the pair");
        int row = java.util.stream.IntStream.range(0, pairs.getItemCount())
                .filter(r -> pairs.getItem(r).getText(0).contains(family) || pairs.getItem(r).getText(1).contains(family))
                .findFirst().orElseThrow();
        assertTrue(pairs.getItem(row).getText(3).contains(email), "the reason names the shared address: " + pairs.getItem(row).getText(3));
        UiTestDisplay.picture(window, "duplicates-" + language);

        org.liaison.contacts.DuplicatePair pair = services.duplicates().scan(texts.locale()).stream()
                .filter(p -> java.util.Set.of(p.first(), p.second()).equals(java.util.Set.of(first.id(), second.id()))).findFirst()
                .orElseThrow();
        MergeDialog merge = new MergeDialog(window, services, texts, pair, true);
        merge.setBlockOnOpen(false);
        merge.open();
        UiTestDisplay.picture(merge.getShell(), "merge-" + language);
        press(button(merge.getShell(), texts.get("merge.button")));
        assertEquals(1, services.contacts().search(ContactQuery.text(family)).size(), "one record left");
        services.merger().undo(merge.mergeId(), texts.locale());
        assertEquals(2, services.contacts().search(ContactQuery.text(family)).size(), "both back after undo");
        window.dispose();
    }

    private static void collect(org.eclipse.swt.widgets.Control control, java.util.List<Text> texts) {
        if (control instanceof Text text && text.isVisible() && (text.getStyle() & SWT.READ_ONLY) == 0) {
            texts.add(text);
        } else if (control instanceof Composite composite) {
            for (org.eclipse.swt.widgets.Control child : composite.getChildren()) {
                collect(child, texts);
            }
        }
    }
}
