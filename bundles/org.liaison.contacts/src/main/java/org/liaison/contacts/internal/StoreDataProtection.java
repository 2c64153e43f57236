package org.liaison.contacts.internal;

import java.io.UncheckedIOException;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import org.liaison.contacts.ConsentLedger;
import org.liaison.contacts.DataProtection;
import org.liaison.contacts.Email;
import org.liaison.contacts.ErasureParticipant;
import org.liaison.contacts.Person;
import org.liaison.contacts.Phone;
import org.liaison.store.NetworkKeys;
import org.liaison.store.Store;
import org.liaison.store.changes.Outbox;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/** Subject access (everything about a person as JSON) and erasure, over the store. */
@Component(service = DataProtection.class)
public class StoreDataProtection implements DataProtection {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final Store store;
    private final Outbox outbox;
    private final NetworkKeys keys;
    private final ConsentLedger consents;

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    private final List<ErasureParticipant> participants = new CopyOnWriteArrayList<>();

    @Activate
    public StoreDataProtection(@Reference Store store, @Reference Outbox outbox, @Reference NetworkKeys keys,
            @Reference ConsentLedger consents) {
        this.store = store;
        this.outbox = outbox;
        this.keys = keys;
        this.consents = consents;
    }

    @Override
    public String export(UUID personId) {
        Person person = store.read(connection -> PersonTable.read(connection, personId))
                .orElseThrow(() -> new IllegalArgumentException("no person " + personId));
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("exportedAt", Instant.now().toString());
        out.put("id", person.id().toString());
        out.put("givenName", person.givenName());
        out.put("familyName", person.familyName());
        out.put("preferredLanguage", person.preferredLanguage());
        out.put("languages", person.languages());
        out.put("region", person.region());
        out.put("address", person.address());
        out.put("role", person.role());
        out.put("readinessToNetwork", person.readiness());
        out.put("source", person.source());
        out.put("referredBy", person.referredBy());
        out.put("ownerStaff", person.ownerStaff());
        out.put("emails", person.emails());
        out.put("phones", person.phones());
        out.put("tags", person.tags());
        out.put("barriers", person.barriers());
        out.put("notes", store.read(connection -> rows(connection,
                "SELECT WRITTEN_AT, AUTHOR, TEXT FROM CONTACT_NOTE WHERE CONTACT_ID = ? ORDER BY WRITTEN_AT", personId,
                "writtenAt", "author", "text")));
        out.put("affiliations", store.read(connection -> rows(connection,
                "SELECT O.NAME, A.ROLE, A.TITLE, A.FROM_DATE, A.TO_DATE FROM CONTACT_AFFILIATION A "
                        + "JOIN CONTACT_ORGANISATION O ON O.ID = A.ORGANISATION_ID WHERE A.PERSON_ID = ?", personId,
                "organisation", "role", "title", "from", "to")));
        List<Map<String, Object>> ledger = new java.util.ArrayList<>();
        for (var event : consents.history(personId)) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("recordedAt", event.recordedAt().toString());
            entry.put("purpose", event.purpose());
            entry.put("channel", event.channel());
            entry.put("granted", event.granted());
            entry.put("source", event.source());
            entry.put("evidence", event.evidence());
            entry.put("expiresAt", event.expiresAt() == null ? null : event.expiresAt().toString());
            ledger.add(entry);
        }
        out.put("consents", ledger);
        try {
            return JSON.writeValueAsString(out);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Map<String, Object>> rows(java.sql.Connection connection, String sql, UUID id, String... names)
            throws java.sql.SQLException {
        List<Map<String, Object>> rows = new java.util.ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            query.setObject(1, id);
            try (var result = query.executeQuery()) {
                while (result.next()) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    for (int i = 0; i < names.length; i++) {
                        Object value = result.getObject(i + 1);
                        row.put(names[i], value == null ? null : value.toString());
                    }
                    rows.add(row);
                }
            }
        }
        return rows;
    }

    /**
     * Removes the person and every copy of them this desktop keeps: their rows, what merges and imports
     * kept to be undone, and the values of changes not yet sent; their addresses and numbers are kept
     * only as suppression hashes.
     */
    @Override
    public void erase(UUID personId) {
        store.transaction(connection -> {
            Person person = PersonTable.read(connection, personId)
                    .orElseThrow(() -> new IllegalArgumentException("no person " + personId));
            long before = outbox.newest(connection);
            for (Email email : person.emails()) {
                Suppression.add(connection, keys, email.address());
            }
            for (Phone phone : person.phones()) {
                // a number to check too: the same file imported again must not bring the person back
                Suppression.add(connection, keys, phone.number());
            }
            for (ErasureParticipant participant : participants) {
                participant.erase(personId);
            }
            PersonTable.scrub(connection, personId);
            outbox.forgetErased(connection, before);
            return null;
        });
    }

    @Override
    public boolean suppressed(String emailOrPhone) {
        return store.read(connection -> Suppression.contains(connection, keys, emailOrPhone));
    }
}
