package org.liaison.meetings.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.liaison.meetings.tests.Log.EN;
import static org.liaison.meetings.tests.Log.FR;
import static org.liaison.meetings.tests.Log.LONDON;
import static org.liaison.meetings.tests.Log.PARIS;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.liaison.meetings.Attendance;
import org.liaison.meetings.FollowUpTask;
import org.liaison.meetings.Meeting;
import org.liaison.meetings.MeetingKind;
import org.liaison.meetings.MeetingNote;
import org.liaison.meetings.MeetingQuery;
import org.liaison.store.Store;
import org.liaison.test.support.StoreFixture;

/** The meeting log: times in their own zone, notes only ever added, follow-ups and their due dates, search. */
class MeetingsTest {

    private Log log;
    private UUID oliver;
    private UUID camille;

    @BeforeEach
    void log() {
        log = Log.fresh("meetings");
        oliver = log.person("Oliver", "Baker", "GB-ESX", "oliver@bakery.example.co.uk");
        camille = log.person("Camille", "Martin", "FR-76", "camille@cidrerie.example.fr");
    }

    @Test
    void aTenOClockMeetingInParisShowsAtNineInLondonAndKeepsItsHourWhenReadBack() {
        Meeting saved = log.meeting(MeetingKind.ONE_TO_ONE, "Cider press visit", ZonedDateTime.of(2026, 12, 10, 10, 0, 0, 0, PARIS), camille);
        Meeting read = log.meetings.find(saved.id()).orElseThrow();
        assertEquals(LocalTime.of(10, 0), read.localStart().toLocalTime());
        assertEquals(PARIS, read.zone());
        assertEquals(LocalTime.of(9, 0), read.start().atZone(LONDON).toLocalTime());
        assertEquals(LocalTime.of(11, 0), read.localEnd().toLocalTime(), "a one-to-one lasts an hour unless said otherwise");
    }

    @Test
    void onTheDaysOnlyOneCountryHadChangedItsClocksTheHoursDifferAsTheyDidThen() {
        // 1995: France went back to winter time on 24 September, the United Kingdom on 22 October
        Meeting autumn = log.meeting(MeetingKind.CALL, "Autumn call", ZonedDateTime.of(1995, 10, 10, 10, 0, 0, 0, PARIS), camille);
        assertEquals(LocalTime.of(10, 0), log.meetings.find(autumn.id()).orElseThrow().start().atZone(LONDON).toLocalTime(),
                "both at UTC+1 that day");
        // today's rules: both change on the last Sunday of March at 01:00 UTC, at the same instant
        Meeting sunday = log.meeting(MeetingKind.CALL, "Sunday call", ZonedDateTime.of(2026, 3, 29, 10, 0, 0, 0, PARIS), camille);
        assertEquals(LocalTime.of(9, 0), log.meetings.find(sunday.id()).orElseThrow().start().atZone(LONDON).toLocalTime());
        assertEquals(Instant.parse("2026-03-29T08:00:00Z"), log.meetings.find(sunday.id()).orElseThrow().start());
    }

    @Test
    void aMeetingThatCannotBeIsRefusedNamingTheFieldAndNothingIsSaved() {
        ZonedDateTime start = ZonedDateTime.of(2026, 12, 10, 10, 0, 0, 0, PARIS);
        Meeting meeting = Meeting.of(MeetingKind.ONE_TO_ONE, "Visit", start, "anne", "fr");
        assertEquals("end: the end is before the start", Log.refusal(() -> log.meetings.save(meeting.withTimes(start.toInstant(),
                start.minusMinutes(1).toInstant(), PARIS), EN)));
        assertEquals("end: la fin est avant le d\u00e9but", Log.refusal(() -> log.meetings.save(meeting.withTimes(start.toInstant(),
                start.minusMinutes(1).toInstant(), PARIS), FR)));
        assertEquals("zone: required", Log.refusal(() -> log.meetings.save(meeting.withTimes(start.toInstant(), start.toInstant(), null), EN)));
        assertEquals("attendees: no such contact: 00000000-0000-0000-0000-000000000001", Log.refusal(() -> log.meetings.save(
                meeting.withAttendees(List.of(org.liaison.meetings.Attendee.invited(new UUID(0, 1)))), EN)));
        assertEquals("onlineLink: not a web, video-call or telephone link: javascript:alert(1)", Log.refusal(() -> log.meetings.save(
                meeting.withPlace(null, "javascript:alert(1)"), EN)));
        assertEquals("capacity: the capacity must be at least 1", Log.refusal(() -> log.meetings.save(
                meeting.withDetails(null, null, 0, java.util.Set.of()), EN)));
        assertEquals(0, log.rows("MEETING"));
    }

