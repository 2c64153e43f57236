package org.liaison.sync.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.liaison.core.clock.HlcTimestamp;
import org.liaison.core.id.Ids;
import org.liaison.server.Role;
import org.liaison.store.Sql;
import org.liaison.store.Store;
import org.liaison.sync.SyncReport;
import org.liaison.sync.internal.SyncServerFixture.Desktop;
import org.liaison.sync.protocol.PushRequest;
import org.liaison.sync.protocol.PushResponse;
import org.liaison.sync.protocol.PushedChange;
import org.liaison.test.support.StoreFixture;

/**
 * Notes and consent entries are evidence: a push removes one only with the person (or meeting) it
 * belongs to, and the server removes those that remain when that person goes.
 */
@ExtendWith(OwnServer.class)
class RemovedWithOwnerTest {

    private static final String WRITTEN = "2026-12-01T10:00:00Z";

    @Test
    void aPushRemovesANoteOrAConsentEntryOnlyWithWhatItBelongsToOrANoteOfItsOwnAuthor() {
        Pushes writer = new Pushes(SyncServerFixture.desktop(SyncServerFixture.account("writer", Role.STAFF), Duration.ZERO,
                SyncServerFixture.transport()));
        Pushes remover = new Pushes(SyncServerFixture.desktop(SyncServerFixture.account("remover", Role.STAFF), Duration.ZERO,
                SyncServerFixture.transport()));
        UUID maud = Ids.newId();
        UUID paul = Ids.newId();
        UUID meeting = Ids.newId();
        UUID maudsNote = Ids.newId();
        UUID maudsConsent = Ids.newId();
        UUID paulsNote = Ids.newId();
        UUID withdrawn = Ids.newId();
        UUID meetingNote = Ids.newId();
        assertEquals(List.of(), writer.send(person(maud, "Maud"), person(paul, "Paul"),
                change("MEETING", meeting, "I", Map.of("KIND", "MEETING", "TITLE", "Dieppe fair debrief", "STARTS_AT", WRITTEN,
                        "ENDS_AT", WRITTEN, "TIME_ZONE", "Europe/Paris", "LANGUAGE", "fr", "ORGANISER", "writer", "CREATED_AT", WRITTEN,
                        "UPDATED_AT", WRITTEN)),
                note("CONTACT_NOTE", maudsNote, "CONTACT_ID", maud), note("CONTACT_NOTE", paulsNote, "CONTACT_ID", paul),
                note("CONTACT_NOTE", withdrawn, "CONTACT_ID", paul), note("MEETING_NOTE", meetingNote, "MEETING_ID", meeting),
                change("CONTACT_CONSENT", maudsConsent, "I", Map.of("CONTACT_ID", maud.toString(), "PURPOSE", "EVENTS", "CHANNEL", "EMAIL",
                        "GRANTED", false, "SOURCE", "phone call", "RECORDED_AT", WRITTEN))).refused());

        PushResponse alone = remover.send(change("CONTACT_NOTE", maudsNote, "D", Map.of()),
                change("CONTACT_CONSENT", maudsConsent, "D", Map.of()), change("MEETING_NOTE", meetingNote, "D", Map.of()));
        assertEquals(List.of("CONTACT_NOTE: its rows are removed only with what they belong to",
                "CONTACT_CONSENT: its rows are removed only with what they belong to",
                "MEETING_NOTE: its rows are removed only with what they belong to"), reasons(alone));
        assertEquals(3, rows("CONTACT_NOTE", maudsNote) + rows("CONTACT_CONSENT", maudsConsent) + rows("MEETING_NOTE", meetingNote),
                "the note, the consent entry and the meeting's note are all still on the server");

        // what a push might try instead: move the note to nobody, take it over by adding it again, remove a row of
        // another table under its person's id; then remove it
        PushResponse tricks = remover.send(change("CONTACT_NOTE", paulsNote, "U", Map.of("CONTACT_ID", Ids.newId().toString())),
                change("CONTACT_NOTE", paulsNote, "I", Map.of()), change("CONTACT_EMAIL", paul, "D", Map.of()),
                change("CONTACT_NOTE", paulsNote, "D", Map.of()));
        assertEquals(List.of("CONTACT_NOTE: its rows are moved only to a record there is",
                "CONTACT_NOTE: its rows are removed only with what they belong to"), reasons(tricks));
        assertEquals(1, rows("CONTACT_NOTE", paulsNote));
        assertEquals("writer", author(paulsNote), "the note added again is not signed again");

        PushResponse withOwners = remover.send(change("CONTACT_NOTE", maudsNote, "D", Map.of()),
                change("CONTACT_CONSENT", maudsConsent, "D", Map.of()), change("CONTACT_PERSON", maud, "D", Map.of()),
                change("MEETING_NOTE", meetingNote, "D", Map.of()), change("MEETING", meeting, "D", Map.of()));
        assertEquals(List.of(), withOwners.refused(), "removed in the push that removes what they belong to, which comes after them");
        assertEquals(0, rows("CONTACT_NOTE", maudsNote) + rows("CONTACT_CONSENT", maudsConsent) + rows("MEETING_NOTE", meetingNote)
                + rows("CONTACT_PERSON", maud) + rows("MEETING", meeting));

        assertEquals(List.of(), writer.send(change("CONTACT_NOTE", withdrawn, "D", Map.of())).refused(),
                "its author withdraws a note, as reverting an import that added it does");
        assertEquals(0, rows("CONTACT_NOTE", withdrawn));
        assertEquals(List.of(), remover.send(change("CONTACT_PERSON", paul, "D", Map.of())).refused());
        assertEquals(List.of(), remover.send(change("CONTACT_NOTE", paulsNote, "D", Map.of())).refused(),
                "a note whose person is gone is removed in a later push too");
        writer.desktop.store().close();
        remover.desktop.store().close();
    }

