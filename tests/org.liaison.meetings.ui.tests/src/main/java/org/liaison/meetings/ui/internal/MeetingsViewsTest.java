package org.liaison.meetings.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.DateTime;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.TabFolder;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.liaison.core.i18n.Messages;
import org.liaison.core.settings.UserSettings;
import org.liaison.meetings.Attendance;
import org.liaison.meetings.FollowUpTask;
import org.liaison.meetings.Meeting;
import org.liaison.meetings.MeetingKind;
import org.liaison.meetings.MeetingQuery;
import org.liaison.store.StoreStatus;
import org.liaison.test.desktop.RunningDesktop;
import org.liaison.test.support.StoreFixture;
import org.liaison.ui.FormErrors;
import org.liaison.workbench.Entry;
import org.liaison.workbench.TodayCard;
import org.liaison.workbench.Workbench;

/**
 * The Meetings area in the real desktop, on the demo network, driven through its commands as
 * menus and keys would: the calendar by week and month and its search, logging a meeting and its
 * notes, my follow-ups, check-in at an event, the needs-assessment form, an iCalendar import, the
 * Today cards and search; pictures of each in the language of the run.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MeetingsViewsTest {

    private static final String LANGUAGE = System.getProperty("liaison.language", "en");
    private static final Map<String, String> NONE = Map.of();

    private static RunningDesktop desktop;
    private static MeetingsServices services;
    private static Messages texts;

    @BeforeAll
    static void start() throws Exception {
        StoreStatus store = StoreFixture.memory("meetings-ui-" + UUID.randomUUID());
        assertEquals(StoreStatus.State.OPEN, store.state(), () -> store.failure().map(Throwable::getMessage).orElse(""));
        UserSettings settings = StoreFixture.service(UserSettings.class);
        settings.put("sync.firstRunAsked", "true");
        settings.put("layout.area", Workbench.HOME);
        RunningDesktop.loadDemoNetwork();
        services = StoreFixture.service(MeetingsServices.class);
        texts = MeetingsTexts.in(Locale.forLanguageTag(LANGUAGE));
        desktop = RunningDesktop.start();
        desktop.execute(Workbench.SHOW_AREA_COMMAND, Map.of(Workbench.AREA_PARAMETER, MeetingsUi.AREA));
    }

    @AfterAll
    static void stop() throws InterruptedException {
        if (desktop != null) {
            desktop.close();
        }
    }

    /** Sets the start and end hours of the meeting form. */
    private static void hours(Shell form, int start, int end) {
        desktop.ui(() -> {
            List<DateTime> times = new ArrayList<>();
            collect(form, times);
            times.get(0).setTime(start, 0, 0);
            times.get(1).setTime(end, 0, 0);
            return null;
        });
    }

    private static void collect(Composite parent, List<DateTime> times) {
        for (Control child : parent.getChildren()) {
            if (child instanceof DateTime time && (time.getStyle() & SWT.TIME) != 0) {
                times.add(time);
            } else if (child instanceof Composite inner) {
                collect(inner, times);
            }
        }
    }

    private static String save() {
        return "fr".equals(LANGUAGE) ? "Enregistrer" : "Save";
    }

    private static Meeting demoMeeting(MeetingKind kind) {
        return services.meetings().search(new MeetingQuery(null, null, kind, null, null, 1)).get(0);
    }

    @Test
    @Order(1)
    void theCalendarShowsTheWeekAndTheMonthAndAChosenMeetingCanBeOpened() throws Exception {
        CalendarPart calendar = desktop.view(MeetingsUi.CALENDAR_PART, CalendarPart.class);
        desktop.until(() -> desktop.ui(() -> !calendar.shown().isEmpty()), "this week's demo meetings");
        desktop.picture(desktop.shell(), "meetings-week-" + LANGUAGE);
        assertFalse(desktop.canExecute(MeetingsUi.OPEN_MEETING, NONE), "no meeting chosen");
        Meeting first = desktop.ui(() -> calendar.shown().get(0));
        desktop.ui(() -> {
            calendar.show(first);
            return null;
        });
        desktop.until(() -> desktop.canExecute(MeetingsUi.OPEN_MEETING, NONE), "the meeting chosen");

        desktop.execute("org.liaison.meetings.ui.command.page", Map.of(MeetingsUi.VIEW_PARAMETER, "MONTH"));
        desktop.until(() -> desktop.ui(() -> calendar.mode() == CalendarSheet.Mode.MONTH && calendar.shown().size() > 5), "the month");
        desktop.picture(desktop.shell(), "meetings-month-" + LANGUAGE);
        desktop.execute("org.liaison.meetings.ui.command.page", Map.of(MeetingsUi.STEP_PARAMETER, "1"));
        desktop.execute("org.liaison.meetings.ui.command.page", Map.of(MeetingsUi.STEP_PARAMETER, "0"));
        desktop.execute("org.liaison.meetings.ui.command.page", Map.of(MeetingsUi.VIEW_PARAMETER, "WEEK"));
        desktop.until(() -> desktop.ui(() -> calendar.mode() == CalendarSheet.Mode.WEEK), "back to the week");
    }

    @Test
    @Order(2)
    void wordsOfTheNotesFindMeetingsWhateverTheirAccents() throws Exception {
        CalendarPart calendar = desktop.view(MeetingsUi.CALENDAR_PART, CalendarPart.class);
        desktop.ui(() -> {
            calendar.searchField().setText("DIEPPE");
            return null;
        });
        desktop.until(() -> desktop.ui(() -> calendar.shown().size() >= 2), "the meetings whose notes or title say Dieppe");
        desktop.picture(desktop.shell(), "meetings-search-" + LANGUAGE);
        desktop.ui(() -> {
            calendar.searchField().setText("");
            return null;
        });
    }

    @Test
    @Order(3)
    void aMeetingIsLoggedOnlyWhenItsHoursAreRightAndItsNotesAreAddedBelow() throws Exception {
        desktop.executeLater(MeetingsUi.NEW_MEETING, NONE);
        Shell form = desktop.dialog();
        desktop.type(form, "title", "Cider press visit");
        hours(form, 10, 9); // the end before the start
        desktop.press(form, save());
        assertTrue(desktop.ui(() -> !form.isDisposed() && form.isVisible()), "refused: the editor stays");
        desktop.picture(form, "meeting-refused-" + LANGUAGE);
        hours(form, 10, 11);
        desktop.press(form, save());
        desktop.until(form::isDisposed, "the meeting saved");
        Meeting saved = services.meetings().search(MeetingQuery.words("cider press", 5)).get(0);
        assertEquals(MeetingKind.ONE_TO_ONE, saved.kind());

        CalendarPart calendar = desktop.view(MeetingsUi.CALENDAR_PART, CalendarPart.class);
        desktop.ui(() -> {
            calendar.show(saved);
            return null;
        });
        desktop.until(() -> desktop.canExecute(MeetingsUi.OPEN_MEETING, NONE), "the new meeting chosen");
        desktop.executeLater(MeetingsUi.OPEN_MEETING, NONE);
        Shell edit = desktop.dialog();
        desktop.ui(() -> {
            TabFolder tabs = RunningDesktop.find(edit, TabFolder.class, t -> true);
            tabs.setSelection(1);
            Text entry = RunningDesktop.find(edit, Text.class, t -> t.getData(NotesTab.ENTRY) != null);
            entry.setText("Wants a stand at the Brighton fair");
            return null;
        });
        desktop.press(edit, texts.get("notes.add"));
        desktop.until(() -> services.meetings().notes(saved.id()).size() == 1, "the note added at once");
        desktop.picture(edit, "meeting-notes-" + LANGUAGE);
        desktop.press(edit, texts.get("button.cancel"));
        desktop.until(edit::isDisposed, "the form closed");
        assertEquals(1, services.meetings().notes(saved.id()).size(), "a note is kept even when the form is cancelled");
    }

    @Test
    @Order(4)
    void myFollowUpsListTheOverdueFirstAndAreMarkedDone() throws Exception {
        desktop.view(MeetingsUi.FOLLOW_UPS_PART, FollowUpsPart.class);
        Table tasks = desktop.table(texts.get("tasks.title"));
        desktop.until(() -> desktop.ui(tasks::getItemCount) > 0, "the demo follow-ups");
        desktop.picture(desktop.shell(), "follow-ups-" + LANGUAGE);
        desktop.choose(tasks, 0);
        FollowUpTask first = desktop.ui(() -> (FollowUpTask) tasks.getItem(0).getData());
        assertTrue(desktop.canExecute("org.liaison.meetings.ui.command.taskDone", NONE));
        desktop.execute("org.liaison.meetings.ui.command.taskDone", NONE);
        desktop.until(() -> services.meetings().tasks(first.meetingId()).stream().anyMatch(t -> t.id().equals(first.id()) && t.done()),
                "the follow-up done");
    }

    @Test
    @Order(5)
    void atTheEventSomeoneIsCheckedInAndTheWaitingListIsNot() throws Exception {
        Meeting event = demoMeeting(MeetingKind.NETWORK_EVENT);
        CheckInPart checkIn = desktop.view(MeetingsUi.CHECK_IN_PART, CheckInPart.class);
        desktop.ui(() -> {
            checkIn.show(event);
            return null;
        });
        Table rows = desktop.table(texts.get("checkIn.position"));
        desktop.until(() -> desktop.ui(rows::getItemCount) == 12, "the twelve registrations");
        desktop.choose(rows, 11);
        assertFalse(desktop.canExecute("org.liaison.meetings.ui.command.checkIn", NONE), "the last is on the waiting list");
        desktop.choose(rows, 0);
        assertTrue(desktop.canExecute("org.liaison.meetings.ui.command.checkIn", NONE));
        desktop.execute("org.liaison.meetings.ui.command.checkIn", NONE);
        desktop.until(() -> services.events().registrations(event.id()).get(0).attendee().attendance() == Attendance.ATTENDED, "checked in");
        desktop.until(() -> desktop.ui(() -> rows.getItem(0).getText(3)).startsWith(texts.get("checkIn.in", "").strip()), "shown checked in");
        desktop.picture(desktop.shell(), "check-in-" + LANGUAGE);

        // the event's form open while the desk checks someone else in: saving the form keeps both check-ins
        desktop.executeLater(MeetingsUi.OPEN_MEETING, NONE);
        Shell form = desktop.dialog();
        UUID second = services.events().registrations(event.id()).get(1).attendee().contactId();
        services.events().checkIn(event.id(), second, Instant.now(), Locale.ENGLISH);
        desktop.press(form, save());
        desktop.until(form::isDisposed, "the event saved");
        assertEquals(2, services.events().registrations(event.id()).stream().filter(r -> r.attendee().checkedInAt() != null).count(),
                "the check-in made while the form was open is kept");
    }

    @Test
    @Order(6)
    void theNeedsAssessmentFormShowsTheQuestionsAndKeepsTheAnswers() throws Exception {
        Meeting assessment = demoMeeting(MeetingKind.NEEDS_ASSESSMENT);
        CalendarPart calendar = desktop.view(MeetingsUi.CALENDAR_PART, CalendarPart.class);
        desktop.ui(() -> {
            calendar.show(assessment);
            return null;
        });
        desktop.until(() -> desktop.canExecute("org.liaison.meetings.ui.command.interview", NONE), "the interview chosen");
        desktop.executeLater("org.liaison.meetings.ui.command.interview", NONE);
        Shell form = desktop.dialog();
        desktop.ui(() -> {
            Text offer = RunningDesktop.find(form, Text.class, t -> "offer".equals(t.getData(FormErrors.FIELD)));
            offer.setText("Laser cutting on Fridays, and a showroom");
            Combo readiness = RunningDesktop.find(form, Combo.class, c -> "readiness".equals(c.getData(FormErrors.FIELD)));
            readiness.select(1);
            return null;
        });
        desktop.picture(form, "interview-" + LANGUAGE);
        desktop.press(form, save());
        desktop.until(form::isDisposed, "the answers saved");
        var interview = services.interviews().find(assessment.id()).orElseThrow();
        assertEquals("Laser cutting on Fridays, and a showroom", interview.answers().get("offer"));
        assertEquals("OPEN", interview.answers().get("readiness"));
        assertFalse(interview.confirmed(), "saved, not confirmed: the profile is untouched");
    }

    @Test
    @Order(7)
    void anICalendarFileShowsWhatItWouldCreateBeforeItDoes() throws Exception {
        Path file = Files.createTempFile("outlook", ".ics");
        Files.writeString(file, "BEGIN:VCALENDAR\r\nPRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN\r\nVERSION:2.0\r\n"
                + "BEGIN:VEVENT\r\nUID:ui-test-1\r\nSUMMARY:Regional export club\r\nDTSTART;TZID=\"GMT Standard Time\":20261215T100000\r\n"
                + "DTEND;TZID=\"GMT Standard Time\":20261215T113000\r\nLOCATION:Lewes Town Hall\r\n"
                + "ATTENDEE;CN=\"Nobody\":mailto:nobody@elsewhere.example\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n");
        desktop.ui(() -> {
            ImportCalendarHandler.importFile(file, desktop.shell(), services, texts, desktop.window().getContext().get(EPartService.class));
            return null;
        });
        Shell plan = desktop.dialog();
        desktop.picture(plan, "import-plan-" + LANGUAGE);
        assertTrue(services.meetings().search(MeetingQuery.words("regional export club", 5)).isEmpty(), "nothing created yet");
        desktop.press(plan, texts.get("import.create", 1));
        Shell done = desktop.dialog();
        desktop.press(done, "OK");
        Meeting created = services.meetings().search(MeetingQuery.words("regional export club", 5)).get(0);
        assertEquals(Instant.parse("2026-12-15T10:00:00Z"), created.start());
        Files.delete(file);
    }

    @Test
    @Order(8)
    void theTodayCardsRemindOfFollowUpsAndThisWeeksMeetingsAndSearchFindsMeetings() throws Exception {
        Locale locale = Locale.forLanguageTag(LANGUAGE);
        List<TodayCard> cards = StoreFixture.context().getServiceReferences(TodayCard.class, null).stream()
                .map(reference -> StoreFixture.context().getService(reference)).filter(c -> c.getClass().getPackageName()
                        .equals(MeetingsViewsTest.class.getPackageName())).toList();
        assertEquals(2, cards.size());
        for (TodayCard card : cards) {
            TodayCard.Content content = card.content(locale);
            assertFalse(card.title(locale).isBlank());
            assertFalse(content.whenNone().isBlank(), card.title(locale));
            assertTrue(content.entries().size() <= content.count() && (content.count() == 0 || !content.entries().isEmpty()),
                    card.title(locale) + ": " + content.count() + " counted, " + content.entries().size() + " listed");
        }
        assertTrue(new FollowUpsCard(services).content(locale).count() > 0, "the demo has follow-ups due or overdue");
        List<Entry> found = new MeetingsSearch(services).search("dieppe", 10, locale);
        assertFalse(found.isEmpty());
        assertEquals(MeetingsUi.SHOW, found.get(0).open().commandId());
        desktop.execute(Workbench.SHOW_AREA_COMMAND, Map.of(Workbench.AREA_PARAMETER, Workbench.HOME));
        desktop.picture(desktop.shell(), "today-with-meetings-" + LANGUAGE);
        assertTrue(services.meetings().openTasks(services.staff(), LocalDate.now(), 0, 100).stream()
                .anyMatch(t -> t.overdueOn(LocalDate.now())), "the demo has overdue follow-ups, which the card lists first");
    }
}
