package org.liaison.contacts.ui.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.TabFolder;
import org.eclipse.swt.widgets.Text;
import org.liaison.contacts.Barrier;
import org.liaison.contacts.BarrierKind;
import org.liaison.contacts.ContactRole;
import org.liaison.contacts.ContactSummary;
import org.liaison.contacts.Email;
import org.liaison.contacts.Person;
import org.liaison.contacts.Phone;
import org.liaison.contacts.PhoneNumbers;
import org.liaison.contacts.PostalAddress;
import org.liaison.contacts.Readiness;
import org.liaison.core.i18n.Messages;
import org.liaison.core.validation.ValidationException;
import org.liaison.core.validation.ValidationProblem;
import org.liaison.ui.Dialogs;

/**
 * A person: the details staff fill in first and, once saved, their consent, notes, organisations,
 * custom fields and timeline. Saving checks every field; each wrong one gets its message beside it
 * and nothing is saved until all are right.
 */
public class PersonDialog extends ContactDialog {

    static final int ERASE_ID = IDialogConstants.CLIENT_ID + 1;
    static final int EXPORT_ID = IDialogConstants.CLIENT_ID + 2;
    private static final List<String> LANGUAGES = withNone(FilterPanel.LANGUAGES);

    private final Person existing;
    private Text givenName;
    private Text familyName;
    private Text email;
    private Text phone;
    private Text street;
    private Text postcode;
    private Text city;
    private Text tags;
    private Text source;
    private Text languages;
    private Text owner;
    private Text referredBy;
    private final java.util.Map<BarrierKind, Text> barriers = new java.util.EnumMap<>(BarrierKind.class);
    private Combo region;
    private Combo language;
    private Combo readiness;
    private Combo role;
    private CustomFieldsTab customFields;

    /** @param personId the person to edit, or {@code null} for a new person */
    public PersonDialog(Shell parent, ContactsServices services, Messages texts, UUID personId) {
        super(parent, services, texts);
        this.existing = personId == null ? null : services.contacts().person(personId).orElse(null);
    }

    @Override
    protected String heading() {
        return existing == null ? texts.get("person.title") : existing.displayName();
    }

    @Override
    protected String message() {
        return texts.get(existing == null ? "person.message" : "person.editMessage");
    }

    @Override
    protected void moreTabs(TabFolder tabs) {
        if (existing != null) {
            tab(tabs, "tab.consent", new ConsentTab(tabs, services.consent(), texts, existing.id()).control());
            tab(tabs, "tab.notes", new NotesTab(tabs, services.notes(), texts, existing.id()).control());
            tab(tabs, "tab.organisations", new AffiliationsTab(tabs, services, texts, existing.id()).control());
            tab(tabs, "tab.links", new LinksTab(tabs, services, texts, existing.id()).control());
            customFields = new CustomFieldsTab(tabs, services.customFields(), texts, existing.id());
            tab(tabs, "tab.fields", customFields.control());
            tab(tabs, "tab.timeline", new TimelineTab(tabs, services, texts, existing.id()).control());
            contributedTabs(tabs, ContactSummary.Kind.PERSON, existing.id());
        }
    }

    @Override
    protected Control firstField() {
        return familyName;
    }

    @Override
    protected Composite details(Composite tabs) {
        Composite form = form(tabs, 2);
        givenName = text(form, "person.givenName", "givenName");
        familyName = text(form, "person.familyName", "familyName");
        email = text(form, "person.email", "emails");
        phone = text(form, "person.phone", "phones");
        street = text(form, "person.street", "street");
        postcode = text(form, "person.postcode", "postcode");
        city = text(form, "person.city", "city");
        region = combo(form, "person.region", "region", withNone(FilterPanel.REGIONS), false);
        language = combo(form, "person.language", "preferredLanguage",
                LANGUAGES.stream().map(l -> l.isEmpty() ? texts.get("language.none") : texts.get("language." + l)).toList(), true);
        readiness = combo(form, "person.readiness", "readiness",
                List.of(Readiness.values()).stream().map(r -> texts.get("readiness." + r.name())).toList(), true);
        role = combo(form, "person.role", "role",
                List.of(ContactRole.values()).stream().map(r -> texts.get("role." + r.name())).toList(), true);
        role.select(ContactRole.OTHER.ordinal());
        languages = text(form, "person.languages", "languages");
        tags = text(form, "person.tags", "tags");
        source = text(form, "person.source", "source");
        owner = text(form, "person.owner", "ownerStaff");
        referredBy = text(form, "person.referredBy", "referredBy");
        for (BarrierKind kind : BarrierKind.values()) {
            Text note = text(form, "barrier." + kind.name(), "barriers");
            note.setMessage(texts.get("barrier.hint"));
            barriers.put(kind, note);
        }
        if (existing != null) {
            fill(existing);
        }
        return form;
    }

