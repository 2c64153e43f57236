package org.liaison.meetings.calendar;

import java.util.List;

import org.liaison.meetings.Meeting;

/**
 * One event of a file, as it would be created.
 *
 * @param meeting with the attendees whose email is a contact's
 * @param unknownEmails attendees' addresses that are no contact's: left out
 * @param alreadyImported a meeting with the same calendar UID is in the log already
 */
public record PlannedMeeting(Meeting meeting, List<String> unknownEmails, boolean alreadyImported) {

    public PlannedMeeting {
        unknownEmails = List.copyOf(unknownEmails);
    }
}
