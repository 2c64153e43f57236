package org.liaison.contacts.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.liaison.contacts.ConsentEvent;
import org.liaison.contacts.ConsentLedger;
import org.liaison.contacts.ContactNotes;
import org.liaison.contacts.Note;
import org.liaison.contacts.TimelineEntry;
import org.liaison.contacts.TimelineSource;
import org.liaison.core.i18n.Messages;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The contacts area's own timeline entries: notes and consent given or withdrawn. */
@Component(service = TimelineSource.class)
public class ContactTimelineSource implements TimelineSource {

    private final ContactNotes notes;
    private final ConsentLedger consent;

    @Activate
    public ContactTimelineSource(@Reference ContactNotes notes, @Reference ConsentLedger consent) {
        this.notes = notes;
        this.consent = consent;
    }

    @Override
    public List<TimelineEntry> entries(UUID contactId, Locale locale) {
        Messages texts = ContactTexts.in(locale);
        List<TimelineEntry> entries = new ArrayList<>();
        for (Note note : notes.notes(contactId)) {
            entries.add(new TimelineEntry(note.writtenAt(), "NOTE", texts.get("timeline.note", note.author(), note.text())));
        }
        for (ConsentEvent event : consent.history(contactId)) {
            entries.add(new TimelineEntry(event.recordedAt(), "CONSENT", texts.get(event.granted() ? "timeline.granted" : "timeline.withdrawn",
                    texts.get("purpose." + event.purpose().name()), texts.get("channel." + event.channel().name()), event.source())));
        }
        return entries;
    }
}
