package org.liaison.campaigns.internal.meetings;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.liaison.campaigns.AudienceKind;
import org.liaison.campaigns.internal.AudienceMembers;
import org.liaison.campaigns.internal.EventDetails;
import org.liaison.meetings.Attendee;
import org.liaison.meetings.Meeting;
import org.liaison.meetings.Meetings;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** A meeting's attendees as an audience, and its details for an invitation (when the meetings area is installed). */
@Component(service = {AudienceMembers.class, EventDetails.class})
public class MeetingAudience implements AudienceMembers, EventDetails {

    private final Meetings meetings;

    @Activate
    public MeetingAudience(@Reference Meetings meetings) {
        this.meetings = meetings;
    }

    @Override
    public AudienceKind kind() {
        return AudienceKind.MEETING;
    }

    /** Everyone on the meeting's list. */
    @Override
    public List<UUID> members(UUID meetingId) {
        return meetings.find(meetingId).map(m -> m.attendees().stream().map(Attendee::contactId).toList())
                .orElse(List.of());
    }

    @Override
    public Optional<String[]> event(UUID meetingId, Locale locale) {
        return meetings.find(meetingId).map(meeting -> details(meeting, locale));
    }

    private static String[] details(Meeting meeting, Locale locale) {
        ZonedDateTime start = meeting.start().atZone(meeting.zone());
        String date = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.FULL, FormatStyle.SHORT).withLocale(locale)
                .format(start);
        return new String[] {meeting.title(), date, meeting.place() == null ? "" : meeting.place(),
                meeting.onlineLink() == null ? "" : meeting.onlineLink()};
    }
}
