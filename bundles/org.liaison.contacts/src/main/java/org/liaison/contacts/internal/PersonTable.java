package org.liaison.contacts.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.liaison.contacts.Barrier;
import org.liaison.contacts.BarrierKind;
import org.liaison.contacts.ContactRole;
import org.liaison.contacts.Email;
import org.liaison.contacts.Person;
import org.liaison.contacts.Phone;
import org.liaison.contacts.PostalAddress;
import org.liaison.contacts.Readiness;
import org.liaison.core.id.Ids;

/** A person and its child rows in the database. */
final class PersonTable {

    private static final String COLUMNS = "GIVEN_NAME, FAMILY_NAME, PREFERRED_LANGUAGE, REGION, STREET, POSTCODE, CITY, "
            + "COUNTRY, LATITUDE, LONGITUDE, ROLE, READINESS, SOURCE, REFERRED_BY, OWNER_STAFF";

    private PersonTable() {
    }

    /** Inserts or updates a checked person; gives back its id. */
    static UUID write(Connection connection, Person person) throws SQLException {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        UUID id = person.id() == null ? Ids.newId() : person.id();
        boolean exists = person.id() != null && exists(connection, id);
        String sql = exists
                ? "UPDATE CONTACT_PERSON SET (" + COLUMNS + ", UPDATED_AT) = (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) WHERE ID = ?"
                : "INSERT INTO CONTACT_PERSON (" + COLUMNS + ", UPDATED_AT, ID, CREATED_AT) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
        try (PreparedStatement write = connection.prepareStatement(sql)) {
            PostalAddress a = person.address();
            Object[] values = { person.givenName(), person.familyName(), person.preferredLanguage(), person.region(),
                    a.street(), a.postcode(), a.city(), a.country(), a.latitude(), a.longitude(), person.role().name(),
                    person.readiness().name(), person.source(), person.referredBy(), person.ownerStaff(), now, id };
            ChildRows.bind(write, values);
            if (!exists) {
                write.setObject(values.length + 1, now);
            }
            write.executeUpdate();
        }
        writeChildren(connection, id, person, !exists);
        return id;
    }

    /**
     * Inserts new people (their ids given, none of them in the table yet) a table at a time, each
     * table in one batch sorted by its key: the path of imports. In key order, each part of a
     * table's tree is filled once, where scattered rows would visit it (and the engine write it
     * out) again and again; so do the changes at commit.
     */
    static void insertAll(Connection connection, List<Person> people) throws SQLException {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        List<Object[]> persons = new ArrayList<>(people.size());
        List<Object[]> emails = new ArrayList<>();
        List<Object[]> phones = new ArrayList<>();
        List<Object[]> unchecked = new ArrayList<>();
        List<Object[]> languages = new ArrayList<>();
        List<Object[]> barriers = new ArrayList<>();
        List<Object[]> tags = new ArrayList<>();
        for (Person p : people) {
            UUID id = p.id();
            PostalAddress a = p.address();
            persons.add(new Object[] { p.givenName(), p.familyName(), p.preferredLanguage(), p.region(), a.street(),
                    a.postcode(), a.city(), a.country(), a.latitude(), a.longitude(), p.role().name(), p.readiness().name(),
                    p.source(), p.referredBy(), p.ownerStaff(), now, id, now });
            for (Email e : p.emails()) {
                emails.add(new Object[] { Ids.derived("email", id, e.address().toLowerCase()), id, e.address(), e.primary() });
            }
            for (Phone n : p.phones()) {
                (n.unchecked() ? unchecked : phones).add(new Object[] { Ids.derived("phone", id, n.number()), id, n.number(), n.kind().name() });
            }
            for (String l : p.languages()) {
                languages.add(new Object[] { Ids.derived("language", id, l), id, l });
            }
            for (Barrier b : p.barriers()) {
                barriers.add(new Object[] { Ids.derived("barrier", id, b.kind()), id, b.kind().name(), b.note() });
            }
            for (String t : p.tags()) {
                tags.add(new Object[] { Ids.derived("tag", id, t.toLowerCase(java.util.Locale.ROOT)), id, t });
            }
        }
        // parents first, so that a later foreign key would hold
        insertInKeyOrder(connection, "INSERT INTO CONTACT_PERSON (" + COLUMNS
                + ", UPDATED_AT, ID, CREATED_AT) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", persons, 16);
        insertInKeyOrder(connection, "INSERT INTO CONTACT_EMAIL (ID, CONTACT_ID, ADDRESS, IS_PRIMARY) VALUES (?, ?, ?, ?)", emails, 0);
        insertInKeyOrder(connection, "INSERT INTO CONTACT_PHONE (ID, CONTACT_ID, NUMBER_E164, KIND) VALUES (?, ?, ?, ?)", phones, 0);
        insertInKeyOrder(connection, "INSERT INTO CONTACT_PHONE_UNCHECKED (ID, CONTACT_ID, AS_WRITTEN, KIND) VALUES (?, ?, ?, ?)", unchecked, 0);
        insertInKeyOrder(connection, "INSERT INTO CONTACT_LANGUAGE (ID, PERSON_ID, LANGUAGE) VALUES (?, ?, ?)", languages, 0);
        insertInKeyOrder(connection, "INSERT INTO CONTACT_BARRIER (ID, PERSON_ID, KIND, NOTE) VALUES (?, ?, ?, ?)", barriers, 0);
        insertInKeyOrder(connection, "INSERT INTO CONTACT_TAG (ID, CONTACT_ID, TAG) VALUES (?, ?, ?)", tags, 0);
    }

