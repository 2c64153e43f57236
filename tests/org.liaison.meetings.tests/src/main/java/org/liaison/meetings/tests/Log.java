package org.liaison.meetings.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.function.Executable;
import org.liaison.contacts.ContactRole;
import org.liaison.contacts.ContactService;
import org.liaison.contacts.Email;
import org.liaison.contacts.Person;
import org.liaison.contacts.PostalAddress;
import org.liaison.contacts.Readiness;
import org.liaison.core.validation.ValidationException;
import org.liaison.meetings.Attendee;
import org.liaison.meetings.Meeting;
import org.liaison.meetings.MeetingKind;
import org.liaison.meetings.Meetings;
import org.liaison.meetings.NetworkEvents;
import org.liaison.meetings.calendar.CalendarFiles;
import org.liaison.meetings.interview.Interviews;
import org.liaison.store.Store;
import org.liaison.store.StoreStatus;
import org.liaison.test.support.StoreFixture;

/** A new in-memory database with the meetings services, and quick ways to record people and meetings on it. */
final class Log {

    static final Locale EN = Locale.ENGLISH;
    static final Locale FR = Locale.FRENCH;
    static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    static final ZoneId LONDON = ZoneId.of("Europe/London");

    final ContactService contacts = StoreFixture.service(ContactService.class);
    final Meetings meetings = StoreFixture.service(Meetings.class);
    final NetworkEvents events = StoreFixture.service(NetworkEvents.class);
    final CalendarFiles calendars = StoreFixture.service(CalendarFiles.class);
    final Interviews interviews = StoreFixture.service(Interviews.class);

    private Log() {
    }

    static Log fresh(String name) {
        StoreStatus status = StoreFixture.memory(name + "-" + UUID.randomUUID());
        assertEquals(StoreStatus.State.OPEN, status.state(), () -> status.failure().map(Throwable::getMessage).orElse(""));
        return new Log();
    }

    UUID person(String given, String family, String region, String email) {
        return contacts.save(new Person(null, given, family, region.startsWith("FR") ? "fr" : "en", Set.of(), region, PostalAddress.NONE,
                ContactRole.OTHER, Readiness.OPEN, null, null, null, email == null ? List.of() : List.of(new Email(email, true)), List.of(),
                Set.of(), List.of()), EN).id();
    }

    Meeting meeting(MeetingKind kind, String title, ZonedDateTime start, UUID... attendees) {
        return meetings.save(Meeting.of(kind, title, start, "anne", "en")
                .withAttendees(java.util.Arrays.stream(attendees).map(Attendee::invited).toList()), EN);
    }

    long rows(String table) {
        return StoreFixture.service(Store.class).read(connection -> {
            try (var query = connection.prepareStatement("SELECT COUNT(*) FROM " + table); var row = query.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        });
    }

    /** The first problem's field and message of a refused change. */
    static String refusal(Executable change) {
        var problem = assertThrows(ValidationException.class, change).problems().get(0);
        return problem.field() + ": " + problem.message();
    }
}
