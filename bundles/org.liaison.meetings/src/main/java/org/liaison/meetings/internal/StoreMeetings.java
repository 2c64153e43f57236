package org.liaison.meetings.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.liaison.contacts.ContactProfiles;
import org.liaison.core.i18n.Messages;
import org.liaison.core.id.Ids;
import org.liaison.core.validation.ValidationException;
import org.liaison.core.validation.ValidationProblem;
import org.liaison.meetings.Attendance;
import org.liaison.meetings.Attendee;
import org.liaison.meetings.FollowUpTask;
import org.liaison.meetings.Meeting;
import org.liaison.meetings.MeetingNote;
import org.liaison.meetings.MeetingQuery;
import org.liaison.meetings.Meetings;
import org.liaison.store.Sql;
import org.liaison.store.Store;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The meeting log in the local database. */
@Component(service = Meetings.class)
public class StoreMeetings implements Meetings {

    private static final String TASK_COLUMNS = "ID, MEETING_ID, CONTACT_ID, TITLE, ASSIGNEE, DUE_ON, DONE_ON, DONE_BY";

    private final Store store;
    private final ContactProfiles profiles;

    @Activate
    public StoreMeetings(@Reference Store store, @Reference ContactProfiles profiles) {
        this.store = store;
        this.profiles = profiles;
    }

    @Override
    public Meeting save(Meeting meeting, Locale locale) {
        Messages texts = MeetingTexts.in(locale);
        MeetingChecks.check(meeting, profiles, texts);
        Meeting saved = new Meeting(meeting.id() == null ? Ids.newId() : meeting.id(), meeting.kind(), meeting.title().strip(),
                meeting.start().truncatedTo(ChronoUnit.SECONDS), meeting.end().truncatedTo(ChronoUnit.SECONDS), meeting.zone(),
                MeetingChecks.stripped(meeting.place()), MeetingChecks.stripped(meeting.onlineLink()), meeting.language(),
                meeting.organiser().strip(), MeetingChecks.stripped(meeting.agenda()), MeetingChecks.stripped(meeting.decisions()),
                meeting.capacity(), meeting.attendees(), meeting.staff(), MeetingChecks.stripped(meeting.calendarUid()));
        store.transaction(connection -> {
            if (meeting.id() != null && Sql.count(connection, "SELECT COUNT(*) FROM MEETING WHERE ID = ?", meeting.id()) == 0) {
                throw new ValidationException(ValidationProblem.field("meeting", texts.get("meeting.unknown", meeting.id())));
            }
            MeetingTable.write(connection, saved);
            MeetingWords.reindex(connection, List.of(saved.id()));
            return null;
        });
        return find(saved.id()).orElseThrow();
    }

    @Override
    public Optional<Meeting> find(UUID id) {
        return store.read(connection -> MeetingTable.read(connection, "FROM MEETING M WHERE M.ID = ?", id)).stream().findFirst();
    }

    @Override
    public void delete(UUID id) {
        store.transaction(connection -> {
            MeetingTable.delete(connection, id);
            return null;
        });
    }

    @Override
    public List<Meeting> between(Instant from, Instant to) {
        return store.read(connection -> MeetingTable.read(connection, "FROM MEETING M WHERE M.STARTS_AT < ? AND M.STARTS_AT > ? "
                + "AND M.ENDS_AT > ? ORDER BY M.STARTS_AT DESC, M.ID", to, from.minus(MeetingChecks.LONGEST), from)).stream()
                .sorted(Comparator.comparing(Meeting::start)).toList();
    }

    @Override
    public List<Meeting> with(UUID contactId, int limit) {
        return store.read(connection -> MeetingTable.read(connection, "FROM MEETING M WHERE M.ID IN (SELECT MEETING_ID FROM "
                + "MEETING_ATTENDEE WHERE CONTACT_ID = ?) ORDER BY M.STARTS_AT DESC, M.ID FETCH FIRST ? ROWS ONLY", contactId, limit));
    }

    @Override
    public List<Meeting> search(MeetingQuery query) {
        return store.read(new MeetingSearch(query)::run);
    }

    @Override
    public Meeting attendance(UUID meetingId, UUID contactId, Attendance attendance, Locale locale) {
        Messages texts = MeetingTexts.in(locale);
        store.transaction(connection -> {
            int changed = Sql.update(connection, "UPDATE MEETING_ATTENDEE SET ATTENDANCE = ? WHERE ID = ?", attendance,
                    MeetingTable.attendeeId(meetingId, contactId));
            if (changed == 0) {
                throw new ValidationException(ValidationProblem.field("attendee", texts.get("attendee.unknown", contactId)));
            }
            return null;
        });
        return find(meetingId).orElseThrow();
    }

    @Override
    public MeetingNote addNote(UUID meetingId, String author, String text, Locale locale) {
        Messages texts = MeetingTexts.in(locale);
        List<ValidationProblem> problems = new ArrayList<>();
        MeetingChecks.text(author, true, 100, "author", texts, problems);
        MeetingChecks.text(text, true, MAX_NOTE_LENGTH, "text", texts, problems);
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        MeetingNote note = new MeetingNote(Ids.newId(), meetingId, author.strip(), Instant.now().truncatedTo(ChronoUnit.MICROS), text.strip());
        store.transaction(connection -> {
            requireMeeting(connection, meetingId, texts);
            if (Sql.count(connection, "SELECT COUNT(*) FROM MEETING_NOTE WHERE MEETING_ID = ?", meetingId) >= MAX_NOTES) {
                throw new ValidationException(ValidationProblem.field("text", texts.get("notes.tooMany", MAX_NOTES)));
            }
            Sql.update(connection, "INSERT INTO MEETING_NOTE (ID, MEETING_ID, AUTHOR, WRITTEN_AT, TEXT) VALUES (?, ?, ?, ?, ?)", note.id(),
                    meetingId, note.author(), note.writtenAt(), note.text());
            MeetingWords.add(connection, meetingId, note.text());
            return null;
        });
        return note;
    }

