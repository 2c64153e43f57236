package org.liaison.meetings.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.liaison.meetings.tests.Log.EN;
import static org.liaison.meetings.tests.Log.FR;
import static org.liaison.meetings.tests.Log.LONDON;
import static org.liaison.meetings.tests.Log.PARIS;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.liaison.core.validation.ValidationException;
import org.liaison.core.validation.ValidationProblem;
import org.liaison.meetings.Attendance;
import org.liaison.meetings.Meeting;
import org.liaison.meetings.MeetingKind;
import org.liaison.meetings.calendar.CalendarFiles;
import org.liaison.meetings.calendar.CalendarImport;
import org.liaison.meetings.calendar.PlannedMeeting;

/** iCalendar export read back, files as Outlook and Google Calendar write them, and files that must be refused whole. */
class CalendarFilesTest {

    private Log log;
    private UUID oliver;
    private UUID camille;

    @BeforeEach
    void log() {
        log = Log.fresh("calendar");
        oliver = log.person("Oliver", "Baker", "GB-ESX", "oliver@bakery.example.co.uk");
        camille = log.person("Camille", "Martin", "FR-76", "camille@cidrerie.example.fr");
    }

    @Test
    void anExportedMeetingIsReadBackAtTheSameInstantInItsOwnZoneWithItsAttendees() throws IOException {
        Meeting autumn = log.meeting(MeetingKind.ONE_TO_ONE, "Autumn visit", ZonedDateTime.of(1995, 10, 10, 10, 0, 0, 0, PARIS), camille, oliver);
        Meeting winter = log.meetings.save(Meeting.of(MeetingKind.CALL, "Winter call, \"quoted\"; with commas", ZonedDateTime.of(2026, 12, 10,
                9, 0, 0, 0, LONDON), "anne", "en").withPlace(null, "https://meet.example.org/x"), EN);
        StringWriter ics = new StringWriter();
        log.calendars.export(List.of(autumn, winter), ics);
        String text = ics.toString().replace("\r\n ", ""); // unfolded
        assertTrue(text.contains("TZID:Europe/Paris") && text.contains("TZID:Europe/London"), text);
        assertTrue(text.contains("DTSTART;TZID=Europe/Paris:19951010T100000"), text);
        assertTrue(text.contains("mailto:camille@cidrerie.example.fr"), text);

        Log other = Log.fresh("calendar-other");
        UUID camilleThere = other.person("Camille", "Martin", "FR-76", "camille@cidrerie.example.fr");
        CalendarImport plan = other.calendars.read(stream(text), "marc", EN);
        assertEquals(2, plan.meetings().size());
        Meeting readAutumn = plan.meetings().get(0).meeting();
        assertEquals(autumn.start(), readAutumn.start());
        assertEquals(autumn.end(), readAutumn.end());
        assertEquals(PARIS, readAutumn.zone());
        assertEquals(MeetingKind.ONE_TO_ONE, readAutumn.kind());
        assertEquals(List.of(camilleThere), readAutumn.attendees().stream().map(a -> a.contactId()).toList());
        assertEquals(List.of("oliver@bakery.example.co.uk"), plan.meetings().get(0).unknownEmails());
        Meeting readWinter = plan.meetings().get(1).meeting();
        assertEquals(winter.title(), readWinter.title());
        assertEquals(LONDON, readWinter.zone());
        assertEquals(winter.start(), readWinter.start());
        assertEquals("https://meet.example.org/x", readWinter.onlineLink());
        assertEquals(MeetingKind.CALL, readWinter.kind());
    }

    @Test
    void anOutlookInvitationWithWindowsZoneNamesIsPlannedThenCreatedOnceAndRecognisedAfter() throws IOException {
        CalendarImport plan = log.calendars.read(fixture("outlook.ics"), "anne", EN);
        assertEquals(0, log.rows("MEETING"), "reading creates nothing");
        PlannedMeeting visit = plan.meetings().get(0);
        assertEquals("Visite de la cidrerie", visit.meeting().title());
        assertEquals(Instant.parse("2026-12-10T09:00:00Z"), visit.meeting().start(), "10:00 in Paris");
        assertEquals(PARIS, visit.meeting().zone());
        assertEquals("fr", visit.meeting().language());
        assertEquals("Cidrerie Martin, Route de Dieppe, Rouen", visit.meeting().place());
        assertEquals(List.of(camille), visit.meeting().attendees().stream().map(a -> a.contactId()).toList());
        assertEquals(List.of("guest@elsewhere.example"), visit.unknownEmails());
        assertFalse(visit.alreadyImported());

        assertEquals(1, log.calendars.create(plan, EN).size());
        CalendarImport again = log.calendars.read(fixture("outlook.ics"), "anne", EN);
        assertTrue(again.meetings().get(0).alreadyImported());
        assertEquals(List.of(), log.calendars.create(again, EN));
        assertEquals(1, log.rows("MEETING"));
    }

