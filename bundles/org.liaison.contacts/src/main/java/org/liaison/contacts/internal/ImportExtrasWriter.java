package org.liaison.contacts.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.liaison.contacts.ConsentChannel;
import org.liaison.contacts.ConsentLedger;
import org.liaison.contacts.ConsentPurpose;
import org.liaison.contacts.ContactNotes;
import org.liaison.contacts.CustomField;
import org.liaison.contacts.CustomFieldType;
import org.liaison.contacts.CustomFields;
import org.liaison.contacts.io.ImportExtras;
import org.liaison.core.id.Ids;

/**
 * Writes what a row says besides the person's own fields: web addresses, department, birthday (and
 * the job title of someone with no organisation) into the contacts' own custom fields (their keys
 * under "contacts.", apart from those staff define), which it defines when an import first needs them; the file's notes as a note on the person. For the
 * people an import creates, each table in one batch; a person updated keeps the values they have.
 */
final class ImportExtrasWriter {

    /** The longest job title an affiliation keeps; a longer one goes to the person's job title field. */
    static final int AFFILIATION_TITLE_LENGTH = 100;
    /** The longest value a text field keeps (see {@link CustomFieldType#TEXT}). */
    static final int FIELD_LENGTH = 2_000;

    private static final String OWNER = "org.liaison.contacts";
    static final CustomField WEBSITE = new CustomField("contacts.website", CustomFieldType.TEXT, "Website", "Site web", List.of(), OWNER);
    static final CustomField LINKEDIN = new CustomField("contacts.linkedin", CustomFieldType.TEXT, "LinkedIn profile", "Profil LinkedIn",
            List.of(), OWNER);
    static final CustomField DEPARTMENT = new CustomField("contacts.department", CustomFieldType.TEXT, "Department", "Service", List.of(),
            OWNER);
    static final CustomField JOB_TITLE = new CustomField("contacts.job-title", CustomFieldType.TEXT, "Job title", "Fonction", List.of(), OWNER);
    static final CustomField BIRTHDAY = new CustomField("contacts.birthday", CustomFieldType.DATE, "Birthday", "Date de naissance", List.of(),
            OWNER);

    private final CustomFields fields;
    private final ContactNotes notes;
    private final ConsentLedger consents;

    ImportExtrasWriter(CustomFields fields, ContactNotes notes, ConsentLedger consents) {
        this.fields = fields;
        this.notes = notes;
        this.consents = consents;
    }

    /** Writes for one import, in its transaction: each field it needs is defined once. */
    Session session(UUID importId, String fileName, Locale locale) {
        return new Session(importId, fileName, locale);
    }

    /** Removes what an import added to the people it updated. */
    static void revert(Connection connection, UUID importId) throws SQLException {
        for (String delete : List.of("DELETE FROM CONTACT_FIELD_VALUE WHERE ID IN (SELECT ROW_ID FROM CONTACT_IMPORT_ADDED "
                + "WHERE IMPORT_ID = ? AND KIND = 'FIELD')", "DELETE FROM CONTACT_NOTE WHERE ID IN (SELECT ROW_ID FROM "
                + "CONTACT_IMPORT_ADDED WHERE IMPORT_ID = ? AND KIND = 'NOTE')")) {
            try (PreparedStatement statement = connection.prepareStatement(delete)) {
                statement.setObject(1, importId);
                statement.executeUpdate();
            }
        }
    }

    final class Session {
        private final UUID importId;
        private final String fileName;
        private final Locale locale;
        private final String author = System.getProperty("user.name");
        private final Set<String> defined = new HashSet<>();
        private final List<Object[]> values = new ArrayList<>();
        private final List<Object[]> written = new ArrayList<>();

        private Session(UUID importId, String fileName, Locale locale) {
            this.importId = importId;
            this.fileName = fileName;
            this.locale = locale;
        }

