package org.liaison.meetings;

import java.io.IOException;
import java.io.Writer;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * Registrations for network events and brokerage sessions: capacity, waiting list, check-in on
 * the day. The waiting list is not stored but read from the registration times, so registrations
 * made on two desktops at once make one list on both once synced.
 */
public interface NetworkEvents {

    /** One registration, with its place: within the capacity, or on the waiting list. */
    record Registration(Attendee attendee, int position, boolean waiting) {
    }

    /** Registers a contact at {@code at}; registering twice keeps the first registration. Refused for a meeting that takes none. */
    Registration register(UUID meetingId, UUID contactId, Instant at, Locale locale);

    /** Withdraws a registration: the first on the waiting list moves up. */
    void withdraw(UUID meetingId, UUID contactId, Locale locale);

    /** Registrations in order, the waiting list last. */
    List<Registration> registrations(UUID meetingId);

    /** Checks a registered contact in: they attended. Refused for someone on the waiting list or not registered. */
    Attendee checkIn(UUID meetingId, UUID contactId, Instant at, Locale locale);

    /** Writes the attendance list as CSV (name, organisation, email, registered, waiting, checked in, attendance). */
    void exportAttendance(UUID meetingId, Writer out, Locale locale) throws IOException;
}
