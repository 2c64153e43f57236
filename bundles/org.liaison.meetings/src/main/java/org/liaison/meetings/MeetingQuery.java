package org.liaison.meetings;

import java.time.Instant;
import java.util.UUID;

/**
 * What to look for among meetings; every part left {@code null} takes any.
 *
 * @param words words of the title, agenda, decisions or notes, case and accents aside; the last
 *        may be the start of a word
 * @param from meetings starting at or after this instant
 * @param to meetings starting before this instant
 */
public record MeetingQuery(String words, UUID attendee, MeetingKind kind, Instant from, Instant to, int limit) {

    public static MeetingQuery words(String words, int limit) {
        return new MeetingQuery(words, null, null, null, null, limit);
    }
}
