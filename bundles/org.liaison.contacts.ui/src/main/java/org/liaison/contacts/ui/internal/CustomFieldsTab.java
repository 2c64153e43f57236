package org.liaison.contacts.ui.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.liaison.contacts.CustomField;
import org.liaison.contacts.CustomFields;
import org.liaison.core.i18n.Messages;

/** The fields a network added, one control each by type; saved with the dialog. */
final class CustomFieldsTab {

    private final CustomFields fields;
    private final Messages texts;
    private final UUID contactId;
    private final Composite root;
    private final Map<CustomField, Control> controls = new LinkedHashMap<>();
    private final Map<String, String> stored;

    CustomFieldsTab(Composite parent, CustomFields fields, Messages texts, UUID contactId) {
        this.fields = fields;
        this.texts = texts;
        this.contactId = contactId;
        root = new Composite(parent, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(2).margins(16, 12).spacing(14, 6).applyTo(root);
        Map<String, String> values = fields.values(contactId);
        this.stored = values;
        List<CustomField> defined = fields.fields();
        if (defined.isEmpty()) {
            new Label(root, SWT.WRAP).setText(texts.get("fields.none"));
        }
        for (CustomField field : defined) {
            new Label(root, SWT.NONE).setText(field.label(texts.locale()));
            String value = values.getOrDefault(field.key(), "");
            Control control = switch (field.type()) {
                case BOOLEAN -> {
                    Button check = new Button(root, SWT.CHECK);
                    check.setSelection("true".equals(value));
                    yield check;
                }
                case CHOICE -> {
                    Combo combo = new Combo(root, SWT.READ_ONLY);
                    combo.add("");
                    field.choices().forEach(combo::add);
                    combo.select(Math.max(0, field.choices().indexOf(value) + 1));
                    yield combo;
                }
                default -> {
                    Text text = new Text(root, SWT.BORDER);
                    text.setText(value);
                    text.setMessage(texts.get("fields.hint." + field.type().name()));
                    yield text;
                }
            };
            GridDataFactory.fillDefaults().grab(true, false).hint(260, SWT.DEFAULT).applyTo(control);
            controls.put(field, control);
        }
    }

    /**
     * Writes the values that changed (an unticked box never ticked stays unset); the first wrong
     * one stops with a {@link org.liaison.core.validation.ValidationException} naming it.
     */
    void save() {
        for (Map.Entry<CustomField, Control> entry : controls.entrySet()) {
            Control control = entry.getValue();
            String key = entry.getKey().key();
            String value = control instanceof Button check ? (check.getSelection() ? "true" : stored.containsKey(key) ? "false" : "")
                    : control instanceof Combo combo ? combo.getText() : ((Text) control).getText();
            if (!value.strip().equals(stored.getOrDefault(key, ""))) {
                fields.set(contactId, key, value, texts.locale());
            }
        }
    }

    Control control() {
        return root;
    }
}
