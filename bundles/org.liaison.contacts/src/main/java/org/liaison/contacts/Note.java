package org.liaison.contacts;

import java.time.Instant;
import java.util.UUID;

/** An entry in a contact's notes: written once, by someone, at a time; never edited. */
public record Note(UUID id, UUID contactId, String author, Instant writtenAt, String text) {
}