    @Test
    void aGoogleCalendarExportInUtcTakesTheCalendarsZoneAndItsAllDayEvents() throws IOException {
        CalendarImport plan = log.calendars.read(fixture("google.ics"), "anne", EN);
        assertEquals(2, plan.meetings().size());
        Meeting call = plan.meetings().get(0).meeting();
        assertEquals(Instant.parse("2026-12-15T14:00:00Z"), call.start());
        assertEquals(MeetingKind.CALL, call.kind(), "held at a link");
        assertEquals("https://meet.google.com/abc-defg-hij", call.onlineLink());
        assertNull(call.place());
        assertEquals(List.of(oliver, camille), call.attendees().stream().map(a -> a.contactId()).toList(), "emails matched case aside");
        assertEquals(Attendance.EXCUSED, call.attendee(camille).attendance(), "declined");
        Meeting market = plan.meetings().get(1).meeting();
        assertEquals(ZonedDateTime.of(2026, 12, 18, 0, 0, 0, 0, LONDON).toInstant(), market.start(), "an all-day event in X-WR-TIMEZONE");
        assertEquals(ZonedDateTime.of(2026, 12, 19, 0, 0, 0, 0, LONDON).toInstant(), market.end());
        assertEquals(2, log.calendars.create(plan, FR).size());
    }

    @Test
    void aZoneNamedWithoutItsDefinitionIsStillReadAsThatZoneInSummer() throws IOException {
        String ics = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:a\r\nSUMMARY:Paris\r\nDTSTART;TZID=Europe/Paris:20260710T100000\r\n"
                + "DTEND;TZID=Europe/Paris:20260710T110000\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nUID:b\r\nSUMMARY:London\r\n"
                + "DTSTART;TZID=\"GMT Standard Time\":20260710T100000\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
        CalendarImport plan = log.calendars.read(stream(ics), "anne", EN);
        assertEquals(Instant.parse("2026-07-10T08:00:00Z"), plan.meetings().get(0).meeting().start());
        assertEquals(PARIS, plan.meetings().get(0).meeting().zone());
        assertEquals(Instant.parse("2026-07-10T09:00:00Z"), plan.meetings().get(1).meeting().start());
        assertEquals(LONDON, plan.meetings().get(1).meeting().zone());
    }

    @Test
    void aFileThatCannotBeReadWholeIsRefusedSayingWhereAndNothingIsCreated() throws IOException {
        String outlook = new String(fixture("outlook.ics").readAllBytes(), StandardCharsets.UTF_8);
        assertEquals("null: the file is cut short: END:VCALENDAR is missing",
                refusal(outlook.substring(0, outlook.indexOf("END:VEVENT")), EN));
        assertEquals("line 1, null: not an iCalendar file: it does not start with BEGIN:VCALENDAR", refusal("BEGIN:VCARD\r\nEND:VCARD\r\n", EN));
        assertEquals("DTSTART: unknown time zone: Mars Standard Time", refusal(outlook.replace("Romance Standard Time",
                "Mars Standard Time"), EN).replaceFirst("^line \\d+, ", ""));
        ValidationProblem end = problem(outlook.replace("DTEND;TZID=\"Romance Standard Time\":20261210T113000",
                "DTEND;TZID=\"Romance Standard Time\":20261210T090000"), FR);
        assertEquals("DTEND", end.field());
        assertEquals("la fin est avant le d\u00e9but", end.message());
        assertEquals(21, end.line(), "the line of the event's BEGIN:VEVENT");
        assertEquals("DTSTART", problem(outlook.replaceFirst("DTSTART;TZID=\"Romance Standard Time\":20261210T100000\r\n", ""), EN).field());

        byte[] latin1 = outlook.replace("Visite de la cidrerie", "Visite de la cidrerie \u00e0 Rouen").getBytes(StandardCharsets.ISO_8859_1);
        ValidationProblem encoding = assertThrows(ValidationException.class, () -> log.calendars.read(new ByteArrayInputStream(latin1),
                "anne", EN)).problems().get(0);
        assertEquals("the file is not UTF-8 text: this line holds bytes that are not", encoding.message());
        assertEquals(Arrays.asList(outlook.split("\r\n")).indexOf("SUMMARY;LANGUAGE=fr-fr:Visite de la cidrerie") + 1, encoding.line());

        byte[] huge = new byte[CalendarFiles.MAX_BYTES + 1];
        Arrays.fill(huge, (byte) 'A');
        assertEquals("the file is larger than 10 MB", assertThrows(ValidationException.class, () -> log.calendars.read(
                new ByteArrayInputStream(huge), "anne", EN)).problems().get(0).message());
        StringBuilder many = new StringBuilder("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n");
        for (int i = 0; i <= CalendarFiles.MAX_EVENTS; i++) {
            many.append("BEGIN:VEVENT\r\nUID:").append(i).append("\r\nDTSTART:20261201T100000Z\r\nEND:VEVENT\r\n");
        }
        assertEquals("null: the file holds 5,001 events; at most 5,000 are imported at once", refusal(many.append("END:VCALENDAR\r\n")
                .toString(), EN));
        assertEquals(0, log.rows("MEETING"));
    }

    private String refusal(String ics, java.util.Locale locale) {
        ValidationProblem problem = problem(ics, locale);
        return (problem.line() > 0 ? "line " + problem.line() + ", " : "") + problem.field() + ": " + problem.message();
    }

    private ValidationProblem problem(String ics, java.util.Locale locale) {
        return assertThrows(ValidationException.class, () -> log.calendars.read(stream(ics), "anne", locale)).problems().get(0);
    }

    private static InputStream stream(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    private static InputStream fixture(String name) {
        return CalendarFilesTest.class.getResourceAsStream(name);
    }
}
