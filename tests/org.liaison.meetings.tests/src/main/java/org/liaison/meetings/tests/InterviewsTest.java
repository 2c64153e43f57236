package org.liaison.meetings.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.liaison.meetings.tests.Log.EN;
import static org.liaison.meetings.tests.Log.FR;
import static org.liaison.meetings.tests.Log.PARIS;

import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.liaison.contacts.Barrier;
import org.liaison.contacts.BarrierKind;
import org.liaison.contacts.Person;
import org.liaison.contacts.Readiness;
import org.liaison.meetings.Meeting;
import org.liaison.meetings.MeetingKind;
import org.liaison.meetings.interview.ProfileChanges;
import org.liaison.niches.NeedOffer;
import org.liaison.niches.NeedsOffers;
import org.liaison.test.support.StoreFixture;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/** Needs-assessment answers reach the profile and the niches' board only once staff confirm them, and work without niches. */
class InterviewsTest {

    private static final Map<String, String> ANSWERS = Map.of("need.expertise", "Certification for the British market", "offer",
            "Laser cutting on Fridays", "readiness", "CAUTIOUS", "barrier.geo", "No English on the telephone", "crossBorder", "YES");

    private Log log;
    private UUID camille;
    private Meeting interview;

    @BeforeEach
    void log() {
        log = Log.fresh("interviews");
        camille = log.person("Camille", "Martin", "FR-76", "camille@cidrerie.example.fr");
        interview = log.meeting(MeetingKind.NEEDS_ASSESSMENT, "Diagnostic", ZonedDateTime.of(2026, 11, 30, 10, 0, 0, 0, PARIS), camille);
    }

    @Test
    void answersReachTheProfileAndTheBoardOnlyAfterConfirmationAndOnlyOnce() {
        assertEquals("field-study", log.interviews.templates().get(0).id());
        log.interviews.save(interview.id(), camille, "field-study", ANSWERS, EN);
        assertEquals(Readiness.OPEN, person().readiness(), "saved answers change nothing yet");
        assertEquals(List.of(), person().barriers());
        assertEquals(List.of(), needsOffers().of(camille));

        ProfileChanges preview = log.interviews.preview(interview.id(), FR);
        assertEquals(Readiness.CAUTIOUS, preview.readinessAfter());
        assertEquals(List.of(new Barrier(BarrierKind.GEO_DEMOGRAPHIC, "No English on the telephone")), preview.barriersAdded());
        assertEquals(List.of("Nouveau besoin (EXPERTISE) : Certification for the British market", "Nouvelle offre (OTHER) : Laser cutting on Fridays"),
                preview.followOns());
        assertEquals(Readiness.OPEN, person().readiness(), "a preview writes nothing");

        log.interviews.confirm(interview.id(), "anne", EN);
        assertEquals(Readiness.CAUTIOUS, person().readiness());
        assertEquals(List.of(new Barrier(BarrierKind.GEO_DEMOGRAPHIC, "No English on the telephone")), person().barriers());
        List<NeedOffer> board = needsOffers().of(camille);
        assertEquals(2, board.size());
        assertTrue(board.stream().anyMatch(n -> n.kind() == NeedOffer.Kind.NEED && n.description().equals("Certification for the British market")
                && n.language().equals("en")));
        assertEquals("meeting: the interview is confirmed already: its answers reached the profile and can no longer change",
                Log.refusal(() -> log.interviews.confirm(interview.id(), "anne", EN)));
        assertEquals("meeting: the interview is confirmed already: its answers reached the profile and can no longer change",
                Log.refusal(() -> log.interviews.save(interview.id(), camille, "field-study", Map.of(), EN)));
    }

    @Test
    void answersThatCannotBeAreRefusedNamingTheQuestion() {
        assertEquals("readiness: answer one of: OPEN, CAUTIOUS, CLOSED", Log.refusal(() -> log.interviews.save(interview.id(), camille,
                "field-study", Map.of("readiness", "EAGER"), EN)));
        assertEquals("shoeSize: no such question in this template: shoeSize", Log.refusal(() -> log.interviews.save(interview.id(), camille,
                "field-study", Map.of("shoeSize", "42"), EN)));
        assertEquals("barrier.geo: at most 2,000 characters", Log.refusal(() -> log.interviews.save(interview.id(), camille,
                "field-study", Map.of("barrier.geo", "x".repeat(2_001)), EN)), "the profile keeps a barrier's note to 2,000");
        UUID stranger = log.person("Hugo", "Girard", "FR-76", null);
        assertEquals("contact: the person interviewed must be an attendee of the meeting", Log.refusal(() -> log.interviews.save(
                interview.id(), stranger, "field-study", Map.of(), EN)));
        assertEquals("template: no such interview template: agency-x", Log.refusal(() -> log.interviews.save(interview.id(), camille,
                "agency-x", Map.of(), EN)));
        assertEquals(0, log.rows("MEETING_INTERVIEW"));
    }

    @Test
    void withoutTheNichesAreaAnInterviewStillUpdatesTheProfile() throws Exception {
        Bundle niches = java.util.Arrays.stream(FrameworkUtil.getBundle(InterviewsTest.class).getBundleContext().getBundles())
                .filter(b -> b.getSymbolicName().equals("org.liaison.niches")).findFirst().orElseThrow();
        niches.stop();
        try {
            log.interviews.save(interview.id(), camille, "field-study", ANSWERS, EN);
            assertEquals(List.of(), log.interviews.preview(interview.id(), EN).followOns());
            log.interviews.confirm(interview.id(), "anne", EN);
            assertEquals(Readiness.CAUTIOUS, person().readiness());
            assertEquals(0, log.rows("NICHE_NEED_OFFER"));
        } finally {
            niches.start();
        }
    }

    private Person person() {
        return log.contacts.person(camille).orElseThrow();
    }

    private static NeedsOffers needsOffers() {
        return StoreFixture.service(NeedsOffers.class);
    }

    @Test
    void erasingThePersonRemovesTheirAttendanceInterviewAnswersAndNeedsAndOffersToo() {
        log.interviews.save(interview.id(), camille, "field-study", Map.of("need.expertise", "Sourdough ovens from Featherstone",
                "offer", "Cider pressing in Yvetot", "barrier.geo", "Quennell lane is far"), EN);
        log.interviews.confirm(interview.id(), "anne", EN);
        assertEquals(2, needsOffers().of(camille).size());

        StoreFixture.service(org.liaison.contacts.DataProtection.class).erase(camille);

        assertEquals(List.of(), org.liaison.test.support.PersonalTraces.in(StoreFixture.service(org.liaison.store.Store.class),
                "sourdough ovens", "cider pressing", "quennell lane", "cidrerie"),
                "the person's interview answers, their needs and offers and their attendance went with them");
        assertEquals(List.of(), needsOffers().of(camille));
        for (String table : List.of("MEETING_ATTENDEE", "MEETING_INTERVIEW", "NICHE_MEMBER")) {
            assertEquals(0L, StoreFixture.service(org.liaison.store.Store.class).read(connection -> org.liaison.store.Sql.count(connection,
                    "SELECT COUNT(*) FROM " + table + " WHERE CONTACT_ID = ?", camille)), table);
        }
    }
}
