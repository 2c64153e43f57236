package org.liaison.meetings.calendar;

import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.util.List;
import java.util.Locale;

import org.liaison.meetings.Meeting;

/**
 * iCalendar export and import. A file that cannot be read whole (malformed, truncated, too big,
 * not UTF-8, an event without a start or with an unknown time zone) is refused with a
 * {@link org.liaison.core.validation.ValidationException} naming the line and what is wrong;
 * nothing of it is created.
 */
public interface CalendarFiles {

    /** The largest file read, in bytes. */
    int MAX_BYTES = 10 * 1024 * 1024;

    /** The most events one file may create. */
    int MAX_EVENTS = 5_000;

    /** Writes {@code meetings} as one calendar, each event in its own time zone (with the zone's rules). */
    void export(List<Meeting> meetings, Writer out) throws IOException;

    /**
     * Reads a file and says what importing it would create; nothing is written. Times written
     * without a zone are read in the calendar's own (X-WR-TIMEZONE), else this computer's.
     *
     * @param importedBy the staff member importing, who organises the meetings made
     */
    CalendarImport read(InputStream in, String importedBy, Locale locale) throws IOException;

    /** Creates the meetings of a plan, all or none; those imported before are left as they are. */
    List<Meeting> create(CalendarImport plan, Locale locale);
}
