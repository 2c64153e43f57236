package org.liaison.meetings.internal;

import java.io.IOException;
import java.io.Writer;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.liaison.contacts.ContactProfiles;
import org.liaison.contacts.ContactProfile;
import org.liaison.contacts.ContactSummary;
import org.liaison.contacts.io.SpreadsheetCells;
import org.liaison.core.i18n.Messages;
import org.liaison.core.validation.ValidationException;
import org.liaison.core.validation.ValidationProblem;
import org.liaison.meetings.Attendance;
import org.liaison.meetings.Attendee;
import org.liaison.meetings.Meeting;
import org.liaison.meetings.NetworkEvents;
import org.liaison.store.Sql;
import org.liaison.store.Store;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Registrations as attendee rows with a registration time; the waiting list read from their order. */
@Component(service = NetworkEvents.class)
public class StoreNetworkEvents implements NetworkEvents {

    private final Store store;
    private final ContactProfiles profiles;

    @Activate
    public StoreNetworkEvents(@Reference Store store, @Reference ContactProfiles profiles) {
        this.store = store;
        this.profiles = profiles;
    }

    @Override
    public Registration register(UUID meetingId, UUID contactId, Instant at, Locale locale) {
        Messages texts = MeetingTexts.in(locale);
        if (profiles.summaries(List.of(contactId)).isEmpty()) {
            throw new ValidationException(ValidationProblem.field("contact", texts.get("contact.unknown", contactId)));
        }
        return store.transaction(connection -> {
            Meeting event = event(connection, meetingId, texts);
            Attendee before = event.attendee(contactId);
            Instant registered = at.truncatedTo(ChronoUnit.MICROS);
            if (before == null) {
                Sql.update(connection, "INSERT INTO MEETING_ATTENDEE (ID, MEETING_ID, CONTACT_ID, ATTENDANCE, REGISTERED_AT) "
                        + "VALUES (?, ?, ?, ?, ?)", MeetingTable.attendeeId(meetingId, contactId), meetingId, contactId, Attendance.INVITED,
                        registered);
            } else if (before.registeredAt() == null) {
                Sql.update(connection, "UPDATE MEETING_ATTENDEE SET REGISTERED_AT = ? WHERE ID = ?", registered,
                        MeetingTable.attendeeId(meetingId, contactId));
            }
            return registrations(connection, meetingId).stream().filter(r -> r.attendee().contactId().equals(contactId)).findFirst()
                    .orElseThrow();
        });
    }

    @Override
    public void withdraw(UUID meetingId, UUID contactId, Locale locale) {
        Messages texts = MeetingTexts.in(locale);
        store.transaction(connection -> {
            event(connection, meetingId, texts);
            if (Sql.update(connection, "DELETE FROM MEETING_ATTENDEE WHERE ID = ?", MeetingTable.attendeeId(meetingId, contactId)) == 0) {
                throw new ValidationException(ValidationProblem.field("contact", texts.get("registration.none")));
            }
            return null;
        });
    }

    @Override
    public List<Registration> registrations(UUID meetingId) {
        return store.read(connection -> registrations(connection, meetingId));
    }

    private static List<Registration> registrations(Connection connection, UUID meetingId) throws SQLException {
        List<Meeting> found = MeetingTable.read(connection, "FROM MEETING M WHERE M.ID = ?", meetingId);
        if (found.isEmpty()) {
            return List.of();
        }
        Meeting event = found.get(0);
        List<Registration> registrations = new ArrayList<>();
        int position = 0;
        for (Attendee attendee : event.attendees()) { // in order of registration
            if (attendee.registeredAt() != null) {
                position++;
                registrations.add(new Registration(attendee, position, event.capacity() != null && position > event.capacity()));
            }
        }
        return registrations;
    }

    @Override
    public Attendee checkIn(UUID meetingId, UUID contactId, Instant at, Locale locale) {
        Messages texts = MeetingTexts.in(locale);
        return store.transaction(connection -> {
            event(connection, meetingId, texts);
            Registration registration = registrations(connection, meetingId).stream()
                    .filter(r -> r.attendee().contactId().equals(contactId)).findFirst()
                    .orElseThrow(() -> new ValidationException(ValidationProblem.field("contact", texts.get("registration.none"))));
            if (registration.waiting()) {
                throw new ValidationException(ValidationProblem.field("contact", texts.get("registration.waiting", registration.position())));
            }
            Sql.update(connection, "UPDATE MEETING_ATTENDEE SET ATTENDANCE = ?, CHECKED_IN_AT = COALESCE(CHECKED_IN_AT, ?) WHERE ID = ?",
                    Attendance.ATTENDED, at.truncatedTo(ChronoUnit.MICROS), MeetingTable.attendeeId(meetingId, contactId));
            return StoreMeetings.attendee(connection, meetingId, contactId);
        });
    }

    @Override
    public void exportAttendance(UUID meetingId, Writer out, Locale locale) throws IOException {
        Messages texts = MeetingTexts.in(locale);
        Meeting event = store.read(connection -> event(connection, meetingId, texts));
        List<Registration> registrations = registrations(meetingId);
        List<UUID> ids = event.attendees().stream().map(Attendee::contactId).toList();
        Map<UUID, ContactSummary> people = profiles.summaries(ids);
        Map<UUID, ContactProfile> activities = profiles.profiles(ids);
        Map<UUID, ContactSummary> organisations = profiles.summaries(activities.values().stream()
                .flatMap(p -> p.activities().stream().map(ContactProfile.Activity::organisation)).filter(Objects::nonNull).toList());
        ZoneId zone = event.zone();
        DateTimeFormatter when = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(texts.get("csv.name"), texts.get("csv.organisation"),
                texts.get("csv.email"), texts.get("csv.registered"), texts.get("csv.waiting"), texts.get("csv.checkedIn"),
                texts.get("csv.attendance")).get())) {
            for (Attendee attendee : event.attendees()) {
                Registration registration = registrations.stream().filter(r -> r.attendee().contactId().equals(attendee.contactId()))
                        .findFirst().orElse(null);
                ContactSummary person = people.get(attendee.contactId());
                ContactProfile profile = activities.get(attendee.contactId());
                String organisation = profile == null ? "" : profile.activities().stream().map(a -> organisations.get(a.organisation()))
                        .filter(Objects::nonNull).map(ContactSummary::name).collect(Collectors.joining("; "));
                csv.printRecord(SpreadsheetCells.text(person == null ? "?" : person.name()), SpreadsheetCells.text(organisation),
                        SpreadsheetCells.text(person == null ? "" : person.detail()),
                        attendee.registeredAt() == null ? "" : when.format(attendee.registeredAt().atZone(zone)),
                        registration != null && registration.waiting() ? texts.get("csv.yes") : "",
                        attendee.checkedInAt() == null ? "" : when.format(attendee.checkedInAt().atZone(zone)),
                        texts.get("attendance." + attendee.attendance().name()));
            }
        }
    }

    /** The meeting, which must take registrations. */
    private static Meeting event(Connection connection, UUID meetingId, Messages texts) throws SQLException {
        List<Meeting> found = MeetingTable.read(connection, "FROM MEETING M WHERE M.ID = ?", meetingId);
        if (found.isEmpty()) {
            throw new ValidationException(ValidationProblem.field("meeting", texts.get("meeting.unknown", meetingId)));
        }
        if (!found.get(0).kind().takesRegistrations()) {
            throw new ValidationException(ValidationProblem.field("meeting", texts.get("registration.notEvent")));
        }
        return found.get(0);
    }
}
