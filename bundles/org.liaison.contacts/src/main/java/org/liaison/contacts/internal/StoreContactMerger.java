package org.liaison.contacts.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import org.liaison.contacts.ContactMerger;
import org.liaison.contacts.ContactService;
import org.liaison.contacts.Email;
import org.liaison.contacts.Organisation;
import org.liaison.contacts.Person;
import org.liaison.contacts.Phone;
import org.liaison.core.id.Ids;
import org.liaison.store.Store;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import com.fasterxml.jackson.databind.ObjectMapper;

/** Merges in one transaction; the two people as they were are kept as JSON beside the merge. */
@Component(service = ContactMerger.class)
public class StoreContactMerger implements ContactMerger {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** The tables whose rows follow a person into the merge, and the column that points at the person. */
    private static final Map<String, String> MOVED = Map.of("CONTACT_NOTE", "CONTACT_ID", "CONTACT_CONSENT", "CONTACT_ID",
            "CONTACT_AFFILIATION", "PERSON_ID", "CONTACT_FIELD_VALUE", "CONTACT_ID");

    /** The tables whose rows follow an organisation into the merge, and the column that points at it. */
    private static final Map<String, String> MOVED_WITH_ORGANISATION = Map.of("CONTACT_NOTE", "CONTACT_ID",
            "CONTACT_AFFILIATION", "ORGANISATION_ID", "CONTACT_FIELD_VALUE", "CONTACT_ID");

    /** What a merge changed, to put it back: two people, or two organisations. */
    record Before(Person kept, Person merged, Organisation keptOrganisation, Organisation mergedOrganisation,
            Map<String, List<UUID>> moved) {
    }

    private final Store store;
    private final ContactService contacts;

    @Activate
    public StoreContactMerger(@Reference Store store, @Reference ContactService contacts) {
        this.store = store;
        this.contacts = contacts;
    }

    @Override
    public UUID merge(UUID keptId, UUID mergedId, Set<Field> fromMerged, Locale locale) {
        if (keptId.equals(mergedId)) {
            throw new IllegalArgumentException("a person cannot be merged into themselves");
        }
        UUID mergeId = Ids.newId();
        store.transaction(connection -> {
            Person kept = PersonTable.read(connection, keptId).orElseThrow(() -> new IllegalArgumentException("no person " + keptId));
            Person merged = PersonTable.read(connection, mergedId)
                    .orElseThrow(() -> new IllegalArgumentException("no person " + mergedId));
            Map<String, List<UUID>> moved = new LinkedHashMap<>();
            for (Map.Entry<String, String> table : MOVED.entrySet()) {
                moved.put(table.getKey(), move(connection, table.getKey(), table.getValue(), mergedId, keptId));
            }
            record(connection, mergeId, keptId, mergedId, new Before(kept, merged, null, null, moved));
            PersonTable.delete(connection, mergedId);
            contacts.save(combine(kept, merged, fromMerged), locale);
            return null;
        });
        return mergeId;
    }

    @Override
    public UUID mergeOrganisations(UUID keptId, UUID mergedId, Locale locale) {
        if (keptId.equals(mergedId)) {
            throw new IllegalArgumentException("an organisation cannot be merged into itself");
        }
        UUID mergeId = Ids.newId();
        store.transaction(connection -> {
            Organisation kept = OrganisationTable.read(connection, keptId)
                    .orElseThrow(() -> new IllegalArgumentException("no organisation " + keptId));
            Organisation merged = OrganisationTable.read(connection, mergedId)
                    .orElseThrow(() -> new IllegalArgumentException("no organisation " + mergedId));
            Map<String, List<UUID>> moved = new LinkedHashMap<>();
            for (Map.Entry<String, String> table : MOVED_WITH_ORGANISATION.entrySet()) {
                moved.put(table.getKey(), move(connection, table.getKey(), table.getValue(), mergedId, keptId));
            }
            record(connection, mergeId, keptId, mergedId, new Before(null, null, kept, merged, moved));
            OrganisationTable.delete(connection, mergedId);
            contacts.save(combine(kept, merged), locale); // indexes the people who moved in, too
            return null;
        });
        return mergeId;
    }

    private static Organisation combine(Organisation kept, Organisation merged) {
        Set<String> sectors = new LinkedHashSet<>(kept.sectors());
        sectors.addAll(merged.sectors());
        Set<String> segments = new LinkedHashSet<>(kept.segments());
        segments.addAll(merged.segments());
        Set<String> tags = new LinkedHashSet<>(kept.tags());
        tags.addAll(merged.tags());
        return new Organisation(kept.id(), kept.name(), or(kept.companiesHouseNumber(), merged.companiesHouseNumber()),
                or(kept.siren(), merged.siren()), or(kept.siret(), merged.siret()), or(kept.vatNumber(), merged.vatNumber()),
                kept.sizeBand() != null ? kept.sizeBand() : merged.sizeBand(), or(kept.region(), merged.region()),
                or(kept.website(), merged.website()), sectors, segments, tags);
    }

    private static String or(String own, String other) {
        return own == null ? other : own;
    }