    @Override
    public List<MeetingNote> notes(UUID meetingId) {
        return store.read(connection -> {
            List<MeetingNote> notes = new ArrayList<>();
            try (PreparedStatement query = connection.prepareStatement("SELECT ID, MEETING_ID, AUTHOR, WRITTEN_AT, TEXT FROM MEETING_NOTE "
                    + "WHERE MEETING_ID = ? ORDER BY WRITTEN_AT, ID")) {
                query.setObject(1, meetingId);
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        notes.add(new MeetingNote(Sql.uuid(rows, 1), Sql.uuid(rows, 2), rows.getString(3), Sql.instant(rows, 4),
                                rows.getString(5)));
                    }
                }
            }
            return notes;
        });
    }

    @Override
    public FollowUpTask addTask(FollowUpTask task, Locale locale) {
        Messages texts = MeetingTexts.in(locale);
        List<ValidationProblem> problems = new ArrayList<>();
        MeetingChecks.text(task.title(), true, 500, "title", texts, problems);
        MeetingChecks.text(task.assignee(), true, 100, "assignee", texts, problems);
        if (task.due() == null) {
            problems.add(ValidationProblem.field("due", texts.get("required")));
        }
        if (task.meetingId() == null && task.contactId() == null) {
            problems.add(ValidationProblem.field("meeting", texts.get("task.about")));
        }
        if (task.contactId() != null && profiles.summaries(List.of(task.contactId())).isEmpty()) {
            problems.add(ValidationProblem.field("contact", texts.get("contact.unknown", task.contactId())));
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        FollowUpTask saved = new FollowUpTask(Ids.newId(), task.meetingId(), task.contactId(), task.title().strip(), task.assignee().strip(),
                task.due(), null, null);
        store.transaction(connection -> {
            if (task.meetingId() != null) {
                requireMeeting(connection, task.meetingId(), texts);
            }
            Sql.update(connection, "INSERT INTO MEETING_TASK (" + TASK_COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?)", saved.id(),
                    saved.meetingId(), saved.contactId(), saved.title(), saved.assignee(), saved.due(), null, null);
            return null;
        });
        return saved;
    }

    @Override
    public FollowUpTask complete(UUID taskId, LocalDate on, String by, Locale locale) {
        Messages texts = MeetingTexts.in(locale);
        return store.transaction(connection -> {
            int changed = Sql.update(connection, "UPDATE MEETING_TASK SET DONE_ON = ?, DONE_BY = ? WHERE ID = ?", on,
                    on == null ? null : by, taskId);
            if (changed == 0) {
                throw new ValidationException(ValidationProblem.field("task", texts.get("task.unknown", taskId)));
            }
            return tasks(connection, "WHERE ID = ?", taskId).get(0);
        });
    }

    @Override
    public List<FollowUpTask> tasks(UUID meetingId) {
        return store.read(connection -> tasks(connection, "WHERE MEETING_ID = ? ORDER BY DUE_ON, ID", meetingId));
    }

    @Override
    public List<FollowUpTask> tasksAbout(UUID contactId) {
        return store.read(connection -> tasks(connection, "WHERE CONTACT_ID = ? ORDER BY DUE_ON, ID", contactId));
    }

    @Override
    public List<FollowUpTask> openTasks(String assignee, LocalDate today, int days, int limit) {
        return store.read(connection -> tasks(connection, "WHERE ASSIGNEE = ? AND DONE_ON IS NULL AND DUE_ON <= ? ORDER BY DUE_ON, ID "
                + "FETCH FIRST ? ROWS ONLY", assignee, today.plusDays(days), limit));
    }

    private static List<FollowUpTask> tasks(Connection connection, String where, Object... values) throws SQLException {
        List<FollowUpTask> tasks = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT " + TASK_COLUMNS + " FROM MEETING_TASK " + where)) {
            Sql.bind(query, values);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    tasks.add(new FollowUpTask(Sql.uuid(rows, 1), Sql.uuid(rows, 2), Sql.uuid(rows, 3), rows.getString(4), rows.getString(5),
                            Sql.date(rows, 6), Sql.date(rows, 7), rows.getString(8)));
                }
            }
        }
        return tasks;
    }

    static void requireMeeting(Connection connection, UUID meetingId, Messages texts) throws SQLException {
        if (Sql.count(connection, "SELECT COUNT(*) FROM MEETING WHERE ID = ?", meetingId) == 0) {
            throw new ValidationException(ValidationProblem.field("meeting", texts.get("meeting.unknown", meetingId)));
        }
    }

    /** Used by the events: an attendee row of a meeting. */
    static Attendee attendee(Connection connection, UUID meetingId, UUID contactId) throws SQLException {
        return MeetingTable.attendees(connection, List.of(meetingId)).getOrDefault(meetingId, List.of()).stream()
                .filter(a -> a.contactId().equals(contactId)).findFirst().orElse(null);
    }
}
