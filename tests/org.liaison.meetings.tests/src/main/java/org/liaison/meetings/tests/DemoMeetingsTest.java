package org.liaison.meetings.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.liaison.meetings.Meeting;
import org.liaison.meetings.MeetingKind;
import org.liaison.meetings.MeetingQuery;
import org.liaison.meetings.NetworkEvents.Registration;
import org.liaison.test.support.StoreFixture;
import org.liaison.workbench.DemoData;

/** The demo network has meetings this week, an event with a waiting list, an interview to confirm and follow-ups due. */
class DemoMeetingsTest {

    @Test
    void theDemoNetworkHasMeetingsAroundTodayAndSomethingInEveryView() throws Exception {
        Log log = Log.fresh("demo-meetings");
        List<DemoData> demos = StoreFixture.context().getServiceReferences(DemoData.class, null).stream()
                .map(reference -> StoreFixture.context().getService(reference)).sorted(Comparator.comparingInt(DemoData::rank)).toList();
        demos.forEach(DemoData::load);

        Instant now = Instant.now();
        assertFalse(log.meetings.between(now.minus(Duration.ofDays(7)), now.plus(Duration.ofDays(7))).isEmpty(), "meetings this week");
        List<Meeting> events = log.meetings.search(new MeetingQuery(null, null, MeetingKind.NETWORK_EVENT, null, null, 10));
        assertEquals(1, events.size());
        List<Registration> registrations = log.events.registrations(events.get(0).id());
        assertEquals(12, registrations.size());
        assertEquals(2, registrations.stream().filter(Registration::waiting).count());
        Meeting assessment = log.meetings.search(new MeetingQuery(null, null, MeetingKind.NEEDS_ASSESSMENT, null, null, 10)).get(0);
        assertFalse(log.interviews.find(assessment.id()).orElseThrow().confirmed(), "an interview waits for confirmation");
        assertTrue(log.meetings.openTasks(System.getProperty("user.name"), LocalDate.now(), 14, 50).size() >= 4, "follow-ups for whoever runs it");
        assertTrue(log.meetings.search(MeetingQuery.words("dieppe partners", 10)).size() >= 2, "found by the words of their notes");
    }
}
