package org.liaison.sync.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.liaison.core.clock.HlcTimestamp;
import org.liaison.core.id.Ids;
import org.liaison.server.Role;
import org.liaison.store.Store;
import org.liaison.sync.internal.SyncServerFixture.Desktop;
import org.liaison.sync.protocol.PushRequest;
import org.liaison.sync.protocol.PushResponse;
import org.liaison.sync.protocol.PushedChange;
import org.liaison.test.support.StoreFixture;

/**
 * The server writes a push's changes together; when one cannot be written, that one alone is
 * refused, with its reason, and the others are kept.
 */
@ExtendWith(OwnServer.class)
class PushRefusalTest {

    @Test
    void aChangeTheServerCannotWriteIsRefusedAloneAndTheOthersAreKept() {
        CapturedLog log = CapturedLog.of("org.liaison.server");
        Desktop desktop = SyncServerFixture.desktop(SyncServerFixture.account("refusal", Role.STAFF), Duration.ZERO,
                SyncServerFixture.transport());
        ClientState state = ClientState.read(desktop.store().store()).orElseThrow();
        UUID first = Ids.newId();
        UUID wrong = Ids.newId();
        UUID third = Ids.newId();
        long stamp = new HlcTimestamp(System.currentTimeMillis(), 0).pack();
        PushResponse response;
        try (log) {
            response = desktop.transport().push(state.token(), new PushRequest(state.deviceId(), 0, List.of(
                    new PushedChange(1, "TEST_PARTNER", first, "I", stamp, Map.of("NAME", "Kept before")),
                    new PushedChange(2, "TEST_PARTNER", wrong, "I", stamp, Map.of("NAME", "Wrong, a good many " + "x".repeat(200))),
                    new PushedChange(3, "TEST_PARTNER", third, "I", stamp, Map.of("NAME", "Kept after")))));
        }

        assertEquals(3, response.acknowledged());
        assertEquals(1, response.refused().size(), () -> "refused: " + response.refused());
        assertEquals(2, response.refused().get(0).seq());
        String reason = response.refused().get(0).reason();
        assertEquals("TEST_PARTNER: a value does not fit its column", reason,
                "the reason names the table and the kind of problem, never the server's SQL or the values sent");
        assertEquals(Set.of(1L, 3L), response.stamps().keySet());
        assertEquals(new TreeSet<>(Set.of(first, third)), partners(Set.of(first, wrong, third)), "the two others are on the server");
        String logged = log.text();
        assertTrue(logged.contains("Change 2 of device " + state.deviceId() + " refused"), () -> "the refusal is logged: " + logged);
        assertFalse(logged.contains("a good many") || logged.contains("MERGE INTO") || logged.contains("Wrong"),
                () -> "neither the values sent nor the server's SQL are logged: " + logged);
        desktop.store().close();
    }

