package org.liaison.meetings;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A contact at a meeting.
 *
 * @param registeredAt when they registered for an event, {@code null} for a meeting without
 *        registrations; the waiting list is the registrations past the capacity, in this order
 * @param checkedInAt when they were checked in on the day, or {@code null}
 */
public record Attendee(UUID contactId, Attendance attendance, Instant registeredAt, Instant checkedInAt) {

    public Attendee {
        Objects.requireNonNull(contactId, "contactId");
        attendance = attendance == null ? Attendance.INVITED : attendance;
    }

    public static Attendee invited(UUID contactId) {
        return new Attendee(contactId, Attendance.INVITED, null, null);
    }

    public Attendee with(Attendance newAttendance) {
        return new Attendee(contactId, newAttendance, registeredAt, checkedInAt);
    }
}