    @Test
    void notesAreOnlyAddedAndTwoWrittenAtOnceAreBothKept() throws Exception {
        Meeting meeting = log.meeting(MeetingKind.ONE_TO_ONE, "Visit", ZonedDateTime.now(PARIS), camille);
        ExecutorService two = Executors.newFixedThreadPool(2);
        try {
            Future<MeetingNote> first = two.submit(() -> log.meetings.addNote(meeting.id(), "anne", "Wants a stand in Brighton", EN));
            Future<MeetingNote> second = two.submit(() -> log.meetings.addNote(meeting.id(), "marc", "Peut livrer en mars", EN));
            first.get();
            second.get();
        } finally {
            two.shutdown();
        }
        List<MeetingNote> notes = log.meetings.notes(meeting.id());
        assertEquals(2, notes.size());
        assertTrue(notes.stream().anyMatch(n -> n.author().equals("anne") && n.text().equals("Wants a stand in Brighton")));
        assertTrue(notes.stream().anyMatch(n -> n.author().equals("marc") && n.text().equals("Peut livrer en mars")));
        assertTrue(!notes.get(0).writtenAt().isAfter(notes.get(1).writtenAt()), "oldest first");
        assertEquals("text: required", Log.refusal(() -> log.meetings.addNote(meeting.id(), "anne", "   ", EN)));
    }

    @Test
    void followUpsAreOverdueOnlyAfterTheirDayAndMineComeOverdueFirst() {
        Meeting meeting = log.meeting(MeetingKind.ONE_TO_ONE, "Visit", ZonedDateTime.now(LONDON), oliver);
        LocalDate today = LocalDate.of(2026, 12, 2);
        FollowUpTask late = log.meetings.addTask(new FollowUpTask(null, meeting.id(), oliver, "Send the price list", "anne", today.minusDays(1),
                null, null), EN);
        FollowUpTask dueToday = log.meetings.addTask(new FollowUpTask(null, meeting.id(), oliver, "Call back", "anne", today, null, null), EN);
        FollowUpTask nextWeek = log.meetings.addTask(new FollowUpTask(null, meeting.id(), null, "Book the room", "anne", today.plusDays(6),
                null, null), EN);
        log.meetings.addTask(new FollowUpTask(null, meeting.id(), null, "Someone else's", "marc", today.minusDays(3), null, null), EN);
        log.meetings.addTask(new FollowUpTask(null, meeting.id(), null, "Far away", "anne", today.plusDays(30), null, null), EN);
        assertTrue(late.overdueOn(today));
        assertFalse(dueToday.overdueOn(today));
        assertEquals(List.of(late.id(), dueToday.id(), nextWeek.id()), log.meetings.openTasks("anne", today, 7, 50).stream()
                .map(FollowUpTask::id).toList());
        FollowUpTask done = log.meetings.complete(late.id(), today, "anne", EN);
        assertFalse(done.overdueOn(today));
        assertEquals(List.of(dueToday.id(), nextWeek.id()), log.meetings.openTasks("anne", today, 7, 50).stream().map(FollowUpTask::id)
                .toList());
        assertEquals("due: required", Log.refusal(() -> log.meetings.addTask(new FollowUpTask(null, meeting.id(), null, "x", "anne", null,
                null, null), EN)));
    }

    @Test
    void searchFindsWordsOfTheNotesWhateverTheirAccentsAndCaseWithAttendeeKindAndPeriod() {
        Meeting visit = log.meeting(MeetingKind.ONE_TO_ONE, "Visite de la cidrerie", ZonedDateTime.of(2026, 11, 3, 10, 0, 0, 0, PARIS), camille);
        log.meetings.addNote(visit.id(), "anne", "Int\u00e9ress\u00e9e par la cr\u00e9ation d'un stand commun \u00e0 Brighton", FR);
        Meeting call = log.meeting(MeetingKind.CALL, "Bakery call", ZonedDateTime.of(2026, 11, 20, 15, 0, 0, 0, LONDON), oliver);
        log.meetings.addNote(call.id(), "anne", "Wants a STAND at the Rouen fair", EN);

        assertEquals(List.of(call.id(), visit.id()), ids(MeetingQuery.words("stand", 10)), "newest first");
        assertEquals(List.of(visit.id()), ids(MeetingQuery.words("INTERESSEE creation", 10)));
        assertEquals(List.of(visit.id()), ids(MeetingQuery.words("cidr", 10)), "the last word may be the start of one");
        assertEquals(List.of(call.id()), ids(new MeetingQuery("stand", oliver, null, null, null, 10)));
        assertEquals(List.of(visit.id()), ids(new MeetingQuery("stand", null, MeetingKind.ONE_TO_ONE, null, null, 10)));
        assertEquals(List.of(visit.id()), ids(new MeetingQuery(null, null, null, LocalDateTime.of(2026, 11, 1, 0, 0).atZone(PARIS).toInstant(),
                LocalDateTime.of(2026, 11, 10, 0, 0).atZone(PARIS).toInstant(), 10)));
        assertEquals(List.of(), ids(MeetingQuery.words("stand nowhere", 10)));
        assertEquals(List.of(visit.id()), log.meetings.with(camille, 10).stream().map(Meeting::id).toList());

        log.meetings.save(call.withAttendees(List.of(org.liaison.meetings.Attendee.invited(oliver))).withDetails("Price list", null, null,
                java.util.Set.of()), EN);
        assertEquals(List.of(call.id()), ids(MeetingQuery.words("price stand", 10)), "an edit keeps the notes' words and adds its own");
    }

