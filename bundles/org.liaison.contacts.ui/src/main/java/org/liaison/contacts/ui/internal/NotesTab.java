package org.liaison.contacts.ui.internal;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.UUID;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.liaison.contacts.ContactNotes;
import org.liaison.contacts.Note;
import org.liaison.core.i18n.Messages;
import org.liaison.core.validation.ValidationException;

/** A contact's notes, newest first, as plain text; a note is added, never edited. */
final class NotesTab {

    private final Composite root;
    private final Text log;

    NotesTab(Composite parent, ContactNotes notes, Messages texts, UUID contactId) {
        root = new Composite(parent, SWT.NONE);
        GridLayoutFactory.swtDefaults().applyTo(root);
        log = new Text(root, SWT.MULTI | SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL | SWT.BORDER);
        GridDataFactory.fillDefaults().grab(true, true).hint(SWT.DEFAULT, 160).applyTo(log);
        Text draft = new Text(root, SWT.MULTI | SWT.WRAP | SWT.V_SCROLL | SWT.BORDER);
        draft.setMessage(texts.get("notes.hint"));
        GridDataFactory.fillDefaults().grab(true, false).hint(SWT.DEFAULT, 60).applyTo(draft);
        Label error = TabParts.errorLine(root);
        Button add = new Button(root, SWT.PUSH);
        add.setText(texts.get("notes.add"));
        add.addListener(SWT.Selection, e -> {
            try {
                notes.add(contactId, System.getProperty("user.name"), draft.getText(), texts.locale());
                draft.setText("");
                error.setText("");
                show(notes, texts, contactId);
            } catch (ValidationException problem) {
                error.setText(problem.problems().get(0).message());
            }
            root.layout(true, true);
        });
        show(notes, texts, contactId);
    }

    private void show(ContactNotes notes, Messages texts, UUID contactId) {
        DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(texts.locale())
                .withZone(ZoneId.systemDefault());
        StringBuilder text = new StringBuilder();
        for (Note note : notes.notes(contactId)) {
            text.append(texts.get("notes.heading", when.format(note.writtenAt()), note.author())).append('\n')
                    .append(note.text()).append("\n\n");
        }
        log.setText(text.length() == 0 ? texts.get("notes.none") : text.toString());
    }

    Control control() {
        return root;
    }
}
