package org.liaison.meetings.internal.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.liaison.contacts.ContactService;
import org.liaison.contacts.ContactSummary;
import org.liaison.meetings.Attendance;
import org.liaison.meetings.Attendee;
import org.liaison.meetings.FollowUpTask;
import org.liaison.meetings.Meeting;
import org.liaison.meetings.MeetingKind;
import org.liaison.meetings.Meetings;
import org.liaison.meetings.NetworkEvents;
import org.liaison.meetings.interview.Interviews;
import org.liaison.meetings.internal.FieldStudyTemplate;
import org.liaison.store.Store;
import org.liaison.workbench.DemoData;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The demo network's meetings around today: one-to-ones in Brighton and Rouen, calls, a
 * cross-Channel network event in Dieppe with a waiting list, a brokerage session, a needs
 * assessment waiting for confirmation, notes and follow-ups (some overdue) for whoever runs the demo.
 */
@Component
public class DemoMeetings implements DemoData {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private final Store store;
    private final Meetings meetings;
    private final NetworkEvents events;
    private final Interviews interviews;
    private final ContactService contacts;

    @Activate
    public DemoMeetings(@Reference Store store, @Reference Meetings meetings, @Reference NetworkEvents events,
            @Reference Interviews interviews, @Reference ContactService contacts) {
        this.store = store;
        this.meetings = meetings;
        this.events = events;
        this.interviews = interviews;
        this.contacts = contacts;
    }

    @Override
    public int rank() {
        return 40;
    }

    @Override
    public void load() {
        store.transaction(connection -> {
            write(LocalDate.now(), System.getProperty("user.name", "demo"));
            return null;
        });
    }

    private void write(LocalDate today, String staff) {
        Locale locale = Locale.ENGLISH;
        Set<String> names = new HashSet<>(); // the demo network has its duplicates, which would look odd on one list
        List<ContactSummary> people = contacts.recent(400).stream().filter(c -> c.kind() == ContactSummary.Kind.PERSON)
                .filter(c -> names.add(c.name())).toList();
        List<ContactSummary> sussex = people.stream().filter(c -> "GB-ESX".equals(c.region())).toList();
        List<ContactSummary> normandy = people.stream().filter(c -> c.region() != null && c.region().startsWith("FR")).toList();
        if (sussex.size() < 12 || normandy.size() < 12) {
            return; // not the demo network
        }
        LocalDate monday = today.minusDays(today.getDayOfWeek().getValue() - 1L);
        String[][] oneToOnes = { { "Export plans for the spring", "Projets d'export pour le printemps" },
            { "Finding a French distributor", "Trouver un distributeur anglais" }, { "Grant application review", "Relecture du dossier de subvention" },
            { "Introduction follow-up", "Suivi de mise en relation" } };
        for (int i = 0; i < 8; i++) {
            boolean french = i % 2 == 1;
            ContactSummary person = (french ? normandy : sussex).get(i);
            LocalDate day = monday.plusDays(i % 5).plusWeeks(i / 5 - 1L);
            ZonedDateTime start = ZonedDateTime.of(day, LocalTime.of(9 + i % 7, i % 2 == 0 ? 0 : 30), french ? PARIS : LONDON);
            MeetingKind kind = i % 4 == 3 ? MeetingKind.CALL : MeetingKind.ONE_TO_ONE;
            Meeting meeting = Meeting.of(kind, oneToOnes[i % 4][french ? 1 : 0] + " \u2014 " + person.name(), start, staff, french ? "fr" : "en")
                    .withAttendees(List.of(new Attendee(person.id(), start.isBefore(ZonedDateTime.now()) ? Attendance.ATTENDED
                            : Attendance.INVITED, null, null)))
                    .withPlace(kind == MeetingKind.CALL ? null : french ? "CCI Rouen M\u00e9tropole, Quai de la Bourse, Rouen"
                            : "Sussex Innovation Centre, Brighton", kind == MeetingKind.CALL ? "https://meet.example.org/liaison-" + i : null);
            meeting = meetings.save(meeting, locale);
            meetings.addNote(meeting.id(), staff, french ? "Entreprise familiale, cherche des partenaires outre-Manche. Int\u00e9ress\u00e9e par l'\u00e9v\u00e9nement de Dieppe."
                    : "Family business looking for partners across the Channel; keen on the Dieppe event.", locale);
            meetings.addTask(new FollowUpTask(null, meeting.id(), person.id(), french ? "Envoyer la liste des distributeurs"
                    : "Send the list of distributors", staff, day.plusDays(i % 3 == 0 ? 2 : 9), null, null), locale);
        }
        event(monday.plusDays(10), sussex, normandy, staff, locale);
        brokerage(monday.plusDays(3), sussex, normandy, staff, locale);
        interview(monday.minusDays(2), normandy.get(9), staff, locale);
    }

    private void event(LocalDate day, List<ContactSummary> sussex, List<ContactSummary> normandy, String staff, Locale locale) {
        ZonedDateTime start = ZonedDateTime.of(day, LocalTime.of(18, 0), PARIS);
        Meeting event = Meeting.of(MeetingKind.NETWORK_EVENT, "Dieppe cross-Channel evening / Soir\u00e9e transmanche de Dieppe", start, staff,
                "fr").withPlace("Port de Dieppe, salle des f\u00eates, Dieppe", null)
                .withDetails("Welcome, pitches by members, buffet. / Accueil, pr\u00e9sentations des membres, buffet.", null, 10, Set.of());
        event = meetings.save(event, locale);
        Instant registered = start.minusDays(20).toInstant();
        for (int i = 0; i < 12; i++) {
            ContactSummary person = (i % 2 == 0 ? sussex : normandy).get(i / 2);
            events.register(event.id(), person.id(), registered.plusSeconds(3_600L * i), locale);
        }
    }

    private void brokerage(LocalDate day, List<ContactSummary> sussex, List<ContactSummary> normandy, String staff, Locale locale) {
        ZonedDateTime start = ZonedDateTime.of(day, LocalTime.of(14, 0), LONDON);
        Meeting session = Meeting.of(MeetingKind.BROKERAGE, "Food and drink brokerage session", start, staff, "en")
                .withPlace("The Brighton Centre, King's Road, Brighton", null);
        session = meetings.save(session, locale);
        for (int i = 0; i < 3; i++) {
            events.register(session.id(), sussex.get(8 + i).id(), start.minusDays(7).toInstant().plusSeconds(i), locale);
            events.register(session.id(), normandy.get(8 + i).id(), start.minusDays(7).toInstant().plusSeconds(10 + i), locale);
        }
    }

    private void interview(LocalDate day, ContactSummary person, String staff, Locale locale) {
        ZonedDateTime start = ZonedDateTime.of(day, LocalTime.of(10, 0), PARIS);
        Meeting meeting = meetings.save(Meeting.of(MeetingKind.NEEDS_ASSESSMENT, "Diagnostic des besoins \u2014 " + person.name(), start, staff,
                "fr").withAttendees(List.of(new Attendee(person.id(), Attendance.ATTENDED, null, null)))
                .withPlace("CCI Seine Estuaire, Le Havre", null), locale);
        interviews.save(meeting.id(), person.id(), FieldStudyTemplate.ID, Map.of("need.expertise",
                "Certification des produits pour le march\u00e9 britannique", "offer", "Atelier de d\u00e9coupe laser, disponible le vendredi",
                "readiness", "CAUTIOUS", "barrier.geo", "Ne parle pas anglais au t\u00e9l\u00e9phone", "communication", "Courriel, puis rencontre",
                "crossBorder", "YES"), locale);
    }
}
