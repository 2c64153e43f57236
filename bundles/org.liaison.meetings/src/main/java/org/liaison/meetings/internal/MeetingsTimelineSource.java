package org.liaison.meetings.internal;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.liaison.contacts.TimelineEntry;
import org.liaison.contacts.TimelineSource;
import org.liaison.core.i18n.Messages;
import org.liaison.meetings.Attendee;
import org.liaison.meetings.FollowUpTask;
import org.liaison.meetings.Meeting;
import org.liaison.meetings.Meetings;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** A contact's meetings (with how they took part) and the follow-up tasks about them, on the contact's timeline. */
@Component(service = TimelineSource.class)
public class MeetingsTimelineSource implements TimelineSource {

    /** The most meetings one timeline shows. */
    static final int MOST = 5_000;

    private final Meetings meetings;

    @Activate
    public MeetingsTimelineSource(@Reference Meetings meetings) {
        this.meetings = meetings;
    }

    @Override
    public List<TimelineEntry> entries(UUID contactId, Locale locale) {
        Messages texts = MeetingTexts.in(locale);
        DateTimeFormatter hours = DateTimeFormatter.ofPattern("HH:mm");
        List<TimelineEntry> entries = new ArrayList<>();
        for (Meeting meeting : meetings.with(contactId, MOST)) {
            Attendee attendee = meeting.attendee(contactId);
            entries.add(new TimelineEntry(meeting.start(), "MEETING", texts.get("timeline.meeting", texts.get("kind." + meeting.kind().name()),
                    meeting.title(), hours.format(meeting.localStart()), meeting.zone().getId(),
                    texts.get("attendance." + attendee.attendance().name()))));
        }
        for (FollowUpTask task : meetings.tasksAbout(contactId)) {
            entries.add(new TimelineEntry(task.due().atStartOfDay(ZoneId.systemDefault()).toInstant(), "TASK", texts.get(task.done() ? "timeline.taskDone"
                    : "timeline.task", task.title(), task.assignee())));
        }
        return entries;
    }
}
