package org.liaison.meetings;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Something to do after a meeting.
 *
 * @param contactId the contact it is about, or {@code null}
 * @param doneOn {@code null} while it is still to do
 */
public record FollowUpTask(UUID id, UUID meetingId, UUID contactId, String title, String assignee, LocalDate due, LocalDate doneOn,
        String doneBy) {

    public boolean done() {
        return doneOn != null;
    }

    /** Not done and due before {@code today}: a task due today is not overdue yet. */
    public boolean overdueOn(LocalDate today) {
        return !done() && due.isBefore(today);
    }
}
