package org.liaison.meetings.ui.internal;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.liaison.contacts.ContactSummary;
import org.liaison.contacts.ui.ContactTab;
import org.liaison.core.i18n.Messages;
import org.liaison.meetings.Meeting;
import org.liaison.ui.LatestRead;
import org.liaison.ui.Tables;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The Meetings tab of a person's editor: every meeting with them, newest first, with how they took part. */
@Component
public class MeetingsContactTab implements ContactTab {

    static final int SHOWN = 500;

    private final MeetingsServices services;

    @Activate
    public MeetingsContactTab(@Reference MeetingsServices services) {
        this.services = services;
    }

    @Override
    public int rank() {
        return 40;
    }

    @Override
    public String title(Locale locale) {
        return MeetingsTexts.in(locale).get("contactTab.title");
    }

    @Override
    public Control create(Composite parent, ContactSummary.Kind kind, UUID contactId, Locale locale) {
        Messages texts = MeetingsTexts.in(locale);
        Composite page = new Composite(parent, SWT.NONE);
        GridLayoutFactory.swtDefaults().applyTo(page);
        Label status = new Label(page, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(status);
        Table table = Tables.table(page, SWT.SINGLE, texts, "found.start", 150, "found.title", 260, "found.kind", 140,
                "attendees.attendance", 100);
        DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(texts.locale());
        new LatestRead(texts.get("job.contactMeetings"), texts.get("calendar.failed")).start(table, status,
                () -> services.meetings().with(contactId, SHOWN), (List<Meeting> meetings) -> {
                    Tables.fill(table, meetings, m -> new String[] {when.format(m.localStart()), m.title(), texts.get("kind." + m.kind().name()),
                        m.attendee(contactId) == null ? "" : texts.get("attendance." + m.attendee(contactId).attendance().name())});
                    status.setText(texts.get("contactTab.count", meetings.size()));
                });
        return page;
    }
}
