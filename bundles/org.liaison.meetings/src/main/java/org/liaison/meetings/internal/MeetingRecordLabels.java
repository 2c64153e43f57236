package org.liaison.meetings.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.liaison.store.Sql;
import org.liaison.store.Store;
import org.liaison.workbench.RecordLabels;
import org.liaison.workbench.TextRecordLabels;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The meetings' tables in words: a meeting by its title, its attendees, notes and tasks by the meeting. */
@Component(service = RecordLabels.class)
public class MeetingRecordLabels extends TextRecordLabels {

    private static final List<String> MEETING = List.of("MEETING");

    private final Store store;

    @Activate
    public MeetingRecordLabels(@Reference Store store) {
        super("org.liaison.meetings.internal.labels", Map.of("MEETING", "SELECT TITLE FROM MEETING WHERE ID = ?"), Map.of("MEETING_ATTENDEE", new Parent("MEETING_ID", MEETING),
                "MEETING_STAFF", new Parent("MEETING_ID", MEETING),
                "MEETING_NOTE", new Parent("MEETING_ID", MEETING),
                "MEETING_TASK", new Parent("MEETING_ID", MEETING),
                "MEETING_INTERVIEW", new Parent("MEETING_ID", MEETING),
                "MEETING_INTERVIEW_ANSWER", new Parent("MEETING_ID", MEETING)));
        this.store = store;
    }

    @Override
    protected Optional<Object> first(String query, UUID row) {
        return store.read(connection -> Sql.first(connection, query, row));
    }
}
