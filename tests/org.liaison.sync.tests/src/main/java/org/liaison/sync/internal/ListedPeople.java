package org.liaison.sync.internal;

import java.sql.PreparedStatement;
import java.time.OffsetDateTime;
import java.util.UUID;

import org.liaison.core.id.Ids;
import org.liaison.store.Store;

/** People written straight into a desktop's tables, for tests of other areas' rows that point at them. */
final class ListedPeople {

    private ListedPeople() {
    }

    /** A person as the contacts area lists one: their record and their line in the listing. */
    static UUID person(Store store, String given, String family) {
        UUID id = Ids.newId();
        store.transaction(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO CONTACT_PERSON (ID, GIVEN_NAME, FAMILY_NAME, ROLE, "
                    + "READINESS, CREATED_AT, UPDATED_AT) VALUES (?, ?, ?, 'OTHER', 'OPEN', ?, ?)")) {
                insert.setObject(1, id);
                insert.setString(2, given);
                insert.setString(3, family);
                insert.setObject(4, OffsetDateTime.now());
                insert.setObject(5, OffsetDateTime.now());
                insert.executeUpdate();
            }
            try (PreparedStatement listed = connection.prepareStatement(
                    "MERGE INTO CONTACT_SEARCH_ENTRY (CONTACT_ID, KIND, NAME, SORT_KEY) KEY (CONTACT_ID) VALUES (?, 'PERSON', ?, ?)")) {
                listed.setObject(1, id);
                listed.setString(2, given + " " + family);
                listed.setString(3, family + " " + given);
                return listed.executeUpdate();
            }
        });
        return id;
    }

}
