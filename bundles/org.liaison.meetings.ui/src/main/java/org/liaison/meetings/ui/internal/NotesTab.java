package org.liaison.meetings.ui.internal;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.UUID;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.TabFolder;
import org.eclipse.swt.widgets.TabItem;
import org.eclipse.swt.widgets.Text;
import org.liaison.core.i18n.Messages;
import org.liaison.core.validation.ValidationException;
import org.liaison.meetings.MeetingNote;

/**
 * A meeting's notes: the entry on top, the history below, oldest first. A note is added at once
 * and never changed, so notes written on two desktops are both kept.
 */
final class NotesTab {

    static final String ENTRY = "org.liaison.meetings.ui.noteEntry";

    private final MeetingsServices services;
    private final Messages texts;
    private final UUID meetingId;
    private final Text history;
    private final Label problem;

    NotesTab(TabFolder tabs, MeetingsServices services, Messages texts, UUID meetingId) {
        this.services = services;
        this.texts = texts;
        this.meetingId = meetingId;
        TabItem item = new TabItem(tabs, SWT.NONE);
        item.setText(texts.get("meeting.tab.notes"));
        Composite page = new Composite(tabs, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(2).applyTo(page);
        item.setControl(page);
        Text entry = new Text(page, SWT.BORDER | SWT.MULTI | SWT.WRAP | SWT.V_SCROLL);
        entry.setMessage(texts.get("notes.hint"));
        entry.setData(ENTRY, Boolean.TRUE);
        GridDataFactory.fillDefaults().grab(true, false).hint(SWT.DEFAULT, 64).applyTo(entry);
        Button add = new Button(page, SWT.PUSH);
        add.setText(texts.get("notes.add"));
        GridDataFactory.fillDefaults().align(SWT.FILL, SWT.BEGINNING).applyTo(add);
        problem = new Label(page, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(problem);
        history = new Text(page, SWT.BORDER | SWT.MULTI | SWT.WRAP | SWT.V_SCROLL | SWT.READ_ONLY);
        GridDataFactory.fillDefaults().grab(true, true).span(2, 1).applyTo(history);
        add.addListener(SWT.Selection, e -> {
            try {
                services.meetings().addNote(meetingId, services.staff(), entry.getText(), texts.locale());
                entry.setText("");
                problem.setText("");
                show();
            } catch (ValidationException refused) {
                problem.setText(refused.problems().get(0).message());
            }
        });
        show();
    }

    private void show() {
        List<MeetingNote> notes = services.meetings().notes(meetingId);
        DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(texts.locale());
        StringBuilder text = new StringBuilder();
        for (MeetingNote note : notes) {
            text.append(texts.get("notes.heading", when.format(note.writtenAt().atZone(ZoneId.systemDefault())), note.author()))
                    .append('\n').append(note.text()).append("\n\n");
        }
        history.setText(notes.isEmpty() ? texts.get("notes.none") : text.toString());
    }
}
