package org.liaison.meetings;

import java.time.Instant;
import java.util.UUID;

/** One entry of a meeting's notes. Entries are only ever added, so two desktops writing at once keep both. */
public record MeetingNote(UUID id, UUID meetingId, String author, Instant writtenAt, String text) {
}
