package org.liaison.meetings;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * A meeting. Start and end are instants; {@code zone} is where the meeting is held, which says
 * what its hour is for those who attend it (a 10:00 meeting in Rouen stays at 10:00 there when the
 * clocks change, whatever the desktop showing it is set to).
 *
 * @param id {@code null} for a meeting not saved yet
 * @param place an address, or {@code null}
 * @param onlineLink a video or telephone link, or {@code null}
 * @param language ISO 639-1 code of the language the meeting is held in
 * @param organiser the staff member who organises it
 * @param capacity the places of an event, {@code null} when there is no limit
 * @param staff the staff members attending besides the organiser
 * @param calendarUid the iCalendar UID, kept so that an exported meeting imported again is recognised
 */
public record Meeting(UUID id, MeetingKind kind, String title, Instant start, Instant end, ZoneId zone, String place,
        String onlineLink, String language, String organiser, String agenda, String decisions, Integer capacity,
        List<Attendee> attendees, Set<String> staff, String calendarUid) {

    public Meeting {
        attendees = List.copyOf(attendees);
        staff = Set.copyOf(staff);
    }

    /** A new meeting of {@code kind} starting at {@code start}, lasting as long as such meetings usually do. */
    public static Meeting of(MeetingKind kind, String title, ZonedDateTime start, String organiser, String language) {
        return new Meeting(null, kind, title, start.toInstant(), start.plusMinutes(kind.usualMinutes()).toInstant(), start.getZone(),
                null, null, language, organiser, null, null, null, List.of(), Set.of(), null);
    }

    /** The start as the attendees read it, in the meeting's own time zone. */
    public ZonedDateTime localStart() {
        return start.atZone(zone);
    }

    public ZonedDateTime localEnd() {
        return end.atZone(zone);
    }

    public Duration length() {
        return Duration.between(start, end);
    }

    public Meeting withId(UUID newId) {
        return new Meeting(newId, kind, title, start, end, zone, place, onlineLink, language, organiser, agenda, decisions, capacity,
                attendees, staff, calendarUid);
    }

    public Meeting withAttendees(List<Attendee> newAttendees) {
        return new Meeting(id, kind, title, start, end, zone, place, onlineLink, language, organiser, agenda, decisions, capacity,
                newAttendees, staff, calendarUid);
    }

    public Meeting withTimes(Instant newStart, Instant newEnd, ZoneId newZone) {
        return new Meeting(id, kind, title, newStart, newEnd, newZone, place, onlineLink, language, organiser, agenda, decisions,
                capacity, attendees, staff, calendarUid);
    }

    public Meeting withPlace(String newPlace, String newOnlineLink) {
        return new Meeting(id, kind, title, start, end, zone, newPlace, newOnlineLink, language, organiser, agenda, decisions, capacity,
                attendees, staff, calendarUid);
    }

    public Meeting withDetails(String newAgenda, String newDecisions, Integer newCapacity, Set<String> newStaff) {
        return new Meeting(id, kind, title, start, end, zone, place, onlineLink, language, organiser, newAgenda, newDecisions,
                newCapacity, attendees, newStaff, calendarUid);
    }

    public Meeting withCalendarUid(String uid) {
        return new Meeting(id, kind, title, start, end, zone, place, onlineLink, language, organiser, agenda, decisions, capacity,
                attendees, staff, uid);
    }

    /** The attendee who is {@code contactId}, or {@code null}. */
    public Attendee attendee(UUID contactId) {
        return attendees.stream().filter(a -> a.contactId().equals(contactId)).findFirst().orElse(null);
    }
}