    @Test
    void aPushToAServerTableAnUnknownTableOrAnUnknownColumnIsRefusedAndWritesNothing() {
        Desktop desktop = SyncServerFixture.desktop(SyncServerFixture.account("intruder", Role.STAFF), Duration.ZERO,
                SyncServerFixture.transport());
        ClientState state = ClientState.read(desktop.store().store()).orElseThrow();
        UUID row = Ids.newId();
        long stamp = new HlcTimestamp(System.currentTimeMillis(), 0).pack();
        PushResponse response = desktop.transport().push(state.token(), new PushRequest(state.deviceId(), 0, List.of(
                new PushedChange(1, "SERVER_ACCOUNT", row, "I", stamp, Map.of("NAME", "mallory", "ROLE", "ADMIN")),
                new PushedChange(2, "SYNC_ROW", row, "I", stamp, Map.of("TABLE_NAME", "TEST_PARTNER")),
                new PushedChange(3, "NO_SUCH_TABLE", row, "I", stamp, Map.of("NAME", "x")),
                new PushedChange(4, "TEST_PARTNER", row, "I", stamp, Map.of("NAME", "Partner", "NO_SUCH_COLUMN", "x")))));

        assertEquals(4, response.acknowledged());
        assertEquals(List.of(1L, 2L, 3L, 4L), response.refused().stream().map(r -> r.seq()).toList(), () -> "refused: " + response.refused());
        assertEquals("not a synced table: SERVER_ACCOUNT", response.refused().get(0).reason());
        assertEquals(Set.of(), partners(Set.of(row)), "the change with an unknown column wrote nothing, not even its known ones");
        long accounts = StoreFixture.service(Store.class).read(connection -> {
            try (PreparedStatement query = connection.prepareStatement("SELECT COUNT(*) FROM SERVER_ACCOUNT WHERE NAME = 'mallory'");
                    ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        });
        assertEquals(0, accounts);
        desktop.store().close();
    }

    @Test
    void notesConsentEntriesAndSuppressionEntriesAreNeverRewrittenAndSuppressionEntriesNeverRemovedWhateverAPushSays() {
        Desktop desktop = SyncServerFixture.desktop(SyncServerFixture.account("rewriter", Role.STAFF), Duration.ZERO,
                SyncServerFixture.transport());
        ClientState state = ClientState.read(desktop.store().store()).orElseThrow();
        UUID note = Ids.newId();
        UUID suppression = Ids.newId();
        UUID person = Ids.newId();
        Desktop colleague = SyncServerFixture.desktop(SyncServerFixture.account("colleague", Role.STAFF), Duration.ZERO,
                SyncServerFixture.transport());
        UUID kept = ListedPeople.person(colleague.store().store(), "Kept", "After a merge");
        colleague.engine().sync();
        colleague.store().close();
        long stamp = new HlcTimestamp(System.currentTimeMillis(), 0).pack();
        String written = "2026-12-01T10:00:00Z";
        PushResponse added = desktop.transport().push(state.token(), new PushRequest(state.deviceId(), 0, List.of(
                new PushedChange(1, "CONTACT_NOTE", note, "I", stamp, Map.of("CONTACT_ID", person.toString(), "AUTHOR", "rewriter",
                        "WRITTEN_AT", written, "TEXT", "Met at the Dieppe fair")),
                new PushedChange(2, "CONTACT_SUPPRESSION", suppression, "I", stamp, Map.of("HASH", "a".repeat(64), "ERASED_AT", written)))));
        assertEquals(List.of(), added.refused(), () -> "refused: " + added.refused());

        long later = new HlcTimestamp(System.currentTimeMillis() + 1_000, 0).pack();
        PushResponse rewritten = desktop.transport().push(state.token(), new PushRequest(state.deviceId(), 0, List.of(
                new PushedChange(3, "CONTACT_NOTE", note, "U", later, Map.of("TEXT", "Never met")),
                new PushedChange(4, "CONTACT_NOTE", note, "I", later, Map.of("CONTACT_ID", person.toString(), "AUTHOR", "rewriter",
                        "WRITTEN_AT", written, "TEXT", "Never met either")),
                new PushedChange(5, "CONTACT_SUPPRESSION", suppression, "D", later, Map.of()),
                new PushedChange(6, "CONTACT_NOTE", note, "U", later, Map.of("CONTACT_ID", kept.toString())))));
        assertEquals(List.of(3L, 4L, 5L), rewritten.refused().stream().map(r -> r.seq()).toList(),
                () -> "refused: " + rewritten.refused() + "; a merge moving the note to the kept person is accepted");
        assertEquals("CONTACT_NOTE: its rows are only added, never changed", rewritten.refused().get(0).reason());
        assertEquals("CONTACT_SUPPRESSION: its rows are never removed", rewritten.refused().get(2).reason());
        UUID twice = Ids.newId();
        PushResponse doubled = desktop.transport().push(state.token(), new PushRequest(state.deviceId(), 0, List.of(
                new PushedChange(7, "CONTACT_NOTE", twice, "I", later, Map.of("CONTACT_ID", person.toString(), "AUTHOR", "rewriter",
                        "WRITTEN_AT", written, "TEXT", "First words")),
                new PushedChange(8, "CONTACT_NOTE", twice, "I", later + 1, Map.of("CONTACT_ID", person.toString(), "AUTHOR", "rewriter",
                        "WRITTEN_AT", written, "TEXT", "Other words")))));
        assertEquals(List.of(8L), doubled.refused().stream().map(r -> r.seq()).toList(), "added twice in one push: the second refused");
        assertEquals("First words", StoreFixture.service(Store.class).read(connection -> {
            try (PreparedStatement query = connection.prepareStatement("SELECT TEXT FROM CONTACT_NOTE WHERE ID = ?")) {
                query.setObject(1, twice);
                try (ResultSet row = query.executeQuery()) {
                    return row.next() ? row.getString(1) : null;
                }
            }
        }));
        assertEquals("Met at the Dieppe fair", StoreFixture.service(Store.class).read(connection -> {
            try (PreparedStatement query = connection.prepareStatement("SELECT TEXT FROM CONTACT_NOTE WHERE ID = ?")) {
                query.setObject(1, note);
                try (ResultSet row = query.executeQuery()) {
                    return row.next() ? row.getString(1) : null;
                }
            }
        }));
        assertEquals(1, StoreFixture.service(Store.class).read(connection -> {
            try (PreparedStatement query = connection.prepareStatement("SELECT COUNT(*) FROM CONTACT_SUPPRESSION WHERE ID = ?")) {
                query.setObject(1, suppression);
                try (ResultSet row = query.executeQuery()) {
                    row.next();
                    return row.getInt(1);
                }
            }
        }));

        UUID consent = Ids.newId();
        PushResponse consentRewritten = desktop.transport().push(state.token(), new PushRequest(state.deviceId(), 0, List.of(
                new PushedChange(9, "CONTACT_CONSENT", consent, "I", later + 2, Map.of("CONTACT_ID", person.toString(),
                        "PURPOSE", "EVENTS", "CHANNEL", "EMAIL", "GRANTED", false, "SOURCE", "phone call", "RECORDED_AT", written)),
                new PushedChange(10, "CONTACT_CONSENT", consent, "U", later + 3, Map.of("GRANTED", true)))));
        assertEquals(List.of(10L), consentRewritten.refused().stream().map(r -> r.seq()).toList(),
                () -> "a refusal of consent cannot be turned into a consent: " + consentRewritten.refused());
        assertEquals("CONTACT_CONSENT: its rows are only added, never changed", consentRewritten.refused().get(0).reason());
        assertEquals(Boolean.FALSE, StoreFixture.service(Store.class).read(connection -> {
            try (PreparedStatement query = connection.prepareStatement("SELECT GRANTED FROM CONTACT_CONSENT WHERE ID = ?")) {
                query.setObject(1, consent);
                try (ResultSet row = query.executeQuery()) {
                    return row.next() ? row.getBoolean(1) : null;
                }
            }
        }));

        Map<String, Object> keyNamed = new java.util.HashMap<>(Map.of("HASH", "a".repeat(64), "KEY_ID", "null"));
        PushResponse suppressionRewritten = desktop.transport().push(state.token(), new PushRequest(state.deviceId(), 0, List.of(
                new PushedChange(11, "CONTACT_SUPPRESSION", suppression, "U", later + 4, Map.of("HASH", "b".repeat(64))),
                new PushedChange(12, "CONTACT_SUPPRESSION", suppression, "U", later + 5, Map.of("ERASED_AT", "2026-12-02T09:00:00Z")),
                new PushedChange(13, "CONTACT_SUPPRESSION", suppression, "I", later + 6, Map.of("HASH", "a".repeat(64),
                        "ERASED_AT", "2026-12-02T09:30:00Z")),
                new PushedChange(14, "CONTACT_SUPPRESSION", suppression, "I", later + 7, keyNamed))));
        assertEquals(List.of(11L, 14L), suppressionRewritten.refused().stream().map(r -> r.seq()).toList(), () -> "an erased address "
                + "cannot be let out by rewriting its hash; erasing it again, on this desktop or another, is taken: "
                + suppressionRewritten.refused());
        assertEquals("CONTACT_SUPPRESSION: its rows are only added, never changed", suppressionRewritten.refused().get(0).reason());
        assertEquals("CONTACT_SUPPRESSION: its rows are only added, never changed", suppressionRewritten.refused().get(1).reason(),
                "sent again with a key it was not made with");
        assertEquals("a".repeat(64), StoreFixture.service(Store.class).read(connection -> {
            try (PreparedStatement query = connection.prepareStatement("SELECT HASH FROM CONTACT_SUPPRESSION WHERE ID = ?")) {
                query.setObject(1, suppression);
                try (ResultSet row = query.executeQuery()) {
                    return row.next() ? row.getString(1) : null;
                }
            }
        }));
        desktop.store().close();
    }

    @Test
    void aNoteIsSignedByTheAccountThatPushedItWhateverItSays() {
        Desktop desktop = SyncServerFixture.desktop(SyncServerFixture.account("note-signer", Role.STAFF), Duration.ZERO,
                SyncServerFixture.transport());
        ClientState state = ClientState.read(desktop.store().store()).orElseThrow();
        UUID contactNote = Ids.newId();
        UUID meetingNote = Ids.newId();
        long stamp = new HlcTimestamp(System.currentTimeMillis(), 0).pack();
        String written = "2026-12-02T10:00:00Z";
        PushResponse pushed = desktop.transport().push(state.token(), new PushRequest(state.deviceId(), 0, List.of(
                new PushedChange(1, "CONTACT_NOTE", contactNote, "I", stamp, Map.of("CONTACT_ID", Ids.newId().toString(),
                        "AUTHOR", "the-director", "WRITTEN_AT", written, "TEXT", "Promised a grant")),
                new PushedChange(2, "MEETING_NOTE", meetingNote, "I", stamp, Map.of("MEETING_ID", Ids.newId().toString(),
                        "AUTHOR", "the-director", "WRITTEN_AT", written, "TEXT", "Agreed to everything")))));
        assertEquals(List.of(), pushed.refused(), () -> "refused: " + pushed.refused());
        for (String table : List.of("CONTACT_NOTE", "MEETING_NOTE")) {
            UUID id = table.equals("CONTACT_NOTE") ? contactNote : meetingNote;
            assertEquals("note-signer", StoreFixture.service(Store.class).read(connection -> {
                try (PreparedStatement query = connection.prepareStatement("SELECT AUTHOR FROM " + table + " WHERE ID = ?")) {
                    query.setObject(1, id);
                    try (ResultSet row = query.executeQuery()) {
                        return row.next() ? row.getString(1) : null;
                    }
                }
            }), table + ": the author is the account that pushed the note");
        }
        desktop.engine().sync();
        assertEquals(1L, desktop.store().store().read(connection -> org.liaison.store.Sql.count(connection,
                "SELECT COUNT(*) FROM CONTACT_NOTE WHERE ID = ? AND AUTHOR = 'note-signer'", contactNote)), "and every desktop sees it so");
        desktop.store().close();
    }

    private static Set<UUID> partners(Set<UUID> among) {
        return StoreFixture.service(Store.class).read(connection -> {
            Set<UUID> found = new TreeSet<>();
            try (PreparedStatement query = connection.prepareStatement("SELECT ID FROM TEST_PARTNER");
                    ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    UUID id = rows.getObject(1, UUID.class);
                    if (among.contains(id)) {
                        found.add(id);
                    }
                }
            }
            return found;
        });
    }
}
