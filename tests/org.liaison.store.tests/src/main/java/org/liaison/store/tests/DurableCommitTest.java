package org.liaison.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.liaison.store.Store;
import org.liaison.store.StoreStatus.State;
import org.liaison.store.changes.CapturedChange;
import org.liaison.store.changes.Outbox;
import org.liaison.test.support.StoreFixture;

/** A person's edit, once committed, survives the process dying right after, whatever the outbox held before. */
class DurableCommitTest {

    @TempDir
    Path temp;

    @AfterEach
    void releaseTheFolder() {
        StoreFixture.memory("after-" + UUID.randomUUID());
    }

    private static void open(Path directory) {
        assertEquals(State.OPEN, StoreFixture.configure(Map.of("mode", "file", "directory", directory.toString()), directory.toString())
                .state());
    }

    private static UUID partner(Store store, String name) {
        UUID id = UUID.randomUUID();
        store.transaction(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO TEST_PARTNER (ID, NAME) VALUES (?, ?)")) {
                insert.setObject(1, id);
                insert.setString(2, name);
                return insert.executeUpdate();
            }
        });
        return id;
    }

    @Test
    void anEditAfterThreeHundredSyncedOnesSurvivesAnAbruptClose() throws SQLException {
        Path directory = temp.resolve("durable");
        open(directory);
        Store store = StoreFixture.service(Store.class);
        Outbox outbox = StoreFixture.service(Outbox.class);
        for (int i = 0; i < 300; i++) {
            partner(store, "Partner " + i);
        }
        long sent = outbox.after(0, 1_000).stream().mapToLong(CapturedChange::sequence).max().orElseThrow();
        outbox.acknowledge(sent); // the server has them: the outbox is empty
        assertEquals(0, outbox.size());

        UUID last = partner(store, "The edit that must stay");
        // the files closed at once, as a killed process leaves them: nothing the engine still held is written
        try (Connection raw = RawDatabase.connect("jdbc:h2:file:" + directory.resolve("liaison"), "")) {
            raw.createStatement().execute("SHUTDOWN IMMEDIATELY");
        }
        StoreFixture.memory("between-" + UUID.randomUUID());
        open(directory);
        long found = StoreFixture.service(Store.class).read(connection -> {
            try (PreparedStatement query = connection.prepareStatement("SELECT COUNT(*) FROM TEST_PARTNER WHERE ID = ?")) {
                query.setObject(1, last);
                try (ResultSet row = query.executeQuery()) {
                    row.next();
                    return row.getLong(1);
                }
            }
        });
        assertEquals(1, found, "the edit committed just before the close is there");
    }
}
