package org.liaison.meetings.ui.internal;

import org.liaison.contacts.ContactProfiles;
import org.liaison.contacts.ContactService;
import org.liaison.meetings.Meetings;
import org.liaison.meetings.NetworkEvents;
import org.liaison.meetings.calendar.CalendarFiles;
import org.liaison.meetings.interview.Interviews;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The services the meeting views use, as one service the e4 parts and handlers inject. */
@Component(service = MeetingsServices.class)
public class MeetingsServices {

    private final Meetings meetings;
    private final NetworkEvents events;
    private final CalendarFiles calendars;
    private final Interviews interviews;
    private final ContactService contacts;
    private final ContactProfiles profiles;

    @Activate
    public MeetingsServices(@Reference Meetings meetings, @Reference NetworkEvents events, @Reference CalendarFiles calendars,
            @Reference Interviews interviews, @Reference ContactService contacts, @Reference ContactProfiles profiles) {
        this.meetings = meetings;
        this.events = events;
        this.calendars = calendars;
        this.interviews = interviews;
        this.contacts = contacts;
        this.profiles = profiles;
    }

    Meetings meetings() {
        return meetings;
    }

    NetworkEvents events() {
        return events;
    }

    CalendarFiles calendars() {
        return calendars;
    }

    Interviews interviews() {
        return interviews;
    }

    ContactService contacts() {
        return contacts;
    }

    ContactProfiles profiles() {
        return profiles;
    }

    /** The staff member using this desktop, as organisers, note authors and follow-ups name them. */
    String staff() {
        return System.getProperty("user.name");
    }
}
