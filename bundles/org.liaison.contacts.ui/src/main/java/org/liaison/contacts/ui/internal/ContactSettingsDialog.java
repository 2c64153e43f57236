package org.liaison.contacts.ui.internal;

import java.util.Arrays;
import java.util.List;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.TabFolder;
import org.eclipse.swt.widgets.TabItem;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.liaison.contacts.CustomField;
import org.liaison.contacts.CustomFieldType;
import org.liaison.contacts.Segment;
import org.liaison.core.i18n.Messages;
import org.liaison.core.validation.ValidationException;

/** What a network adds to its contacts: custom fields, and the customer segments organisations are put in. */
final class ContactSettingsDialog extends TitleAreaDialog {

    private final ContactsServices services;
    private final Messages texts;
    private Table fields;
    private Table segments;

    ContactSettingsDialog(Shell parent, ContactsServices services, Messages texts) {
        super(parent);
        this.services = services;
        this.texts = texts;
        setShellStyle(getShellStyle() | SWT.RESIZE);
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(texts.get("settings.title"));
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        setTitle(texts.get("settings.title"));
        setMessage(texts.get("settings.message"));
        Composite area = (Composite) super.createDialogArea(parent);
        TabFolder tabs = new TabFolder(area, SWT.TOP);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(tabs);
        tab(tabs, "settings.fields", fieldsTab(tabs));
        tab(tabs, "settings.segments", segmentsTab(tabs));
        showFields();
        showSegments();
        return area;
    }

    private void tab(TabFolder tabs, String key, Control control) {
        TabItem item = new TabItem(tabs, SWT.NONE);
        item.setText(texts.get(key));
        item.setControl(control);
    }

    private Composite fieldsTab(Composite tabs) {
        Composite root = new Composite(tabs, SWT.NONE);
        GridLayoutFactory.swtDefaults().applyTo(root);
        fields = table(root, "field.key", "field.type", "field.labelEn", "field.labelFr", "field.choices", "field.owner");
        Composite form = new Composite(root, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(4).applyTo(form);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(form);
        Text key = TabParts.labelledText(form, texts, "field.key");
        new Label(form, SWT.NONE).setText(texts.get("field.type"));
        Combo type = new Combo(form, SWT.READ_ONLY);
        Arrays.stream(CustomFieldType.values()).forEach(t -> type.add(texts.get("fieldType." + t.name())));
        type.select(0);
        Text labelEn = TabParts.labelledText(form, texts, "field.labelEn");
        Text labelFr = TabParts.labelledText(form, texts, "field.labelFr");
        Text choices = TabParts.labelledText(form, texts, "field.choicesHint");
        Button define = new Button(form, SWT.PUSH);
        define.setText(texts.get("field.define"));
        Label error = TabParts.errorLine(root);
        define.addListener(SWT.Selection, e -> {
            error.setText("");
            try {
                services.customFields().define(new CustomField(key.getText().strip(), CustomFieldType.values()[type.getSelectionIndex()],
                        labelEn.getText(), labelFr.getText(), Arrays.asList(choices.getText().split(",")), null), texts.locale());
                for (Text text : List.of(key, labelEn, labelFr, choices)) {
                    text.setText("");
                }
                showFields();
            } catch (ValidationException problem) {
                error.setText(problem.problems().get(0).message());
            }
            root.layout(true, true);
        });
        return root;
    }

    private Composite segmentsTab(Composite tabs) {
        Composite root = new Composite(tabs, SWT.NONE);
        GridLayoutFactory.swtDefaults().applyTo(root);
        segments = table(root, "segment.code", "field.labelEn", "field.labelFr");
        Composite form = new Composite(root, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(4).applyTo(form);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(form);
        Text code = TabParts.labelledText(form, texts, "segment.code");
        Text labelEn = TabParts.labelledText(form, texts, "field.labelEn");
        Text labelFr = TabParts.labelledText(form, texts, "field.labelFr");
        Button save = new Button(form, SWT.PUSH);
        save.setText(texts.get("segment.save"));
        Label error = TabParts.errorLine(root);
        segments.addListener(SWT.Selection, e -> { // choosing a segment puts it in the form, to rename it
            Segment chosen = services.contacts().segments().get(segments.getSelectionIndex());
            code.setText(chosen.code());
            labelEn.setText(chosen.labelEn());
            labelFr.setText(chosen.labelFr());
        });
        save.addListener(SWT.Selection, e -> {
            error.setText("");
            try {
                services.contacts().save(new Segment(code.getText(), labelEn.getText(), labelFr.getText()), texts.locale());
                for (Text text : List.of(code, labelEn, labelFr)) {
                    text.setText("");
                }
                showSegments();
            } catch (ValidationException problem) {
                error.setText(problem.problems().get(0).message());
            }
            root.layout(true, true);
        });
        return root;
    }

    private Table table(Composite parent, String... columns) {
        Table table = new Table(parent, SWT.BORDER | SWT.FULL_SELECTION);
        table.setHeaderVisible(true);
        for (String column : columns) {
            TableColumn c = new TableColumn(table, SWT.NONE);
            c.setText(texts.get(column));
            c.setWidth(130);
        }
        GridDataFactory.fillDefaults().grab(true, true).hint(620, 180).applyTo(table);
        return table;
    }

    private void showFields() {
        fields.removeAll();
        for (CustomField field : services.customFields().fields()) {
            new TableItem(fields, SWT.NONE).setText(new String[] { field.key(), texts.get("fieldType." + field.type().name()),
                    field.labelEn(), field.labelFr(), String.join(", ", field.choices()), field.owner() });
        }
    }

    private void showSegments() {
        segments.removeAll();
        for (Segment segment : services.contacts().segments()) {
            new TableItem(segments, SWT.NONE).setText(new String[] { segment.code(), segment.labelEn(), segment.labelFr() });
        }
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, texts.get("button.close"), true);
    }
}