    @Test
    void aPersonRemovedOnADesktopTakesTheirNotesEvenWhenThePushIsCutAmongThem() {
        Desktop desktop = SyncServerFixture.desktop(SyncServerFixture.account("tidier", Role.STAFF), Duration.ZERO,
                SyncServerFixture.transport());
        Desktop other = SyncServerFixture.desktop(SyncServerFixture.account("tidier-colleague", Role.STAFF), Duration.ZERO,
                SyncServerFixture.transport());
        Store local = desktop.store().store();
        UUID person = ListedPeople.person(local, "Hortense", "Lemaire");
        desktop.engine().sync();
        other.engine().sync();
        other.store().store().transaction(connection -> {
            for (int i = 0; i < 4; i++) { // a colleague's notes: not this desktop's account's to withdraw
                Sql.update(connection, "INSERT INTO CONTACT_NOTE (ID, CONTACT_ID, AUTHOR, WRITTEN_AT, TEXT) VALUES (?, ?, 'colleague', "
                        + "CURRENT_TIMESTAMP, ?)", Ids.newId(), person, "Call " + i);
            }
            return null;
        });
        other.engine().sync();
        desktop.engine().sync();
        assertEquals(4L, local.read(connection -> Sql.count(connection, "SELECT COUNT(*) FROM CONTACT_NOTE WHERE CONTACT_ID = ?", person)));
        // the first push of 500 ends among the person's removals: its last changes are two of the notes
        local.transaction(connection -> {
            for (int i = 0; i < SyncEngine.PUSH_BATCH - 2; i++) {
                Sql.update(connection, "INSERT INTO TEST_PARTNER (NAME, ID) VALUES (?, ?)", "Partner " + i, Ids.newId());
            }
            return null;
        });
        local.transaction(connection -> {
            Sql.update(connection, "DELETE FROM CONTACT_SEARCH_ENTRY WHERE CONTACT_ID = ?", person);
            Sql.update(connection, "DELETE FROM CONTACT_NOTE WHERE CONTACT_ID = ?", person);
            return Sql.update(connection, "DELETE FROM CONTACT_PERSON WHERE ID = ?", person);
        });

        SyncReport report = desktop.engine().sync();
        other.engine().sync();

        assertEquals(0, report.refused(), "no removal of a note is refused");
        for (Store store : List.of(StoreFixture.service(Store.class), local, other.store().store())) {
            assertEquals(0L, store.read(connection -> Sql.count(connection, "SELECT COUNT(*) FROM CONTACT_NOTE WHERE CONTACT_ID = ?", person)));
        }
        desktop.store().close();
        other.store().close();
    }

    private static PushedChange person(UUID id, String given) {
        return change("CONTACT_PERSON", id, "I", Map.of("GIVEN_NAME", given, "FAMILY_NAME", "Lefebvre", "ROLE", "OTHER", "READINESS", "OPEN",
                "CREATED_AT", WRITTEN, "UPDATED_AT", WRITTEN));
    }

    private static PushedChange note(String table, UUID id, String ownerColumn, UUID owner) {
        return change(table, id, "I", Map.of(ownerColumn, owner.toString(), "AUTHOR", "the-director", "WRITTEN_AT", WRITTEN, "TEXT", "Met at the fair"));
    }

    /** A change numbered when sent. */
    private static PushedChange change(String table, UUID row, String op, Map<String, Object> fields) {
        return new PushedChange(0, table, row, op, 0, fields);
    }

    private static List<String> reasons(PushResponse response) {
        return response.refused().stream().map(r -> r.reason()).toList();
    }

    private static String author(UUID note) {
        return StoreFixture.service(Store.class).read(connection -> {
            try (java.sql.PreparedStatement query = connection.prepareStatement("SELECT AUTHOR FROM CONTACT_NOTE WHERE ID = ?")) {
                query.setObject(1, note);
                try (java.sql.ResultSet row = query.executeQuery()) {
                    return row.next() ? row.getString(1) : null;
                }
            }
        });
    }

    private static long rows(String table, UUID id) {
        return StoreFixture.service(Store.class).read(connection -> Sql.count(connection, "SELECT COUNT(*) FROM " + table + " WHERE ID = ?", id));
    }

    /** Raw pushes of one device, numbered and stamped in order. */
    private static final class Pushes {
        private final Desktop desktop;
        private final ClientState state;
        private long seq;

        Pushes(Desktop desktop) {
            this.desktop = desktop;
            this.state = ClientState.read(desktop.store().store()).orElseThrow();
        }

        PushResponse send(PushedChange... changes) {
            List<PushedChange> numbered = new ArrayList<>();
            for (PushedChange change : changes) {
                seq++;
                numbered.add(new PushedChange(seq, change.table(), change.row(), change.op(),
                        new HlcTimestamp(System.currentTimeMillis(), (int) seq).pack(), change.fields()));
            }
            return desktop.transport().push(state.token(), new PushRequest(state.deviceId(), 0, numbered));
        }
    }
}
