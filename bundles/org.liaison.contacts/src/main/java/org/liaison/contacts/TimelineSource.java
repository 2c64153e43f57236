package org.liaison.contacts;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * Something that adds entries to contacts' timelines. Areas (events, introductions, mail)
 * register one as an OSGi service; the contact views show the entries of every source, newest first.
 */
public interface TimelineSource {

    /** The contact's entries from this source, in any order. */
    List<TimelineEntry> entries(UUID contactId, Locale locale);
}
