package org.liaison.contacts.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.liaison.contacts.ContactNotes;
import org.liaison.contacts.Note;
import org.liaison.core.id.Ids;
import org.liaison.core.validation.ValidationException;
import org.liaison.core.validation.ValidationProblem;
import org.liaison.store.Store;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Notes as rows that are inserted and never updated: two desktops adding notes offline both keep theirs. */
@Component(service = ContactNotes.class)
public class StoreContactNotes implements ContactNotes {

    private final Store store;

    @Activate
    public StoreContactNotes(@Reference Store store) {
        this.store = store;
    }

    @Override
    public Note add(UUID contactId, String author, String text, Locale locale) {
        var texts = ContactTexts.in(locale);
        List<ValidationProblem> problems = new ArrayList<>();
        if (text == null || text.isBlank()) {
            problems.add(ValidationProblem.field("text", texts.get("note.empty")));
        } else if (text.length() > MAX_LENGTH) {
            problems.add(ValidationProblem.field("text", texts.get("tooLong", MAX_LENGTH)));
        }
        if (author == null || author.isBlank()) {
            problems.add(ValidationProblem.field("author", texts.get("note.author")));
        } else if (author.length() > 100) {
            problems.add(ValidationProblem.field("author", texts.get("tooLong", 100)));
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        Note note = new Note(Ids.newId(), contactId, author.strip(), Instant.now().truncatedTo(ChronoUnit.MICROS), text.strip());
        store.transaction(connection -> {
            if (!Contacts.exists(connection, contactId)) {
                throw new ValidationException(List.of(ValidationProblem.field("contact", texts.get("contact.unknown", contactId))));
            }
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO CONTACT_NOTE (ID, CONTACT_ID, AUTHOR, WRITTEN_AT, TEXT) VALUES (?, ?, ?, ?, ?)")) {
                ChildRows.bind(insert, note.id(), contactId, note.author(), OffsetDateTime.ofInstant(note.writtenAt(), ZoneOffset.UTC),
                        note.text());
                return insert.executeUpdate();
            }
        });
        return note;
    }

    @Override
    public List<Note> notes(UUID contactId) {
        return store.read(connection -> {
            List<Note> notes = new ArrayList<>();
            try (PreparedStatement query = connection.prepareStatement("SELECT ID, AUTHOR, WRITTEN_AT, TEXT FROM CONTACT_NOTE "
                    + "WHERE CONTACT_ID = ? ORDER BY WRITTEN_AT DESC, ID DESC")) {
                query.setObject(1, contactId);
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        notes.add(new Note(rows.getObject(1, UUID.class), contactId, rows.getString(2),
                                rows.getObject(3, OffsetDateTime.class).toInstant(), rows.getString(4)));
                    }
                }
            }
            return notes;
        });
    }
}