    private static Person combine(Person kept, Person merged, Set<Field> fromMerged) {
        List<Email> emails = ContactUnion.emails(kept.emails(), merged.emails());
        List<Phone> phones = ContactUnion.phones(kept.phones(), merged.phones());
        Set<String> languages = new LinkedHashSet<>(kept.languages());
        languages.addAll(merged.languages());
        Set<String> tags = new LinkedHashSet<>(kept.tags());
        tags.addAll(merged.tags());
        List<org.liaison.contacts.Barrier> barriers = new ArrayList<>(kept.barriers());
        merged.barriers().stream().filter(b -> kept.barriers().stream().noneMatch(k -> k.kind() == b.kind())).forEach(barriers::add);
        return new Person(kept.id(), pick(Field.GIVEN_NAME, kept, merged, fromMerged, Person::givenName),
                pick(Field.FAMILY_NAME, kept, merged, fromMerged, Person::familyName),
                pick(Field.PREFERRED_LANGUAGE, kept, merged, fromMerged, Person::preferredLanguage), languages,
                pick(Field.REGION, kept, merged, fromMerged, Person::region),
                fromMerged.contains(Field.ADDRESS) || kept.address().city() == null ? merged.address() : kept.address(),
                fromMerged.contains(Field.ROLE) ? merged.role() : kept.role(),
                fromMerged.contains(Field.READINESS) ? merged.readiness() : kept.readiness(),
                pick(Field.SOURCE, kept, merged, fromMerged, Person::source),
                kept.referredBy() != null ? kept.referredBy() : merged.referredBy(),
                pick(Field.OWNER_STAFF, kept, merged, fromMerged, Person::ownerStaff), emails, phones, tags, barriers);
    }

    private static String pick(Field field, Person kept, Person merged, Set<Field> fromMerged, Function<Person, String> value) {
        String own = value.apply(kept);
        return fromMerged.contains(field) || own == null ? value.apply(merged) : own;
    }

    private static List<UUID> move(Connection connection, String table, String column, UUID from, UUID to) throws SQLException {
        List<UUID> ids = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT ID FROM " + table + " WHERE " + column + " = ?")) {
            query.setObject(1, from);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getObject(1, UUID.class));
                }
            }
        }
        try (PreparedStatement update = connection.prepareStatement("UPDATE " + table + " SET " + column + " = ? WHERE ID = ?")) {
            for (UUID id : ids) {
                update.setObject(1, to);
                update.setObject(2, id);
                update.addBatch();
            }
            update.executeBatch();
        }
        return ids;
    }

    private static void record(Connection connection, UUID mergeId, UUID kept, UUID merged, Before before) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO CONTACT_MERGE "
                + "(ID, KEPT_ID, MERGED_ID, MERGED_AT, BEFORE_STATE) VALUES (?, ?, ?, ?, ?)")) {
            insert.setObject(1, mergeId);
            insert.setObject(2, kept);
            insert.setObject(3, merged);
            insert.setObject(4, OffsetDateTime.now(ZoneOffset.UTC));
            insert.setString(5, JSON.writeValueAsString(before));
            insert.executeUpdate();
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void undo(UUID mergeId, Locale locale) {
        store.transaction(connection -> {
            Before before;
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT BEFORE_STATE FROM CONTACT_MERGE WHERE ID = ? AND UNDONE_AT IS NULL")) {
                query.setObject(1, mergeId);
                try (ResultSet row = query.executeQuery()) {
                    if (!row.next()) {
                        return null;
                    }
                    if (row.getString(1).isEmpty()) {
                        throw new IllegalStateException("merge " + mergeId + " cannot be undone: a person of it was erased");
                    }
                    before = JSON.readValue(row.getString(1), Before.class);
                } catch (IOException e) {
                    throw new UncheckedIOException("the record of merge " + mergeId + " cannot be read", e);
                }
            }
            boolean people = before.kept() != null;
            Map<String, String> columns = people ? MOVED : MOVED_WITH_ORGANISATION;
            // the record is synced, so a push may have rewritten it: only the tables a merge moves rows of are named in SQL
            if (!columns.keySet().containsAll(before.moved().keySet())) {
                throw new IllegalStateException("the record of merge " + mergeId + " names tables a merge never moves rows of: "
                        + "it was changed elsewhere and is not undone");
            }
            if (people) {
                contacts.save(before.merged(), locale); // back under its own id
                contacts.save(before.kept(), locale);
            } else {
                contacts.save(before.mergedOrganisation(), locale);
                contacts.save(before.keptOrganisation(), locale);
            }
            UUID mergedId = people ? before.merged().id() : before.mergedOrganisation().id();
            UUID keptId = people ? before.kept().id() : before.keptOrganisation().id();
            for (Map.Entry<String, List<UUID>> table : before.moved().entrySet()) {
                String column = columns.get(table.getKey());
                // only rows the kept contact holds go back: the record's ids cannot move anyone else's rows
                try (PreparedStatement update = connection.prepareStatement(
                        "UPDATE " + table.getKey() + " SET " + column + " = ? WHERE ID = ? AND " + column + " = ?")) {
                    for (UUID id : table.getValue()) {
                        update.setObject(1, mergedId);
                        update.setObject(2, id);
                        update.setObject(3, keptId);
                        update.addBatch();
                    }
                    update.executeBatch();
                }
            }
            if (!people) { // the people who went back are found by their organisation's name again
                contacts.save(before.mergedOrganisation(), locale);
            }
            try (PreparedStatement done = connection.prepareStatement("UPDATE CONTACT_MERGE SET UNDONE_AT = ? WHERE ID = ?")) {
                done.setObject(1, OffsetDateTime.now(ZoneOffset.UTC));
                done.setObject(2, mergeId);
                done.executeUpdate();
            }
            return null;
        });
    }
}