    /** Inserts {@code rows} in one batch in the database's order of the UUID at {@code key}. */
    private static void insertInKeyOrder(Connection connection, String sql, List<Object[]> rows, int key) throws SQLException {
        rows.sort((a, b) -> compareAsDatabase((UUID) a[key], (UUID) b[key]));
        try (RowBatch insert = new RowBatch(connection, sql)) {
            for (Object[] row : rows) {
                insert.add(row);
            }
            insert.send();
        }
    }

    /** UUIDs in the database's order: unsigned, where {@link UUID#compareTo} is signed. */
    private static int compareAsDatabase(UUID a, UUID b) {
        int high = Long.compareUnsigned(a.getMostSignificantBits(), b.getMostSignificantBits());
        return high != 0 ? high : Long.compareUnsigned(a.getLeastSignificantBits(), b.getLeastSignificantBits());
    }

    private static void writeChildren(Connection connection, UUID id, Person person, boolean isNew) throws SQLException {
        Map<UUID, List<Object>> emails = new LinkedHashMap<>();
        for (Email email : person.emails()) {
            emails.put(Ids.derived("email", id, email.address().toLowerCase()), List.of(id, email.address(), email.primary()));
        }
        ChildRows.replace(connection, "CONTACT_EMAIL", List.of("CONTACT_ID", "ADDRESS", "IS_PRIMARY"), id, emails, isNew);
        Map<UUID, List<Object>> phones = new LinkedHashMap<>();
        Map<UUID, List<Object>> unchecked = new LinkedHashMap<>();
        for (Phone phone : person.phones()) {
            (phone.unchecked() ? unchecked : phones).put(Ids.derived("phone", id, phone.number()),
                    List.of(id, phone.number(), phone.kind().name()));
        }
        ChildRows.replace(connection, "CONTACT_PHONE", List.of("CONTACT_ID", "NUMBER_E164", "KIND"), id, phones, isNew);
        ChildRows.replace(connection, "CONTACT_PHONE_UNCHECKED", List.of("CONTACT_ID", "AS_WRITTEN", "KIND"), id, unchecked, isNew);
        Map<UUID, List<Object>> languages = new LinkedHashMap<>();
        for (String language : person.languages()) {
            languages.put(Ids.derived("language", id, language), List.of(id, language));
        }
        ChildRows.replace(connection, "CONTACT_LANGUAGE", List.of("PERSON_ID", "LANGUAGE"), id, languages, isNew);
        Map<UUID, List<Object>> barriers = new LinkedHashMap<>();
        for (Barrier barrier : person.barriers()) {
            List<Object> row = new ArrayList<>(List.of(id, barrier.kind().name()));
            row.add(barrier.note());
            barriers.put(Ids.derived("barrier", id, barrier.kind()), row);
        }
        ChildRows.replace(connection, "CONTACT_BARRIER", List.of("PERSON_ID", "KIND", "NOTE"), id, barriers, isNew);
        Tags.write(connection, id, person.tags(), isNew);
    }

