package org.liaison.meetings.ui.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.DateTime;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.TabFolder;
import org.eclipse.swt.widgets.TabItem;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.liaison.contacts.ContactSummary;
import org.liaison.contacts.ui.ContactPicker;
import org.liaison.core.i18n.Messages;
import org.liaison.core.validation.ValidationException;
import org.liaison.core.validation.ValidationProblem;
import org.liaison.meetings.Attendance;
import org.liaison.meetings.Attendee;
import org.liaison.meetings.Meeting;
import org.liaison.meetings.MeetingKind;
import org.liaison.ui.FormDialog;
import org.liaison.ui.Tables;

/**
 * The meeting form, quick to fill: a kind sets the usual length and what the place is, the date
 * and hours are read in the meeting's own zone, attendees are found as one types. A saved meeting
 * also shows its notes (the entry above the history), its follow-ups and, where the niches area
 * is installed, the introductions made at it.
 */
final class MeetingDialog extends FormDialog {

    /** The zones offered first: the network's two, then every other by name. */
    static final List<String> ZONES = zones();

    private final MeetingsServices services;
    private final Messages texts;
    private Meeting meeting;
    private final List<Attendee> attendees = new ArrayList<>();
    private final List<Attendee> opened;
    private final Map<UUID, String> names = new HashMap<>();
    private Combo kind;
    private Text title;
    private DateTime day;
    private DateTime starts;
    private DateTime ends;
    private Combo zone;
    private Text place;
    private Text link;
    private Combo language;
    private Spinner capacity;
    private Table attendeeTable;
    private Combo attendance;
    private Text agenda;
    private Text decisions;
    private Meeting saved;

    MeetingDialog(Shell parent, MeetingsServices services, Messages texts, Meeting meeting) {
        super(parent, texts.locale());
        this.services = services;
        this.texts = texts;
        this.meeting = meeting;
        this.opened = meeting.attendees();
        attendees.addAll(meeting.attendees());
        if (!attendees.isEmpty()) {
            services.profiles().summaries(attendees.stream().map(Attendee::contactId).toList())
                    .forEach((id, summary) -> names.put(id, summary.name()));
        }
    }

    /** A new meeting of {@code kind} starting at the next whole hour in this computer's zone. */
    static Meeting blank(MeetingKind kind, String staff, Messages texts) {
        ZonedDateTime next = ZonedDateTime.now().plusHours(1).withMinute(0).withSecond(0).withNano(0);
        return Meeting.of(kind, "", next, staff, texts.locale().getLanguage());
    }

    Meeting saved() {
        return saved;
    }

    @Override
    protected String heading() {
        return meeting.id() == null ? texts.get("meeting.new") : texts.get("meeting.edit");
    }

    @Override
    protected String message() {
        return texts.get("meeting.message");
    }

