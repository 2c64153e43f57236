package org.liaison.meetings.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.liaison.meetings.tests.Log.EN;
import static org.liaison.meetings.tests.Log.FR;
import static org.liaison.meetings.tests.Log.PARIS;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.liaison.contacts.ContactNotes;
import org.liaison.contacts.TimelineEntry;
import org.liaison.contacts.TimelineSource;
import org.liaison.meetings.FollowUpTask;
import org.liaison.meetings.Meeting;
import org.liaison.meetings.MeetingKind;
import org.liaison.niches.Introductions;
import org.liaison.test.support.StoreFixture;
import org.osgi.framework.ServiceReference;

/** A contact's timeline: meetings and follow-ups with the contact's notes and the niches' introductions, newest first. */
class TimelineTest {

    @Test
    void meetingsNotesAndIntroductionsMakeOneListNewestFirstInTheReadersLanguage() throws Exception {
        Log log = Log.fresh("timeline");
        UUID camille = log.person("Camille", "Martin", "FR-76", null);
        UUID oliver = log.person("Oliver", "Baker", "GB-ESX", null);
        Meeting visit = log.meeting(MeetingKind.ONE_TO_ONE, "Visite de la cidrerie", ZonedDateTime.of(2026, 11, 3, 10, 0, 0, 0, PARIS), camille);
        log.meetings.addTask(new FollowUpTask(null, visit.id(), camille, "Envoyer les tarifs", "anne", LocalDate.of(2026, 11, 10), null, null), EN);
        StoreFixture.service(Introductions.class).propose(camille, oliver, null, null, null, "anne", "Both make cider",
                LocalDate.of(2026, 11, 5), EN);
        StoreFixture.service(ContactNotes.class).add(camille, "anne", "Met at the fair", EN);

        List<String> english = timeline(camille, EN);
        assertEquals(4, english.size(), english::toString);
        assertEquals("NOTE", english.get(0).split(" ")[0], "the note, written now, is newest");
        assertEquals("TASK Follow-up for anne: Envoyer les tarifs", english.get(1));
        assertEquals("INTRODUCTION", english.get(2).split(" ")[0]);
        assertEquals("MEETING One-to-one: Visite de la cidrerie, 10:00 (Europe/Paris) \u2014 invited", english.get(3));
        assertEquals("MEETING Entretien individuel : Visite de la cidrerie, 10:00 (Europe/Paris) \u2014 invit\u00e9", timeline(camille, FR).get(3));
    }

    /** As the contact views show it: every source's entries, newest first. */
    static List<String> timeline(UUID contact, Locale locale) throws Exception {
        List<TimelineEntry> entries = new ArrayList<>();
        var context = StoreFixture.context();
        for (ServiceReference<TimelineSource> reference : context.getServiceReferences(TimelineSource.class, null)) {
            entries.addAll(context.getService(reference).entries(contact, locale));
            context.ungetService(reference);
        }
        entries.sort(Comparator.comparing(TimelineEntry::at).reversed());
        return entries.stream().map(e -> e.kind() + " " + e.text()).toList();
    }
}
