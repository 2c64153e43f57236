package org.liaison.contacts.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
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
            "CONTACT_PHONE_UNCHECKED", "CONTACT_ID", "CONTACT_TAG", "CONTACT_ID", "CONTACT_LANGUAGE", "PERSON_ID", "CONTACT_BARRIER", "PERSON_ID",
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
        Map<String, List<UUID>> ownedRows = new HashMap<>();
        for (RemoteChange change : changes) {
            String table = change.table();
            if ("CONTACT_PERSON".equals(table) || "CONTACT_ORGANISATION".equals(table)) {
                contacts.add(change.rowId());
            } else if (OWNED.containsKey(table)) {
                Object incoming = change.fields().get(OWNED.get(table));
                if (incoming != null) {
                    contacts.add(UUID.fromString(incoming.toString()));
                }
                ownedRows.computeIfAbsent(table, t -> new ArrayList<>()).add(change.rowId());
            }
        }
        for (Map.Entry<String, List<UUID>> rows : ownedRows.entrySet()) { // the owners before the change, or of rows going
            String column = OWNED.get(rows.getKey());
            contacts.addAll(IdQueries.ids(connection, "SELECT " + column + " FROM " + rows.getKey() + " WHERE ID = ANY(?)",
                    rows.getValue().toArray(UUID[]::new)));
        }
        if (contacts.isEmpty()) {
            return null;
        }
        return after -> {
            Set<UUID> again = new LinkedHashSet<>(contacts);
            again.addAll(IdQueries.ids(after, "SELECT PERSON_ID FROM CONTACT_AFFILIATION WHERE ORGANISATION_ID = ANY(?)",
                    contacts.toArray(UUID[]::new)));
            index.reindexAll(after, again);
            return again.size();
        };
    }
}
