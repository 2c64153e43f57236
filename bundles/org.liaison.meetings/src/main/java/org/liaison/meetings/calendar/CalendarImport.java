package org.liaison.meetings.calendar;

import java.util.List;

/** What an iCalendar file would create, for the person to see before anything is. */
public record CalendarImport(List<PlannedMeeting> meetings) {

    public CalendarImport {
        meetings = List.copyOf(meetings);
    }

    /** The meetings that are not in the log yet. */
    public List<PlannedMeeting> toCreate() {
        return meetings.stream().filter(m -> !m.alreadyImported()).toList();
    }
}
