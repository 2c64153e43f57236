package org.liaison.meetings.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.liaison.meetings.tests.Log.EN;
import static org.liaison.meetings.tests.Log.FR;
import static org.liaison.meetings.tests.Log.PARIS;

import java.io.StringWriter;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.liaison.meetings.Attendance;
import org.liaison.meetings.Meeting;
import org.liaison.meetings.MeetingKind;
import org.liaison.meetings.NetworkEvents.Registration;

/** Registrations, the waiting list read from their order, check-in, and the attendance export. */
class NetworkEventsTest {

    private static final Instant OPENED = Instant.parse("2026-11-01T09:00:00Z");

    private Log log;
    private Meeting evening;
    private UUID[] people;

    @BeforeEach
    void log() {
        log = Log.fresh("events");
        people = new UUID[] { log.person("Oliver", "Baker", "GB-ESX", "oliver@bakery.example.co.uk"),
            log.person("Camille", "Martin", "FR-76", "camille@cidrerie.example.fr"), log.person("=HYPERLINK(\"x\")", "Evil", "GB-ESX", null),
            log.person("Hugo", "Girard", "FR-76", null) };
        evening = log.meetings.save(Meeting.of(MeetingKind.NETWORK_EVENT, "Dieppe evening", ZonedDateTime.of(2026, 12, 11, 18, 0, 0, 0, PARIS),
                "anne", "fr").withDetails(null, null, 2, java.util.Set.of()), EN);
    }

    @Test
    void pastTheCapacityRegistrationsWaitInTheOrderTheyCameAndMoveUpWhenSomeoneWithdraws() {
        // registered out of order: the list follows the registration times, not the calls
        log.events.register(evening.id(), people[2], OPENED.plusSeconds(30), EN);
        log.events.register(evening.id(), people[0], OPENED, EN);
        log.events.register(evening.id(), people[1], OPENED.plusSeconds(10), EN);
        Registration last = log.events.register(evening.id(), people[3], OPENED.plusSeconds(40), EN);
        assertTrue(last.waiting());
        assertEquals(4, last.position());
        List<Registration> list = log.events.registrations(evening.id());
        assertEquals(List.of(people[0], people[1], people[2], people[3]), list.stream().map(r -> r.attendee().contactId()).toList());
        assertEquals(List.of(false, false, true, true), list.stream().map(Registration::waiting).toList());

        Registration again = log.events.register(evening.id(), people[0], OPENED.plusSeconds(99), EN);
        assertEquals(1, again.position(), "registering twice keeps the first registration");

        assertEquals("contact: sur liste d'attente (place 3) : pas d'enregistrement \u00e0 l'accueil",
                Log.refusal(() -> log.events.checkIn(evening.id(), people[2], OPENED, FR)));
        log.events.withdraw(evening.id(), people[1], EN);
        assertFalse(log.events.registrations(evening.id()).get(1).waiting(), "the first waiting moves up");
        assertEquals(Attendance.ATTENDED, log.events.checkIn(evening.id(), people[2], OPENED.plusSeconds(3600), EN).attendance());
    }

    @Test
    void aMeetingWithoutRegistrationsRefusesThem() {
        Meeting visit = log.meeting(MeetingKind.ONE_TO_ONE, "Visit", ZonedDateTime.now(PARIS));
        assertEquals("meeting: this meeting takes no registrations: only network events and brokerage sessions do",
                Log.refusal(() -> log.events.register(visit.id(), people[0], OPENED, EN)));
        assertEquals("contact: not registered for this event", Log.refusal(() -> log.events.checkIn(evening.id(), people[0], OPENED, EN)));
    }

    @Test
    void theAttendanceExportListsEveryoneWithTheirPlaceAndNeutralisesFormulas() throws Exception {
        log.events.register(evening.id(), people[0], OPENED, EN);
        log.events.register(evening.id(), people[2], OPENED.plusSeconds(1), EN);
        log.events.register(evening.id(), people[1], OPENED.plusSeconds(2), EN);
        log.events.checkIn(evening.id(), people[0], Instant.parse("2026-12-11T17:05:00Z"), EN);
        StringWriter csv = new StringWriter();
        log.events.exportAttendance(evening.id(), csv, EN);
        List<String> lines = csv.toString().lines().toList();
        assertEquals("Name,Organisation,Email,Registered,Waiting list,Checked in,Attendance", lines.get(0));
        assertEquals("Oliver Baker,,oliver@bakery.example.co.uk,2026-11-01 10:00,,2026-12-11 18:05,attended", lines.get(1),
                "times in the event's own zone");
        assertTrue(lines.get(2).startsWith("\"'=HYPERLINK(\"\"x\"\")"), lines.get(2));
        assertTrue(lines.get(3).endsWith(",yes,,invited"), lines.get(3));
        StringWriter french = new StringWriter();
        log.events.exportAttendance(evening.id(), french, FR);
        assertTrue(french.toString().startsWith("Nom,Organisation,Courriel,Inscrit le"), french.toString());
    }
}