    /** Deletes a person and everything recorded about them (each row leaves a tombstone for sync). */
    static void delete(Connection connection, UUID id) throws SQLException {
        SearchIndex.remove(connection, id);
        ChildRows.runEach(connection, id, List.of("DELETE FROM CONTACT_EMAIL WHERE CONTACT_ID = ?", "DELETE FROM CONTACT_PHONE WHERE CONTACT_ID = ?",
                "DELETE FROM CONTACT_PHONE_UNCHECKED WHERE CONTACT_ID = ?", "DELETE FROM CONTACT_LANGUAGE WHERE PERSON_ID = ?", "DELETE FROM CONTACT_BARRIER WHERE PERSON_ID = ?",
                "DELETE FROM CONTACT_TAG WHERE CONTACT_ID = ?", "DELETE FROM CONTACT_AFFILIATION WHERE PERSON_ID = ?",
                "DELETE FROM CONTACT_NOTE WHERE CONTACT_ID = ?", "DELETE FROM CONTACT_CONSENT WHERE CONTACT_ID = ?",
                "DELETE FROM CONTACT_FIELD_VALUE WHERE CONTACT_ID = ?",
                "DELETE FROM CONTACT_PERSON WHERE ID = ?"));
    }

    /**
     * Erasure: every row about the person deleted except the person's own, which keeps only its
     * id and an erased mark, so that the erasure reaches every replica by sync.
     */
    /** The rows that belong to a person, removed when they are erased. */
    private static final List<String> BELONGING = List.of("DELETE FROM CONTACT_EMAIL WHERE CONTACT_ID = ?",
            "DELETE FROM CONTACT_PHONE WHERE CONTACT_ID = ?", "DELETE FROM CONTACT_PHONE_UNCHECKED WHERE CONTACT_ID = ?",
            "DELETE FROM CONTACT_LANGUAGE WHERE PERSON_ID = ?",
            "DELETE FROM CONTACT_BARRIER WHERE PERSON_ID = ?", "DELETE FROM CONTACT_TAG WHERE CONTACT_ID = ?",
            "DELETE FROM CONTACT_AFFILIATION WHERE PERSON_ID = ?", "DELETE FROM CONTACT_LINK WHERE FROM_PERSON = ?",
            "DELETE FROM CONTACT_LINK WHERE TO_PERSON = ?", "DELETE FROM CONTACT_NOTE WHERE CONTACT_ID = ?",
            "DELETE FROM CONTACT_CONSENT WHERE CONTACT_ID = ?", "DELETE FROM CONTACT_FIELD_VALUE WHERE CONTACT_ID = ?",
            // what this desktop kept to undo a merge or an import of them
            "UPDATE CONTACT_MERGE SET BEFORE_STATE = '' WHERE (KEPT_ID = ?1 OR MERGED_ID = ?1) AND BEFORE_STATE <> ''",
            "DELETE FROM CONTACT_IMPORT_ROW WHERE CONTACT_ID = ?");
    /** What a person's record keeps once they are erased: their id, that they were, and when the record was made. */
    private static final String EMPTIED = "GIVEN_NAME = NULL, FAMILY_NAME = NULL, PREFERRED_LANGUAGE = NULL, REGION = NULL, "
            + "STREET = NULL, POSTCODE = NULL, CITY = NULL, COUNTRY = NULL, LATITUDE = NULL, LONGITUDE = NULL, "
            + "ROLE = 'OTHER', READINESS = 'CLOSED', SOURCE = NULL, REFERRED_BY = NULL, OWNER_STAFF = NULL, ERASED = TRUE";

    /** Erases the person here: their record emptied, what belongs to them removed, out of search. */
    static void scrub(Connection connection, UUID id) throws SQLException {
        SearchIndex.remove(connection, id);
        ChildRows.runEach(connection, id, BELONGING);
        ChildRows.runEach(connection, id, List.of("UPDATE CONTACT_PERSON SET " + EMPTIED + ", UPDATED_AT = CURRENT_TIMESTAMP WHERE ID = ?"));
    }

    /**
     * Makes this database agree with an erasure received by sync: rows that belong to the person and
     * that the server never had (written here while the erasure was on its way), and values changed
     * here and not yet sent, go too. Changes nothing where the erasure already did all this.
     */
    static void scrubReceived(Connection connection, UUID id) throws SQLException {
        SearchIndex.remove(connection, id);
        ChildRows.runEach(connection, id, BELONGING);
        ChildRows.runEach(connection, id, List.of("UPDATE CONTACT_PERSON SET " + EMPTIED + " WHERE ID = ? AND (GIVEN_NAME IS NOT NULL "
                + "OR FAMILY_NAME IS NOT NULL OR PREFERRED_LANGUAGE IS NOT NULL OR REGION IS NOT NULL OR STREET IS NOT NULL "
                + "OR POSTCODE IS NOT NULL OR CITY IS NOT NULL OR COUNTRY IS NOT NULL OR LATITUDE IS NOT NULL "
                + "OR LONGITUDE IS NOT NULL OR SOURCE IS NOT NULL OR REFERRED_BY IS NOT NULL OR OWNER_STAFF IS NOT NULL)"));
    }

