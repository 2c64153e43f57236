package org.liaison.meetings.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.liaison.store.SqlWork;
import org.liaison.store.changes.RemoteChange;
import org.liaison.store.changes.RemoteChangeObserver;
import org.liaison.store.Sql;
import org.osgi.service.component.annotations.Component;

/**
 * Meetings and notes received by sync are found by search like those written here: the words of
 * every meeting a remote change touches are made again in the applying transaction.
 */
@Component(service = RemoteChangeObserver.class)
public class RemoteMeetingsIndexing implements RemoteChangeObserver {

    @Override
    public SqlWork<?> beforeApply(Connection connection, List<RemoteChange> changes) throws SQLException {
        Set<UUID> touched = new LinkedHashSet<>();
        List<UUID> notes = new ArrayList<>();
        for (RemoteChange change : changes) {
            if ("MEETING".equals(change.table())) {
                touched.add(change.rowId());
            } else if ("MEETING_NOTE".equals(change.table())) {
                Object meeting = change.fields().get("MEETING_ID");
                if (meeting != null) {
                    touched.add(UUID.fromString(meeting.toString()));
                }
                notes.add(change.rowId());
            }
        }
        if (!notes.isEmpty()) { // the meeting of a note being removed
            touched.addAll(Sql.ids(connection, "SELECT MEETING_ID FROM MEETING_NOTE WHERE ID = ANY(?)", (Object) notes.toArray(UUID[]::new)));
        }
        if (touched.isEmpty()) {
            return null;
        }
        return after -> {
            MeetingWords.reindex(after, touched);
            return touched.size();
        };
    }
}
