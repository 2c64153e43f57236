package org.liaison.meetings.internal;

import java.util.UUID;

import org.liaison.contacts.ErasureParticipant;
import org.liaison.store.Sql;
import org.liaison.store.Store;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Erasing a person removes them from the meetings: their attendance, and their needs-assessment
 * interviews with the answers, which are about them. Their follow-up tasks stay for the staff who
 * own them, no longer tied to the person; meeting notes are the staff's own words and stay.
 */
@Component
public class MeetingErasure implements ErasureParticipant {

    private final Store store;

    @Activate
    public MeetingErasure(@Reference Store store) {
        this.store = store;
    }

    @Override
    public void erase(UUID personId) {
        store.transaction(connection -> {
            Sql.update(connection, "DELETE FROM MEETING_INTERVIEW_ANSWER WHERE MEETING_ID IN "
                    + "(SELECT MEETING_ID FROM MEETING_INTERVIEW WHERE CONTACT_ID = ?)", personId);
            Sql.update(connection, "DELETE FROM MEETING_INTERVIEW WHERE CONTACT_ID = ?", personId);
            Sql.update(connection, "DELETE FROM MEETING_ATTENDEE WHERE CONTACT_ID = ?", personId);
            return Sql.update(connection, "UPDATE MEETING_TASK SET CONTACT_ID = NULL WHERE CONTACT_ID = ?", personId);
        });
    }
}
