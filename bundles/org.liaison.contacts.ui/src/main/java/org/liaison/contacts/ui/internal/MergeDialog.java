package org.liaison.contacts.ui.internal;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.liaison.contacts.ContactMerger;
import org.liaison.contacts.DuplicatePair;
import org.liaison.contacts.Email;
import org.liaison.contacts.Organisation;
import org.liaison.contacts.Person;
import org.liaison.core.i18n.Messages;

/**
 * Two records side by side: for people, which value of each field to keep (the left one by
 * default); emails, phones, tags and everything attached are united. Organisations keep the left
 * record's values where it has them.
 */
final class MergeDialog extends TitleAreaDialog {

    private final ContactsServices services;
    private final Messages texts;
    private final DuplicatePair pair;
    private final boolean people;
    private final Map<ContactMerger.Field, Button> fromRight = new LinkedHashMap<>();
    private UUID mergeId;

    MergeDialog(Shell parent, ContactsServices services, Messages texts, DuplicatePair pair, boolean people) {
        super(parent);
        this.services = services;
        this.texts = texts;
        this.pair = pair;
        this.people = people;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(texts.get("merge.title"));
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        setTitle(texts.get("merge.title"));
        setMessage(texts.get(people ? "merge.message" : "merge.organisationMessage") + "\n" + String.join("; ", pair.reasons()));
        Composite area = (Composite) super.createDialogArea(parent);
        Composite grid = new Composite(area, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(3).margins(16, 12).spacing(16, 6).applyTo(grid);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(grid);
        if (people) {
            Person left = services.contacts().person(pair.first()).orElseThrow();
            Person right = services.contacts().person(pair.second()).orElseThrow();
            header(grid);
            row(grid, ContactMerger.Field.GIVEN_NAME, left, right, Person::givenName);
            row(grid, ContactMerger.Field.FAMILY_NAME, left, right, Person::familyName);
            row(grid, ContactMerger.Field.PREFERRED_LANGUAGE, left, right, Person::preferredLanguage);
            row(grid, ContactMerger.Field.REGION, left, right, Person::region);
            row(grid, ContactMerger.Field.ADDRESS, left, right, p -> join(p.address().street(), p.address().postcode(), p.address().city()));
            row(grid, ContactMerger.Field.ROLE, left, right, p -> texts.get("role." + p.role().name()));
            row(grid, ContactMerger.Field.READINESS, left, right, p -> texts.get("readiness." + p.readiness().name()));
            row(grid, ContactMerger.Field.SOURCE, left, right, Person::source);
            row(grid, ContactMerger.Field.OWNER_STAFF, left, right, Person::ownerStaff);
            united(grid, "merge.emails", String.join(", ", left.emails().stream().map(Email::address).toList()),
                    String.join(", ", right.emails().stream().map(Email::address).toList()));
        } else {
            Organisation left = services.contacts().organisation(pair.first()).orElseThrow();
            Organisation right = services.contacts().organisation(pair.second()).orElseThrow();
            header(grid);
            united(grid, "organisation.name", left.name(), right.name());
            united(grid, "organisation.companiesHouse", nonNull(left.companiesHouseNumber()), nonNull(right.companiesHouseNumber()));
            united(grid, "organisation.siren", nonNull(left.siren()), nonNull(right.siren()));
            united(grid, "organisation.vat", nonNull(left.vatNumber()), nonNull(right.vatNumber()));
            united(grid, "organisation.sectors", String.join(", ", left.sectors()), String.join(", ", right.sectors()));
        }
        return area;
    }

    private void header(Composite grid) {
        new Label(grid, SWT.NONE);
        for (String key : new String[] { "merge.kept", "merge.merged" }) {
            Label label = new Label(grid, SWT.NONE);
            label.setText(texts.get(key));
        }
    }

    private void row(Composite grid, ContactMerger.Field field, Person left, Person right, Function<Person, String> value) {
        new Label(grid, SWT.NONE).setText(texts.get("merge.field." + field.name()));
        Composite choices = new Composite(grid, SWT.NO_RADIO_GROUP);
        GridLayoutFactory.fillDefaults().numColumns(2).equalWidth(true).applyTo(choices);
        GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(choices);
        Button keep = new Button(choices, SWT.RADIO);
        keep.setText(shown(value.apply(left)));
        keep.setSelection(true);
        Button take = new Button(choices, SWT.RADIO);
        take.setText(shown(value.apply(right)));
        for (Button button : new Button[] { keep, take }) {
            GridDataFactory.fillDefaults().grab(true, false).hint(220, SWT.DEFAULT).applyTo(button);
            button.addListener(SWT.Selection, e -> {
                keep.setSelection(e.widget == keep);
                take.setSelection(e.widget == take);
            });
        }
        fromRight.put(field, take);
    }

    private void united(Composite grid, String label, String left, String right) {
        new Label(grid, SWT.NONE).setText(texts.get(label));
        for (String value : new String[] { left, right }) {
            Label shown = new Label(grid, SWT.WRAP);
            shown.setText(shown(value));
            GridDataFactory.fillDefaults().grab(true, false).hint(220, SWT.DEFAULT).applyTo(shown);
        }
    }

    private String shown(String value) {
        return value == null || value.isBlank() ? texts.get("merge.empty") : value;
    }

    private static String nonNull(String value) {
        return value == null ? "" : value;
    }

    private static String join(String... parts) {
        return String.join(", ", java.util.Arrays.stream(parts).filter(p -> p != null && !p.isBlank()).toList());
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, texts.get("merge.button"), true);
        createButton(parent, IDialogConstants.CANCEL_ID, texts.get("button.cancel"), false);
    }

    @Override
    protected void okPressed() {
        if (people) {
            Set<ContactMerger.Field> chosen = EnumSet.noneOf(ContactMerger.Field.class);
            fromRight.forEach((field, button) -> {
                if (button.getSelection()) {
                    chosen.add(field);
                }
            });
            mergeId = services.merger().merge(pair.first(), pair.second(), chosen, texts.locale());
        } else {
            mergeId = services.merger().mergeOrganisations(pair.first(), pair.second(), texts.locale());
        }
        super.okPressed();
    }

    UUID mergeId() {
        return mergeId;
    }
}
