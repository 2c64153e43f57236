package org.liaison.contacts;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

/** Notes on people and organisations, as an append-only log: a correction is a new note. */
public interface ContactNotes {

    /** The longest note accepted, in characters. */
    int MAX_LENGTH = 20_000;

    /** Adds a note; an empty or oversized text, or an unknown contact, is refused naming the field. */
    Note add(UUID contactId, String author, String text, Locale locale);

    /** The contact's notes, newest first. */
    List<Note> notes(UUID contactId);
}
