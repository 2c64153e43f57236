package org.liaison.contacts.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.liaison.store.Sql;
import org.liaison.store.Store;
import org.liaison.workbench.RecordLabels;
import org.liaison.workbench.TextRecordLabels;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The contacts' tables in words: a person or an organisation by its name, their details by whose they are. */
@Component(service = RecordLabels.class)
public class ContactRecordLabels extends TextRecordLabels {

    private static final String PERSON = "SELECT TRIM(COALESCE(GIVEN_NAME, '') || ' ' || COALESCE(FAMILY_NAME, '')) FROM CONTACT_PERSON WHERE ID = ?";
    private static final List<String> CONTACT = List.of("CONTACT_PERSON", "CONTACT_ORGANISATION");

    private final Store store;

    @Activate
    public ContactRecordLabels(@Reference Store store) {
        super("org.liaison.contacts.internal.labels", Map.of("CONTACT_PERSON", PERSON,
                "CONTACT_ORGANISATION", "SELECT NAME FROM CONTACT_ORGANISATION WHERE ID = ?",
                "CONTACT_SEGMENT", "SELECT LABEL_EN || ' / ' || LABEL_FR FROM CONTACT_SEGMENT WHERE ID = ?",
                "CONTACT_FIELD", "SELECT LABEL_EN || ' / ' || LABEL_FR FROM CONTACT_FIELD WHERE ID = ?",
                "CONTACT_SAVED_SEARCH", "SELECT NAME FROM CONTACT_SAVED_SEARCH WHERE ID = ?"), Map.ofEntries(
                Map.entry("CONTACT_EMAIL", new Parent("CONTACT_ID", CONTACT)),
                Map.entry("CONTACT_PHONE", new Parent("CONTACT_ID", CONTACT)),
                Map.entry("CONTACT_PHONE_UNCHECKED", new Parent("CONTACT_ID", CONTACT)),
                Map.entry("CONTACT_TAG", new Parent("CONTACT_ID", CONTACT)),
                Map.entry("CONTACT_NOTE", new Parent("CONTACT_ID", CONTACT)),
                Map.entry("CONTACT_CONSENT", new Parent("CONTACT_ID", CONTACT)),
                Map.entry("CONTACT_FIELD_VALUE", new Parent("CONTACT_ID", CONTACT)),
                Map.entry("CONTACT_LANGUAGE", new Parent("PERSON_ID", CONTACT)),
                Map.entry("CONTACT_BARRIER", new Parent("PERSON_ID", CONTACT)),
                Map.entry("CONTACT_AFFILIATION", new Parent("PERSON_ID", CONTACT)),
                Map.entry("CONTACT_LINK", new Parent("FROM_PERSON", CONTACT)),
                Map.entry("CONTACT_SECTOR", new Parent("ORGANISATION_ID", CONTACT)),
                Map.entry("CONTACT_ORGANISATION_SEGMENT", new Parent("ORGANISATION_ID", CONTACT)),
                Map.entry("CONTACT_MERGE", new Parent("KEPT_ID", CONTACT))));
        this.store = store;
    }

    @Override
    protected Optional<Object> first(String query, UUID row) {
        return store.read(connection -> Sql.first(connection, query, row));
    }
}