        /** Keeps what to write for a person the import creates; {@code affiliated}: their job title went to their affiliation. */
        void created(UUID person, ImportExtras extras, boolean affiliated) {
            values(extras, affiliated).forEach((field, value) -> {
                define(field);
                values.add(new Object[] { Ids.derived("field-value", person, field.key()), person, field.key(), value });
            });
            if (extras.note() != null) {
                written.add(new Object[] { Ids.newId(), person, author, OffsetDateTime.ofInstant(now(), ZoneOffset.UTC), note(extras) });
            }
            refuseEmails(person, extras);
        }

        /** The person asked the program the file comes from not to be emailed: their refusal, for every purpose, in the ledger. */
        private void refuseEmails(UUID person, ImportExtras extras) {
            if (extras.optedOut() == null) {
                return;
            }
            String source = ContactTexts.in(locale).get("import.consent.source", fileName);
            for (ConsentPurpose purpose : ConsentPurpose.values()) {
                consents.record(person, purpose, ConsentChannel.EMAIL, false, source, extras.optedOut(), null, locale);
            }
        }

        /** Writes the values and notes kept for the people created, a table at a time. */
        void writeCreated(Connection connection) throws SQLException {
            batch(connection, "INSERT INTO CONTACT_FIELD_VALUE (ID, CONTACT_ID, FIELD_KEY, FIELD_VALUE) VALUES (?, ?, ?, ?)", values);
            batch(connection, "INSERT INTO CONTACT_NOTE (ID, CONTACT_ID, AUTHOR, WRITTEN_AT, TEXT) VALUES (?, ?, ?, ?, ?)", written);
        }

        /**
         * Writes for a person the import updates, through the services: only the fields they have no
         * value in, and the note; each recorded, for a revert to remove.
         */
        void updated(Connection connection, UUID person, ImportExtras extras) throws SQLException {
            Map<String, String> known = fields.values(person);
            List<Object[]> added = new ArrayList<>();
            for (Map.Entry<CustomField, String> value : values(extras, false).entrySet()) {
                if (!known.containsKey(value.getKey().key())) {
                    define(value.getKey());
                    fields.set(person, value.getKey().key(), value.getValue(), locale);
                    added.add(new Object[] { importId, "FIELD", Ids.derived("field-value", person, value.getKey().key()) });
                }
            }
            if (extras.note() != null) {
                added.add(new Object[] { importId, "NOTE", notes.add(person, author, note(extras), locale).id() });
            }
            refuseEmails(person, extras); // kept after a revert: a refusal stays on record
            batch(connection, "INSERT INTO CONTACT_IMPORT_ADDED (IMPORT_ID, KIND, ROW_ID) VALUES (?, ?, ?)", added);
        }

        private Map<CustomField, String> values(ImportExtras extras, boolean affiliated) {
            Map<CustomField, String> found = new java.util.LinkedHashMap<>();
            put(found, WEBSITE, extras.website());
            put(found, LINKEDIN, extras.linkedIn());
            put(found, DEPARTMENT, extras.department());
            put(found, JOB_TITLE, affiliated ? null : extras.jobTitle());
            put(found, BIRTHDAY, extras.birthday() == null ? null : extras.birthday().toString());
            return found;
        }

        private void put(Map<CustomField, String> found, CustomField field, String value) {
            if (value != null && !value.isBlank()) {
                found.put(field, value.strip());
            }
        }

        /** Defines the field the first time an import needs it; one already there, maybe relabelled by staff, is left as it is. */
        private void define(CustomField field) {
            if (defined.add(field.key()) && fields.fields().stream().noneMatch(f -> f.key().equals(field.key()))) {
                fields.define(field, locale);
            }
        }

        private String note(ImportExtras extras) {
            return ContactTexts.in(locale).get("import.note.from", fileName) + "\n\n" + extras.note();
        }
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }

    private static void batch(Connection connection, String sql, List<Object[]> rows) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        try (RowBatch insert = new RowBatch(connection, sql)) {
            for (Object[] row : rows) {
                insert.add(row);
            }
            insert.send();
        }
    }
}