    private void fill(Person p) {
        givenName.setText(nonNull(p.givenName()));
        familyName.setText(nonNull(p.familyName()));
        p.emails().stream().filter(Email::primary).findFirst().ifPresent(e -> email.setText(e.address()));
        p.phones().stream().findFirst().ifPresent(n -> {
            phone.setText(n.unchecked() ? n.number() : PhoneNumbers.display(n.number()));
            // kept as written by an import: the person editing is told it needs correcting
            phone.setToolTipText(n.unchecked() ? texts.get("person.phoneUnchecked") : null);
        });
        if (p.phones().stream().anyMatch(Phone::unchecked)) {
            setMessage(texts.get("person.phoneUnchecked"), org.eclipse.jface.dialogs.IMessageProvider.WARNING);
        }
        street.setText(nonNull(p.address().street()));
        postcode.setText(nonNull(p.address().postcode()));
        city.setText(nonNull(p.address().city()));
        region.setText(nonNull(p.region()));
        language.select(Math.max(0, LANGUAGES.indexOf(nonNull(p.preferredLanguage()))));
        readiness.select(p.readiness().ordinal());
        role.select(p.role().ordinal());
        tags.setText(String.join(", ", p.tags()));
        source.setText(nonNull(p.source()));
        languages.setText(String.join(", ", new java.util.TreeSet<>(p.languages())));
        owner.setText(nonNull(p.ownerStaff()));
        if (p.referredBy() != null) {
            referredBy.setText(services.contacts().person(p.referredBy()).map(Person::displayName).orElse(""));
        }
        for (Barrier barrier : p.barriers()) {
            // a barrier noted without words still shows, as a dash
            barriers.get(barrier.kind()).setText(barrier.note() == null || barrier.note().isBlank() ? "-" : barrier.note());
        }
    }

    private static List<String> withNone(List<String> values) {
        List<String> all = new ArrayList<>(List.of(""));
        all.addAll(values);
        return all;
    }

    private Combo combo(Composite form, String label, String field, List<String> items, boolean readOnly) {
        new Label(form, SWT.NONE).setText(texts.get(label));
        Combo combo = new Combo(form, readOnly ? SWT.READ_ONLY : SWT.DROP_DOWN);
        items.forEach(combo::add);
        combo.select(0);
        GridDataFactory.fillDefaults().grab(true, false).indent(8, 0).applyTo(combo);
        errors.register(field, combo);
        return combo;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        if (existing != null) {
            createButton(parent, EXPORT_ID, texts.get("button.exportData"), false);
            createButton(parent, ERASE_ID, texts.get("button.erase"), false);
        }
        super.createButtonsForButtonBar(parent);
    }

    @Override
    protected void buttonPressed(int buttonId) {
        if (buttonId == EXPORT_ID) {
            exportData();
            return;
        }
        if (buttonId == ERASE_ID) {
            if (Dialogs.confirm(getShell(), texts.locale(), texts.get("erase.title"), texts.get("erase.confirm", existing.displayName()))) {
                services.dataProtection().erase(existing.id());
                setReturnCode(OK);
                close();
            }
            return;
        }
        super.buttonPressed(buttonId);
    }