    @Override
    protected void fields(Composite form) {
        TabFolder tabs = new TabFolder(form, SWT.TOP);
        GridDataFactory.fillDefaults().grab(true, true).span(2, 1).hint(640, 520).applyTo(tabs);
        TabItem main = new TabItem(tabs, SWT.NONE);
        main.setText(texts.get("meeting.tab.main"));
        Composite grid = new Composite(tabs, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(2).spacing(12, 6).applyTo(grid);
        main.setControl(grid);
        mainFields(grid);
        if (meeting.id() != null) {
            new NotesTab(tabs, services, texts, meeting.id());
            new TasksTab(tabs, services, texts, meeting);
            IntroductionsTabs.add(tabs, texts, meeting, services.profiles());
        }
    }

    private void mainFields(Composite grid) {
        new Label(grid, SWT.NONE).setText(texts.get("meeting.kind"));
        kind = new Combo(grid, SWT.READ_ONLY);
        for (MeetingKind each : MeetingKind.values()) {
            kind.add(texts.get("kind." + each.name()));
        }
        kind.select(meeting.kind().ordinal());
        register("kind", kind);
        GridDataFactory.fillDefaults().indent(8, 0).applyTo(kind);
        title = text(grid, texts.get("meeting.title"), "title", SWT.NONE);
        title.setText(meeting.title());

        ZonedDateTime start = meeting.localStart();
        new Label(grid, SWT.NONE).setText(texts.get("meeting.when"));
        Composite when = new Composite(grid, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(5).applyTo(when);
        GridDataFactory.fillDefaults().indent(8, 0).applyTo(when);
        day = new DateTime(when, SWT.DATE | SWT.DROP_DOWN | SWT.BORDER);
        day.setDate(start.getYear(), start.getMonthValue() - 1, start.getDayOfMonth());
        starts = new DateTime(when, SWT.TIME | SWT.SHORT | SWT.BORDER);
        starts.setTime(start.getHour(), start.getMinute(), 0);
        new Label(when, SWT.NONE).setText("\u2013");
        ends = new DateTime(when, SWT.TIME | SWT.SHORT | SWT.BORDER);
        ZonedDateTime end = meeting.localEnd();
        ends.setTime(end.getHour(), end.getMinute(), 0);
        zone = new Combo(when, SWT.DROP_DOWN);
        zone.setItems(ZONES.toArray(String[]::new));
        zone.setText(meeting.zone().getId());
        GridDataFactory.fillDefaults().hint(170, SWT.DEFAULT).applyTo(zone);
        register("start", day);
        register("end", ends);
        register("zone", zone);

        place = text(grid, texts.get("meeting.place"), "place", SWT.NONE);
        place.setText(meeting.place() == null ? "" : meeting.place());
        link = text(grid, texts.get("meeting.link"), "onlineLink", SWT.NONE);
        link.setText(meeting.onlineLink() == null ? "" : meeting.onlineLink());
        link.setMessage("https://\u2026");
        new Label(grid, SWT.NONE).setText(texts.get("meeting.language"));
        language = new Combo(grid, SWT.READ_ONLY);
        language.setItems(texts.get("language.en"), texts.get("language.fr"));
        language.select("fr".equals(meeting.language()) ? 1 : 0);
        GridDataFactory.fillDefaults().indent(8, 0).applyTo(language);
        register("language", language);
        new Label(grid, SWT.NONE).setText(texts.get("meeting.capacity"));
        capacity = new Spinner(grid, SWT.BORDER);
        capacity.setValues(meeting.capacity() == null ? 0 : meeting.capacity(), 0, 100_000, 0, 1, 10);
        capacity.setToolTipText(texts.get("meeting.capacity.tip"));
        GridDataFactory.fillDefaults().indent(8, 0).applyTo(capacity);
        register("capacity", capacity);

        Label attendeesLabel = new Label(grid, SWT.NONE);
        attendeesLabel.setText(texts.get("meeting.attendees"));
        GridDataFactory.fillDefaults().align(SWT.FILL, SWT.TOP).indent(0, 4).applyTo(attendeesLabel);
        Composite people = new Composite(grid, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(3).applyTo(people);
        GridDataFactory.fillDefaults().grab(true, true).indent(8, 0).applyTo(people);
        ContactPicker picker = new ContactPicker(people, services.contacts(), texts.locale());
        GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(picker.control());
        Button add = new Button(people, SWT.PUSH);
        add.setText(texts.get("meeting.attendees.add"));
        add.setEnabled(false);
        GridDataFactory.fillDefaults().align(SWT.FILL, SWT.BEGINNING).applyTo(add);
        picker.onChange(() -> add.setEnabled(picker.chosen() != null && picker.chosen().kind() == ContactSummary.Kind.PERSON));
        attendeeTable = Tables.table(people, SWT.MULTI, texts, "attendees.name", 260, "attendees.attendance", 120);
        GridDataFactory.fillDefaults().grab(true, true).span(3, 1).hint(SWT.DEFAULT, 90).applyTo(attendeeTable);
        register("attendees", attendeeTable);
        new Label(people, SWT.NONE).setText(texts.get("meeting.attendees.mark"));
        attendance = new Combo(people, SWT.READ_ONLY);
        for (Attendance each : Attendance.values()) {
            attendance.add(texts.get("attendance." + each.name()));
        }
        Button remove = new Button(people, SWT.PUSH);
        remove.setText(texts.get("meeting.attendees.remove"));
        add.addListener(SWT.Selection, e -> {
            ContactSummary person = picker.chosen();
            if (person != null && attendees.stream().noneMatch(a -> a.contactId().equals(person.id()))) {
                attendees.add(Attendee.invited(person.id()));
                names.put(person.id(), person.name());
                showAttendees();
            }
            picker.search().setText("");
            picker.search().setFocus();
        });
        attendance.addListener(SWT.Selection, e -> {
            for (int index : attendeeTable.getSelectionIndices()) {
                attendees.set(index, attendees.get(index).with(Attendance.values()[attendance.getSelectionIndex()]));
            }
            showAttendees();
        });
        remove.addListener(SWT.Selection, e -> {
            int[] chosen = attendeeTable.getSelectionIndices();
            for (int i = chosen.length - 1; i >= 0; i--) {
                attendees.remove(chosen[i]);
            }
            showAttendees();
        });
        showAttendees();

        agenda = text(grid, texts.get("meeting.agenda"), "agenda", SWT.MULTI | SWT.WRAP | SWT.V_SCROLL);
        agenda.setText(meeting.agenda() == null ? "" : meeting.agenda());
        decisions = text(grid, texts.get("meeting.decisions"), "decisions", SWT.MULTI | SWT.WRAP | SWT.V_SCROLL);
        decisions.setText(meeting.decisions() == null ? "" : meeting.decisions());
        kind.addListener(SWT.Selection, e -> presets());
        presets(false);
    }

    private void presets() {
        presets(true);
    }

    /** What a kind brings: its usual length (when the kind is changed), a link rather than an address for a call, a capacity for events. */
    private void presets(boolean lengthToo) {
        MeetingKind chosen = MeetingKind.values()[kind.getSelectionIndex()];
        if (lengthToo) {
            LocalTime end = LocalTime.of(starts.getHours(), starts.getMinutes()).plusMinutes(chosen.usualMinutes());
            ends.setTime(end.getHour(), end.getMinute(), 0);
        }
        place.setEnabled(!chosen.remote());
        capacity.setEnabled(chosen.takesRegistrations());
        (chosen.remote() ? link : place).setMessage(texts.get(chosen.remote() ? "meeting.link.hint" : "meeting.place.hint"));
    }

    private void showAttendees() {
        Tables.fill(attendeeTable, attendees, a -> new String[] {names.getOrDefault(a.contactId(), "?"),
            texts.get("attendance." + a.attendance().name())});
    }

    @Override
    protected Control firstField() {
        return title;
    }

    @Override
    protected void save() {
        MeetingKind chosen = MeetingKind.values()[kind.getSelectionIndex()];
        ZoneId where = zone();
        LocalDate date = LocalDate.of(day.getYear(), day.getMonth() + 1, day.getDay());
        LocalTime from = LocalTime.of(starts.getHours(), starts.getMinutes());
        LocalTime to = LocalTime.of(ends.getHours(), ends.getMinutes());
        Instant start = LocalDateTime.of(date, from).atZone(where).toInstant();
        Instant end = LocalDateTime.of(date, to).atZone(where).toInstant();
        Meeting edited = new Meeting(meeting.id(), chosen, title.getText(), start, end, where, chosen.remote() ? null : place.getText(),
                link.getText(), language.getSelectionIndex() == 1 ? "fr" : "en", meeting.organiser(), agenda.getText(), decisions.getText(),
                chosen.takesRegistrations() && capacity.getSelection() > 0 ? capacity.getSelection() : null, attendeesToSave(),
                meeting.staff(), meeting.calendarUid());
        saved = services.meetings().save(edited, texts.locale());
        meeting = saved;
    }

    /**
     * The attendees as they are now with what was done in this form: registrations, check-ins and
     * attendees added elsewhere since it opened (the check-in desk, another desktop) are kept; only
     * those added, removed or marked here change.
     */
    private List<Attendee> attendeesToSave() {
        if (meeting.id() == null) {
            return attendees;
        }
        Map<UUID, Attendee> before = new HashMap<>();
        opened.forEach(a -> before.put(a.contactId(), a));
        Map<UUID, Attendee> edited = new HashMap<>();
        attendees.forEach(a -> edited.put(a.contactId(), a));
        List<Attendee> now = services.meetings().find(meeting.id()).map(Meeting::attendees).orElse(opened);
        List<Attendee> result = new ArrayList<>();
        Set<UUID> there = new HashSet<>();
        for (Attendee current : now) {
            there.add(current.contactId());
            Attendee wanted = edited.get(current.contactId());
            Attendee was = before.get(current.contactId());
            if (was != null && wanted == null) {
                continue; // removed in this form
            }
            result.add(wanted != null && was != null && wanted.attendance() != was.attendance() ? current.with(wanted.attendance()) : current);
        }
        for (Attendee added : attendees) {
            if (!before.containsKey(added.contactId()) && !there.contains(added.contactId())) {
                result.add(added);
            }
        }
        return result;
    }

    /** The zone typed or chosen; one that is no zone's name is refused beside the field. */
    private ZoneId zone() {
        String typed = zone.getText().strip();
        if (!ZoneId.getAvailableZoneIds().contains(typed)) {
            throw new ValidationException(ValidationProblem.field("zone", texts.get("meeting.zone.unknown", typed)));
        }
        return ZoneId.of(typed);
    }

    private static List<String> zones() {
        Set<String> ordered = new LinkedHashSet<>(List.of("Europe/London", "Europe/Paris"));
        ZoneId.getAvailableZoneIds().stream().filter(z -> z.contains("/") && !z.startsWith("Etc/") && !z.startsWith("SystemV/")).sorted()
                .forEach(ordered::add);
        return List.copyOf(ordered);
    }
}
