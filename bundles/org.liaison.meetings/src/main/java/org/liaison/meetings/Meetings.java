package org.liaison.meetings;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/** The meeting log. Refusals are {@link org.liaison.core.validation.ValidationException}s naming the field; nothing is half-saved. */
public interface Meetings {

    /**
     * Creates (id {@code null}) or replaces a meeting with its attendees and staff. Refused: no
     * title or kind, an end before the start, an unknown time zone or language, an unknown contact,
     * a capacity below one.
     */
    Meeting save(Meeting meeting, Locale locale);

    Optional<Meeting> find(UUID id);

    /** Removes a meeting with its attendees, notes, tasks and interview answers. */
    void delete(UUID id);

    /** Meetings overlapping {@code [from, to)}, by start: what a calendar week or month shows. */
    List<Meeting> between(Instant from, Instant to);

    /** Every meeting {@code contactId} attends or was invited to, newest first. */
    List<Meeting> with(UUID contactId, int limit);

    /** Meetings found by {@link MeetingQuery}, newest first. */
    List<Meeting> search(MeetingQuery query);

    /** Sets how an attendee took part (attended, no-show, excused...). */
    Meeting attendance(UUID meetingId, UUID contactId, Attendance attendance, Locale locale);

    /** Adds an entry to a meeting's notes; an empty or oversized text is refused. */
    MeetingNote addNote(UUID meetingId, String author, String text, Locale locale);

    /** The meeting's notes, oldest first, as they were written. */
    List<MeetingNote> notes(UUID meetingId);

    /** Adds a follow-up task; refused without a title, an assignee or a due date. */
    FollowUpTask addTask(FollowUpTask task, Locale locale);

    /** Marks a task done on {@code on} by {@code by} (or not done again, when {@code on} is {@code null}). */
    FollowUpTask complete(UUID taskId, LocalDate on, String by, Locale locale);

    List<FollowUpTask> tasks(UUID meetingId);

    /** The tasks about a contact, by due date. */
    List<FollowUpTask> tasksAbout(UUID contactId);

    /**
     * The tasks of {@code assignee} not done yet and due by {@code today + days}: the overdue ones
     * first, then by due date.
     */
    List<FollowUpTask> openTasks(String assignee, LocalDate today, int days, int limit);

    /** The greatest number of notes a meeting may hold; more are refused. */
    int MAX_NOTES = 10_000;

    /** The longest note entry, in characters. */
    int MAX_NOTE_LENGTH = 20_000;
}
