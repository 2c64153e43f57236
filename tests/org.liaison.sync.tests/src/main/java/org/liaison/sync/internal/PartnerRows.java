package org.liaison.sync.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.UUID;

import org.liaison.core.id.Ids;
import org.liaison.sync.internal.SyncServerFixture.Desktop;

/** The test partners a desktop writes as staff do, and reads back, for the sync tests. */
final class PartnerRows {

    private PartnerRows() {
    }

    static UUID insert(Desktop desktop, String name) {
        UUID id = Ids.newId();
        write(desktop, "INSERT INTO TEST_PARTNER (NAME, ID) VALUES (?, ?)", name, id);
        return id;
    }

    static void rename(Desktop desktop, UUID id, String name) {
        write(desktop, "UPDATE TEST_PARTNER SET NAME = ? WHERE ID = ?", name, id);
    }

    static void delete(Desktop desktop, UUID id) {
        int deleted = desktop.store().store().transaction(connection -> {
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM TEST_PARTNER WHERE ID = ?")) {
                delete.setObject(1, id);
                return delete.executeUpdate();
            }
        });
        assertEquals(1, deleted);
    }

    /** The partner's name on {@code desktop}, or null when it has no such partner. */
    static String name(Desktop desktop, UUID id) {
        return desktop.store().store().read(connection -> {
            try (PreparedStatement query = connection.prepareStatement("SELECT NAME FROM TEST_PARTNER WHERE ID = ?")) {
                query.setObject(1, id);
                try (ResultSet row = query.executeQuery()) {
                    return row.next() ? row.getString(1) : null;
                }
            }
        });
    }

    private static void write(Desktop desktop, String sql, String name, UUID id) {
        int written = desktop.store().store().transaction(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                statement.setString(1, name);
                statement.setObject(2, id);
                return statement.executeUpdate();
            }
        });
        assertEquals(1, written);
    }
}