    /** Everything held about the person, as JSON they can read: their right of access. */
    private void exportData() {
        org.eclipse.swt.widgets.FileDialog dialog = new org.eclipse.swt.widgets.FileDialog(getShell(), SWT.SAVE);
        dialog.setFilterExtensions(new String[] { "*.json" });
        dialog.setFileName(existing.displayName().replaceAll("[^\\p{L}\\p{N}]+", "-") + ".json");
        dialog.setOverwrite(true);
        String chosen = dialog.open();
        if (chosen != null) {
            try {
                java.nio.file.Files.writeString(java.nio.file.Path.of(chosen), services.dataProtection().export(existing.id()));
                setMessage(texts.get("exportData.done", chosen));
            } catch (java.io.IOException e) {
                setErrorMessage(texts.get("export.failed", chosen, e.getMessage()));
            }
        }
    }

    @Override
    protected void save() {
        services.contacts().save(person(referrer()), texts.locale());
        if (customFields != null) {
            customFields.save();
        }
    }

    /** The person named in "referred by": the one recorded if the name is unchanged, else the one person the words find. */
    private UUID referrer() {
        String words = referredBy.getText().strip();
        if (words.isEmpty()) {
            return null;
        }
        if (existing != null && existing.referredBy() != null && services.contacts().person(existing.referredBy())
                .map(p -> p.displayName().equals(words)).orElse(false)) {
            return existing.referredBy();
        }
        return ContactLookup.unique(services.contacts(), words, ContactSummary.Kind.PERSON, existing == null ? null : existing.id())
                .orElseThrow(() -> new ValidationException(
                List.of(ValidationProblem.field("referredBy", texts.get("link.notFound", words)))));
    }

    private Person person(UUID referrer) {
        String preferred = LANGUAGES.get(Math.max(0, language.getSelectionIndex()));
        Set<String> tagSet = new LinkedHashSet<>();
        Arrays.stream(tags.getText().split("[,;]")).map(String::strip).filter(t -> !t.isEmpty()).forEach(tagSet::add);
        List<Email> emails = new ArrayList<>();
        List<Phone> phones = new ArrayList<>();
        if (existing != null) { // the other addresses and numbers stay; the one shown is the primary one
            existing.emails().stream().filter(e -> !e.primary() && !e.address().equalsIgnoreCase(email.getText().strip()))
                    .forEach(emails::add);
            existing.phones().stream().skip(1).forEach(phones::add);
        }
        if (!email.getText().isBlank()) {
            emails.add(0, new Email(email.getText(), true));
        } else if (!emails.isEmpty()) {
            emails.set(0, new Email(emails.get(0).address(), true));
        }
        if (!phone.getText().isBlank()) {
            Phone shown = existing != null && !existing.phones().isEmpty() ? existing.phones().get(0) : null;
            Phone.Kind kind = shown != null ? shown.kind() : Phone.Kind.OTHER;
            // a number kept as written by an import stays so until someone changes it
            boolean untouched = shown != null && shown.unchecked() && shown.number().equals(phone.getText().strip());
            phones.add(0, untouched ? shown : new Phone(phone.getText(), kind));
        }
        PostalAddress old = existing == null ? PostalAddress.NONE : existing.address();
        PostalAddress address = new PostalAddress(blank(street), blank(postcode), blank(city), old.country(), old.latitude(),
                old.longitude());
        Set<String> spoken = new LinkedHashSet<>();
        Arrays.stream(languages.getText().split("[,;\\s]+")).map(String::strip).filter(l -> !l.isEmpty()).forEach(spoken::add);
        List<Barrier> noted = new ArrayList<>();
        barriers.forEach((kind, note) -> {
            if (!note.getText().isBlank()) {
                noted.add(new Barrier(kind, note.getText().strip().equals("-") ? null : note.getText().strip()));
            }
        });
        return new Person(existing == null ? null : existing.id(), givenName.getText(), familyName.getText(),
                preferred.isEmpty() ? null : preferred, spoken,
                region.getText().isBlank() ? null : region.getText(), address,
                ContactRole.values()[Math.max(0, role.getSelectionIndex())],
                Readiness.values()[Math.max(0, readiness.getSelectionIndex())], blank(source),
                referrer, blank(owner), emails, phones, tagSet, noted);
    }

}
