package org.liaison.contacts.ui.internal;

import java.util.UUID;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.TabFolder;
import org.eclipse.swt.widgets.TabItem;
import org.eclipse.swt.widgets.Text;
import org.liaison.contacts.ContactSummary;
import org.liaison.contacts.ui.ContactTab;
import org.liaison.core.i18n.Messages;
import org.liaison.core.validation.ValidationException;
import org.liaison.ui.FormErrors;

/**
 * The editor of a person or an organisation: a Details tab checked as a whole on Save (each wrong
 * field marked beside it, nothing saved until all are right), and for a saved contact the tabs
 * of what is recorded about it.
 */
abstract class ContactDialog extends TitleAreaDialog {

    protected final ContactsServices services;
    protected final Messages texts;
    protected final FormErrors errors = new FormErrors();

    ContactDialog(Shell parent, ContactsServices services, Messages texts) {
        super(parent);
        this.services = services;
        this.texts = texts;
        setShellStyle(getShellStyle() | SWT.RESIZE);
    }

    /** The window's title: the contact's name, or "New ..." */
    protected abstract String heading();

    protected abstract String message();

    /** The Details tab's form, filled from the contact when there is one. */
    protected abstract Composite details(Composite tabs);

    /** The tabs after Details (none for a contact not saved yet). */
    protected abstract void moreTabs(TabFolder tabs);

    /** Checks and saves what the form says. */
    protected abstract void save();

    /** Where a problem of no particular field is shown. */
    protected abstract Control firstField();

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(heading());
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        setTitle(heading());
        setMessage(message());
        Composite area = (Composite) super.createDialogArea(parent);
        TabFolder tabs = new TabFolder(area, SWT.TOP);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(tabs);
        tab(tabs, "tab.details", details(tabs));
        moreTabs(tabs);
        return area;
    }

    /** The tabs the other areas add, for a saved contact. */
    protected void contributedTabs(TabFolder tabs, ContactSummary.Kind kind, UUID id) {
        for (ContactTab contributed : services.contactTabs()) {
            TabItem item = new TabItem(tabs, SWT.NONE);
            item.setText(contributed.title(texts.locale()));
            item.setControl(contributed.create(tabs, kind, id, texts.locale()));
        }
    }

    protected void tab(TabFolder tabs, String key, Control control) {
        TabItem item = new TabItem(tabs, SWT.NONE);
        item.setText(texts.get(key));
        item.setControl(control);
    }

    /** A form of {@code columns} label-and-field pairs a row. */
    protected static Composite form(Composite parent, int columns) {
        Composite form = new Composite(parent, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(2 * columns).margins(16, 12).spacing(14, 6).applyTo(form);
        return form;
    }

    /** A labelled text field whose problems (reported under {@code field}) are marked beside it. */
    protected Text text(Composite form, String label, String field) {
        new Label(form, SWT.NONE).setText(texts.get(label));
        Text text = new Text(form, SWT.BORDER);
        GridDataFactory.fillDefaults().grab(true, false).hint(220, SWT.DEFAULT).indent(8, 0).applyTo(text);
        errors.register(field, text);
        return text;
    }

    FormErrors errors() {
        return errors;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, texts.get("button.save"), true);
        createButton(parent, IDialogConstants.CANCEL_ID, texts.get("button.cancel"), false);
    }

    @Override
    protected void okPressed() {
        errors.clear();
        try {
            save();
            super.okPressed();
        } catch (ValidationException e) {
            setErrorMessage(errors.show(e, firstField()));
        }
    }

    protected static String nonNull(String text) {
        return text == null ? "" : text;
    }

    /** The field's text, or {@code null} when it is blank. */
    protected static String blank(Text text) {
        return text.getText().isBlank() ? null : text.getText().strip();
    }
}
