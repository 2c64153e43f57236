package org.liaison.contacts.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.liaison.core.id.Ids;

/** The tags of a contact: one row per tag, the same row id for the same tag everywhere. */
final class Tags {

    private Tags() {
    }

    static void write(Connection connection, UUID contact, Set<String> tags, boolean newContact) throws SQLException {
        Map<UUID, List<Object>> rows = new LinkedHashMap<>();
        for (String tag : tags) {
            rows.put(Ids.derived("tag", contact, tag.toLowerCase(Locale.ROOT)), List.of(contact, tag));
        }
        ChildRows.replace(connection, "CONTACT_TAG", List.of("CONTACT_ID", "TAG"), contact, rows, newContact);
    }

    static Set<String> read(Connection connection, UUID contact) throws SQLException {
        return PersonTable.strings(connection, "SELECT TAG FROM CONTACT_TAG WHERE CONTACT_ID = ? ORDER BY TAG", contact);
    }
}