    static Optional<Person> read(Connection connection, UUID id) throws SQLException {
        return Optional.ofNullable(readAll(connection, List.of(id)).get(id));
    }

    /**
     * The people among {@code ids} that are there and not erased, each with its child rows: one
     * query per table however many they are (what a page of received changes needs).
     */
    static Map<UUID, Person> readAll(Connection connection, Collection<UUID> ids) throws SQLException {
        UUID[] wanted = ids.toArray(UUID[]::new);
        Map<UUID, List<Email>> emails = IdQueries.grouped(connection, "SELECT CONTACT_ID, ADDRESS, IS_PRIMARY FROM CONTACT_EMAIL "
                + "WHERE CONTACT_ID = ANY(?) ORDER BY CONTACT_ID, IS_PRIMARY DESC, ADDRESS", wanted,
                row -> new Email(row.getString(2), row.getBoolean(3)));
        // the checked numbers first, then those to check
        Map<UUID, List<Phone>> phones = IdQueries.grouped(connection, "SELECT CONTACT_ID, NUMBER_E164, KIND, FALSE, 0 FROM CONTACT_PHONE "
                + "WHERE CONTACT_ID = ANY(?1) UNION ALL SELECT CONTACT_ID, AS_WRITTEN, KIND, TRUE, 1 FROM CONTACT_PHONE_UNCHECKED "
                + "WHERE CONTACT_ID = ANY(?1) ORDER BY 1, 5, 2", wanted,
                row -> new Phone(row.getString(2), Phone.Kind.valueOf(row.getString(3)), row.getBoolean(4)));
        Map<UUID, List<String>> languages = IdQueries.grouped(connection,
                "SELECT PERSON_ID, LANGUAGE FROM CONTACT_LANGUAGE WHERE PERSON_ID = ANY(?)", wanted, row -> row.getString(2));
        Map<UUID, List<String>> tags = IdQueries.grouped(connection,
                "SELECT CONTACT_ID, TAG FROM CONTACT_TAG WHERE CONTACT_ID = ANY(?) ORDER BY CONTACT_ID, TAG", wanted,
                row -> row.getString(2));
        Map<UUID, List<Barrier>> barriers = IdQueries.grouped(connection, "SELECT PERSON_ID, KIND, NOTE FROM CONTACT_BARRIER "
                + "WHERE PERSON_ID = ANY(?) ORDER BY PERSON_ID, KIND", wanted,
                row -> new Barrier(BarrierKind.valueOf(row.getString(2)), row.getString(3)));
        Map<UUID, Person> people = new LinkedHashMap<>();
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT ID, " + COLUMNS + " FROM CONTACT_PERSON WHERE ID = ANY(?) AND NOT ERASED")) {
            query.setObject(1, wanted);
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    UUID id = row.getObject(1, UUID.class);
                    PostalAddress address = new PostalAddress(row.getString(6), row.getString(7), row.getString(8),
                            row.getString(9), (Double) row.getObject(10), (Double) row.getObject(11));
                    people.put(id, new Person(id, row.getString(2), row.getString(3), row.getString(4),
                            new LinkedHashSet<>(languages.getOrDefault(id, List.of())), row.getString(5), address,
                            ContactRole.valueOf(row.getString(12)), Readiness.valueOf(row.getString(13)), row.getString(14),
                            row.getObject(15, UUID.class), row.getString(16), emails.getOrDefault(id, List.of()),
                            phones.getOrDefault(id, List.of()), new LinkedHashSet<>(tags.getOrDefault(id, List.of())),
                            barriers.getOrDefault(id, List.of())));
                }
            }
        }
        return people;
    }

    private static boolean exists(Connection connection, UUID id) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT 1 FROM CONTACT_PERSON WHERE ID = ?")) {
            query.setObject(1, id);
            try (ResultSet row = query.executeQuery()) {
                return row.next();
            }
        }
    }

    static Set<String> strings(Connection connection, String sql, UUID id) throws SQLException {
        Set<String> values = new LinkedHashSet<>();
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            query.setObject(1, id);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    values.add(rows.getString(1));
                }
            }
        }
        return values;
    }
}
