package org.liaison.niches;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * For the meetings area: ties an introduction to the meeting where the two members met. Meetings
 * must work without niches, so the meetings area uses this service only when it is registered.
 */
public interface IntroductionMeetings {

    /**
     * Records that the introduction's two members met at {@code meetingId} on {@code on}: the
     * introduction becomes met. Refused, as {@link Introductions#met}, before both sides accepted.
     */
    Introduction metAt(UUID introductionId, UUID meetingId, LocalDate on, Locale locale);

    /** The introductions made or advanced at a meeting. */
    List<Introduction> atMeeting(UUID meetingId);

    /** The open introductions between any two of {@code attendees}, for a meeting's form to offer. */
    List<Introduction> openBetween(List<UUID> attendees);
}
