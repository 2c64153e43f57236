package org.liaison.contacts.ui.internal;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.fieldassist.ControlDecoration;
import org.eclipse.jface.fieldassist.FieldDecorationRegistry;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.liaison.contacts.ContactRole;
import org.liaison.contacts.ContactService;
import org.liaison.contacts.Email;
import org.liaison.contacts.Person;
import org.liaison.contacts.Phone;
import org.liaison.contacts.PostalAddress;
import org.liaison.contacts.Readiness;
import org.liaison.core.i18n.Messages;
import org.liaison.core.validation.ValidationException;
import org.liaison.core.validation.ValidationProblem;

/**
 * A new person: the fields staff fill in first. Saving checks every field; each wrong one gets
 * its message beside it and nothing is saved until all are right.
 */
public class PersonDialog extends TitleAreaDialog {

    private static final List<String> REGIONS = List.of("", "GB-ESX", "FR-76", "FR-27");
    private static final List<String> LANGUAGES = List.of("", "en", "fr");

    private final ContactService contacts;
    private final Messages texts;
    private final Map<String, Control> fields = new LinkedHashMap<>();
    private final Map<Control, ControlDecoration> decorations = new HashMap<>();
    private Text givenName;
    private Text familyName;
    private Text email;
    private Text phone;
    private Combo region;
    private Combo language;
    private Combo readiness;
    private Combo role;

    public PersonDialog(Shell parent, ContactService contacts, Messages texts) {
        super(parent);
        this.contacts = contacts;
        this.texts = texts;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(texts.get("person.title"));
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        setTitle(texts.get("person.title"));
        setMessage(texts.get("person.message"));
        Composite area = (Composite) super.createDialogArea(parent);
        Composite form = new Composite(area, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(2).margins(16, 12).spacing(14, 8).applyTo(form);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(form);
        givenName = text(form, "person.givenName", "givenName");
        familyName = text(form, "person.familyName", "familyName");
        email = text(form, "person.email", "emails");
        phone = text(form, "person.phone", "phones");
        region = combo(form, "person.region", "region", REGIONS, false);
        language = combo(form, "person.language", "preferredLanguage",
                LANGUAGES.stream().map(l -> l.isEmpty() ? texts.get("language.none") : l).toList(), true);
        readiness = combo(form, "person.readiness", "readiness",
                List.of(Readiness.values()).stream().map(r -> texts.get("readiness." + r.name())).toList(), true);
        role = combo(form, "person.role", "role",
                List.of(ContactRole.values()).stream().map(r -> texts.get("role." + r.name())).toList(), true);
        role.select(ContactRole.OTHER.ordinal());
        return area;
    }

    private Text text(Composite form, String label, String field) {
        new Label(form, SWT.NONE).setText(texts.get(label));
        Text text = new Text(form, SWT.BORDER);
        GridDataFactory.fillDefaults().grab(true, false).hint(300, SWT.DEFAULT).indent(8, 0).applyTo(text);
        register(field, text);
        return text;
    }

    private Combo combo(Composite form, String label, String field, List<String> items, boolean readOnly) {
        new Label(form, SWT.NONE).setText(texts.get(label));
        Combo combo = new Combo(form, readOnly ? SWT.READ_ONLY : SWT.DROP_DOWN);
        items.forEach(combo::add);
        combo.select(0);
        GridDataFactory.fillDefaults().grab(true, false).indent(8, 0).applyTo(combo);
        register(field, combo);
        return combo;
    }

    private void register(String field, Control control) {
        fields.put(field, control);
        ControlDecoration decoration = new ControlDecoration(control, SWT.LEFT | SWT.TOP);
        decoration.setImage(FieldDecorationRegistry.getDefault().getFieldDecoration(FieldDecorationRegistry.DEC_ERROR).getImage());
        decoration.hide();
        decorations.put(control, decoration);
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, texts.get("button.save"), true);
        createButton(parent, IDialogConstants.CANCEL_ID, texts.get("button.cancel"), false);
    }

    @Override
    protected void okPressed() {
        decorations.values().forEach(ControlDecoration::hide);
        try {
            contacts.save(person(), texts.locale());
            super.okPressed();
        } catch (ValidationException e) {
            for (ValidationProblem problem : e.problems()) {
                Control control = fields.getOrDefault(problem.field(), familyName);
                ControlDecoration decoration = decorations.get(control);
                decoration.setDescriptionText(problem.message());
                decoration.show();
            }
            ValidationProblem first = e.problems().get(0);
            setErrorMessage(first.message());
            fields.getOrDefault(first.field(), familyName).setFocus();
        }
    }

    private Person person() {
        String preferred = LANGUAGES.get(Math.max(0, language.getSelectionIndex()));
        return new Person(null, givenName.getText(), familyName.getText(), preferred.isEmpty() ? null : preferred, Set.of(),
                region.getText().isBlank() ? null : region.getText(), PostalAddress.NONE,
                ContactRole.values()[Math.max(0, role.getSelectionIndex())],
                Readiness.values()[Math.max(0, readiness.getSelectionIndex())], null, null, null,
                email.getText().isBlank() ? List.of() : List.of(new Email(email.getText(), true)),
                phone.getText().isBlank() ? List.of() : List.of(new Phone(phone.getText(), Phone.Kind.OTHER)), Set.of(),
                List.of());
    }
}
