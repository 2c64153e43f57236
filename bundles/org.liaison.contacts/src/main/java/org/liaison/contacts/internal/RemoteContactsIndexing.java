package org.liaison.contacts.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.liaison.contacts.sectors.NaceTaxonomy;
import org.liaison.store.SqlWork;
import org.liaison.store.changes.RemoteChange;
import org.liaison.store.changes.RemoteChangeObserver;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Contacts received by sync are found by search like those entered here: the search words of
 * every person or organisation a remote change touches (its own row, or a row it owns: emails,
 * phones, tags, languages, affiliations, sectors) are made again in the same transaction, and
 * those of people affiliated with a changed organisation.
 */
@Component(service = RemoteChangeObserver.class)
public class RemoteContactsIndexing implements RemoteChangeObserver {

    /** Tables whose rows belong to a contact, with the column naming it. */
    private static final Map<String, String> OWNED = Map.of("CONTACT_EMAIL", "CONTACT_ID", "CONTACT_PHONE", "CONTACT_ID",
            "CONTACT_TAG", "CONTACT_ID", "CONTACT_LANGUAGE", "PERSON_ID", "CONTACT_BARRIER", "PERSON_ID",
            "CONTACT_AFFILIATION", "PERSON_ID", "CONTACT_SECTOR", "ORGANISATION_ID", "CONTACT_ORGANISATION_SEGMENT",
            "ORGANISATION_ID");

    private final SearchIndex index;

    @Activate
    public RemoteContactsIndexing(@Reference NaceTaxonomy sectors) {
        this.index = new SearchIndex(sectors);
    }

    @Override
    public SqlWork<?> beforeApply(Connection connection, List<RemoteChange> changes) throws SQLException {
        Set<UUID> contacts = new LinkedHashSet<>();
        for (RemoteChange change : changes) {
            String table = change.table();
            if ("CONTACT_PERSON".equals(table) || "CONTACT_ORGANISATION".equals(table)) {
                contacts.add(change.rowId());
            } else if (OWNED.containsKey(table)) {
                String column = OWNED.get(table);
                Object incoming = change.fields().get(column);
                if (incoming != null) {
                    contacts.add(UUID.fromString(incoming.toString()));
                }
                UUID current = owner(connection, table, column, change.rowId()); // the owner before the change, or of a row going
                if (current != null) {
                    contacts.add(current);
                }
            }
        }
        if (contacts.isEmpty()) {
            return null;
        }
        return after -> {
            Set<UUID> again = new LinkedHashSet<>(contacts);
            for (UUID contact : contacts) {
                again.addAll(affiliatedPeople(after, contact));
            }
            for (UUID contact : again) {
                if (listed(after, contact)) {
                    index.reindex(after, contact);
                } else {
                    SearchIndex.remove(after, contact);
                }
            }
            return again.size();
        };
    }

    private static UUID owner(Connection connection, String table, String column, UUID row) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT " + column + " FROM " + table + " WHERE ID = ?")) {
            query.setObject(1, row);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next() ? rows.getObject(1, UUID.class) : null;
            }
        }
    }

    private static Set<UUID> affiliatedPeople(Connection connection, UUID organisation) throws SQLException {
        Set<UUID> people = new LinkedHashSet<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT PERSON_ID FROM CONTACT_AFFILIATION WHERE ORGANISATION_ID = ?")) {
            query.setObject(1, organisation);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    people.add(rows.getObject(1, UUID.class));
                }
            }
        }
        return people;
    }

    /** Whether the contact exists and is not erased: only those are in the lists. */
    private static boolean listed(Connection connection, UUID contact) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT 1 FROM CONTACT_PERSON WHERE ID = ? AND NOT ERASED UNION ALL SELECT 1 FROM CONTACT_ORGANISATION WHERE ID = ? AND NOT ERASED")) {
            query.setObject(1, contact);
            query.setObject(2, contact);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next();
            }
        }
    }
}
