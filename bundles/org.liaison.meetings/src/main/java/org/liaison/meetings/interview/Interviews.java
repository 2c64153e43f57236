package org.liaison.meetings.interview;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Interviews held at needs-assessment meetings. */
public interface Interviews {

    /** The templates on offer, the field study's first. */
    List<InterviewTemplate> templates();

    /**
     * Saves the answers given by {@code contactId} (an attendee of the meeting) to {@code templateId}'s
     * questions; nothing reaches the profile yet. Refused: an unknown template or question, an
     * answer not among a question's choices, a contact who is not an attendee, an interview
     * already confirmed.
     */
    Interview save(UUID meetingId, UUID contactId, String templateId, Map<String, String> answers, Locale locale);

    Optional<Interview> find(UUID meetingId);

    /** What confirming would change; nothing is written. */
    ProfileChanges preview(UUID meetingId, Locale locale);

    /** Applies the answers to the profile and through every {@link InterviewFollowOn}, in one transaction. Refused once confirmed. */
    ProfileChanges confirm(UUID meetingId, String confirmedBy, Locale locale);
}
