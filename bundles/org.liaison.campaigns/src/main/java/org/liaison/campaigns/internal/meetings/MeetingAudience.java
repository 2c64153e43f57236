package org.liaison.campaigns.internal.meetings;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.liaison.campaigns.AudienceChoice;
import org.liaison.campaigns.AudienceKind;
import org.liaison.campaigns.internal.AudienceMembers;
import org.liaison.campaigns.internal.EventDetails;
import org.liaison.meetings.Attendee;
import org.liaison.meetings.Meeting;
import org.liaison.meetings.MeetingKind;
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

    /** Events and brokerage sessions of the last month and the next four, soonest first. */
    @Override
    public List<AudienceChoice> choices(Locale locale) {
        Instant now = Instant.now();
        DateTimeFormatter date = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
        return meetings.between(now.minus(Duration.ofDays(31)), now.plus(Duration.ofDays(122))).stream()
                .filter(m -> m.kind() == MeetingKind.NETWORK_EVENT || m.kind() == MeetingKind.BROKERAGE)
                .map(m -> new AudienceChoice(AudienceKind.MEETING, m.id(), m.title() + " \u00b7 "
                        + date.format(m.start().atZone(m.zone())))).toList();
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