    @Test
    void aWordInThousandsOfMeetingsGivesTheNewestFirstWhicheverWordLeads() {
        ZonedDateTime first = ZonedDateTime.of(2020, 1, 6, 9, 0, 0, 0, LONDON);
        int count = 5_200; // past the rows a word is counted to before the newest meetings are walked instead
        List<UUID> brighton = new ArrayList<>();
        StoreFixture.service(Store.class).transaction(connection -> {
            for (int i = 0; i < count; i++) {
                Meeting meeting = log.meetings.save(Meeting.of(i % 2 == 0 ? MeetingKind.CALL : MeetingKind.ONE_TO_ONE, "Stand review " + i,
                        first.plusHours(i), "anne", "en"), EN);
                if (i % 1_000 == 7) {
                    log.meetings.addNote(meeting.id(), "anne", "Brighton fair", EN);
                    brighton.add(0, meeting.id());
                }
            }
            return null;
        });
        List<Meeting> newest = log.meetings.search(MeetingQuery.words("stand", 50));
        assertEquals(50, newest.size());
        assertEquals("Stand review " + (count - 1), newest.get(0).title());
        assertEquals("Stand review " + (count - 50), newest.get(49).title());
        List<Meeting> calls = log.meetings.search(new MeetingQuery("review", null, MeetingKind.CALL, null, null, 3));
        assertEquals(List.of("Stand review " + (count - 2), "Stand review " + (count - 4), "Stand review " + (count - 6)),
                calls.stream().map(Meeting::title).toList());
        assertEquals(brighton, ids(MeetingQuery.words("stand brighton", 50)), "the rare word leads, newest first");
        assertEquals(brighton.subList(0, 2), ids(MeetingQuery.words("brighton stand", 2)));
        assertEquals(List.of(), ids(new MeetingQuery("stand brighton", null, MeetingKind.CALL, null, null, 50)), "7, 1007... are one-to-ones");
        List<Meeting> broad = log.meetings.search(MeetingQuery.words("1", 50)); // starts 1,111 numbers: the newest meetings are walked
        assertEquals(50, broad.size());
        assertEquals("Stand review 1999", broad.get(0).title());
        assertEquals("Stand review 1950", broad.get(49).title());
    }

    @Test
    void manyMeetingsAtOneInstantAreAllFoundPageAfterPage() {
        ZonedDateTime slot = ZonedDateTime.of(2026, 12, 15, 14, 0, 0, 0, LONDON); // a brokerage afternoon: every slot at 14:00
        StoreFixture.service(Store.class).transaction(connection -> {
            for (int i = 0; i < 300; i++) {
                log.meetings.save(Meeting.of(MeetingKind.BROKERAGE, "Slot " + i + (i % 3 == 0 ? " export" : ""), slot, "anne", "en"), EN);
            }
            return null;
        });
        assertEquals(300, new java.util.HashSet<>(ids(MeetingQuery.words("slot", 400))).size());
        assertEquals(100, new java.util.HashSet<>(ids(MeetingQuery.words("slot export", 400))).size());
    }

    @Test
    void attendanceIsRecordedPerAttendeeAndDeletingTakesEverythingOfTheMeeting() {
        Meeting meeting = log.meeting(MeetingKind.ONE_TO_ONE, "Visit", ZonedDateTime.now(PARIS), camille, oliver);
        Meeting after = log.meetings.attendance(meeting.id(), oliver, Attendance.NO_SHOW, EN);
        assertEquals(Attendance.NO_SHOW, after.attendee(oliver).attendance());
        assertEquals(Attendance.INVITED, after.attendee(camille).attendance());
        log.meetings.addNote(meeting.id(), "anne", "note", EN);
        log.meetings.delete(meeting.id());
        for (String table : List.of("MEETING", "MEETING_ATTENDEE", "MEETING_NOTE", "MEETING_WORD")) {
            assertEquals(0, log.rows(table), table);
        }
    }

    private List<UUID> ids(MeetingQuery query) {
        return log.meetings.search(query).stream().map(Meeting::id).toList();
    }
}
