package org.liaison.contacts.ui;

import java.util.List;
import java.util.Locale;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.liaison.contacts.ContactQuery;
import org.liaison.contacts.ContactService;
import org.liaison.contacts.ContactSummary;
import org.liaison.core.i18n.Messages;
import org.liaison.ui.LatestRead;

/**
 * Choosing a contact by typing part of a name: the contacts found are listed below as one types,
 * read in the background. For the forms of any area that names a contact.
 *
 * @since 1.1
 */
public final class ContactPicker {

    private static final int SHOWN = 8;

    private final Composite control;
    private final Text search;
    private final org.eclipse.swt.widgets.List found;
    private final Label status;
    private final ContactService contacts;
    private final Messages texts;
    private List<ContactSummary> results = List.of();
    private ContactSummary chosen;
    private final LatestRead searching;
    private Runnable changed = () -> {
    };

    /** A picker in {@code parent}, a grid whose column it fills, speaking the language of {@code locale}. */
    public ContactPicker(Composite parent, ContactService contacts, Locale locale) {
        this.contacts = contacts;
        this.texts = PickerTexts.in(locale);
        this.searching = new LatestRead(texts.get("job.search"), texts.get("picker.failed"));
        control = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().applyTo(control);
        GridDataFactory.fillDefaults().grab(true, false).indent(8, 0).applyTo(control);
        search = new Text(control, SWT.BORDER | SWT.SEARCH);
        search.setMessage(texts.get("picker.hint"));
        GridDataFactory.fillDefaults().grab(true, false).hint(320, SWT.DEFAULT).applyTo(search);
        found = new org.eclipse.swt.widgets.List(control, SWT.BORDER | SWT.SINGLE | SWT.V_SCROLL);
        GridDataFactory.fillDefaults().grab(true, false).hint(320, found.getItemHeight() * 4).applyTo(found);
        status = new Label(control, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(status);
        search.addListener(SWT.Modify, e -> {
            chosen = null; // typing again means choosing again: nobody is kept from before
            found.deselectAll();
            changed.run();
            find(search.getText());
        });
        found.addListener(SWT.Selection, e -> {
            int index = found.getSelectionIndex();
            chosen = index < 0 ? null : results.get(index);
            changed.run();
        });
    }

    /** The picker itself, to lay out. */
    public Composite control() {
        return control;
    }

    /** The field typed in. */
    public Text search() {
        return search;
    }

    /** Runs {@code action} on the UI thread whenever the contact chosen changes. */
    public void onChange(Runnable action) {
        changed = action;
    }

    /** The contact chosen, or {@code null}. */
    public ContactSummary chosen() {
        return chosen;
    }

    /** Shows {@code contact} as chosen, as if it had been found and picked. */
    public void choose(ContactSummary contact) {
        results = List.of(contact);
        found.setItems(contact.name());
        found.select(0);
        chosen = contact;
    }

    private void find(String text) {
        if (text.isBlank()) {
            searching.cancel();
            return;
        }
        searching.start(found, status, () -> contacts.search(ContactQuery.text(text).page(0, SHOWN)), list -> {
                    results = list;
                    found.setItems(list.stream().map(c -> c.region() == null ? c.name() : c.name() + " (" + c.region() + ")")
                            .toArray(String[]::new));
                    status.setText(list.isEmpty() ? texts.get("picker.none") : "");
                    if (list.size() == 1) {
                        found.select(0);
                        chosen = list.get(0);
                        changed.run();
                    }
                });
    }
}
