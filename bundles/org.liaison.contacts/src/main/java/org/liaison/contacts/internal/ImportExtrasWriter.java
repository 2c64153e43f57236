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

import org.liaison.contacts.ContactNotes;
import org.liaison.contacts.CustomField;
import org.liaison.contacts.CustomFieldType;
import org.liaison.contacts.CustomFields;
import org.liaison.contacts.io.ImportExtras;
import org.liaison.core.id.Ids;

/**
 * Writes what a row says besides the person's own fields: web addresses, department, birthday (and
 * the job title of someone with no organisation) into the contacts' own custom fields, which it
 * defines when an import first needs them; the file's notes as a note on the person. For the
 * people an import creates, each table in one batch; a person updated keeps the values they have.
 */
final class ImportExtrasWriter {

    /** The longest job title an affiliation keeps; a longer one goes to the person's job title field. */
    static final int AFFILIATION_TITLE_LENGTH = 100;
    /** The longest value a text field keeps (see {@link CustomFieldType#TEXT}). */
    static final int FIELD_LENGTH = 2_000;

    private static final String OWNER = "org.liaison.contacts";
    static final CustomField WEBSITE = new CustomField("website", CustomFieldType.TEXT, "Website", "Site web", List.of(), OWNER);
    static final CustomField LINKEDIN = new CustomField("linkedin", CustomFieldType.TEXT, "LinkedIn profile", "Profil LinkedIn",
            List.of(), OWNER);
    static final CustomField DEPARTMENT = new CustomField("department", CustomFieldType.TEXT, "Department", "Service", List.of(),
            OWNER);
    static final CustomField JOB_TITLE = new CustomField("job-title", CustomFieldType.TEXT, "Job title", "Fonction", List.of(), OWNER);
    static final CustomField BIRTHDAY = new CustomField("birthday", CustomFieldType.DATE, "Birthday", "Date de naissance", List.of(),
            OWNER);

    private final CustomFields fields;
    private final ContactNotes notes;

    ImportExtrasWriter(CustomFields fields, ContactNotes notes) {
        this.fields = fields;
        this.notes = notes;
    }

    /** Writes for one import, in its transaction: each field it needs is defined once. */
    Session session(String fileName, Locale locale) {
        return new Session(fileName, locale);
    }

    final class Session {
        private final String fileName;
        private final Locale locale;
        private final String author = System.getProperty("user.name");
        private final Set<String> defined = new HashSet<>();
        private final List<Object[]> values = new ArrayList<>();
        private final List<Object[]> written = new ArrayList<>();

        private Session(String fileName, Locale locale) {
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
        }

        /** Writes the values and notes kept for the people created, a table at a time. */
        void writeCreated(Connection connection) throws SQLException {
            batch(connection, "INSERT INTO CONTACT_FIELD_VALUE (ID, CONTACT_ID, FIELD_KEY, FIELD_VALUE) VALUES (?, ?, ?, ?)", values);
            batch(connection, "INSERT INTO CONTACT_NOTE (ID, CONTACT_ID, AUTHOR, WRITTEN_AT, TEXT) VALUES (?, ?, ?, ?, ?)", written);
        }

        /** Writes for a person the import updates, through the services: only the fields they have no value in. */
        void updated(UUID person, ImportExtras extras) {
            Map<String, String> known = fields.values(person);
            values(extras, false).forEach((field, value) -> {
                if (!known.containsKey(field.key())) {
                    define(field);
                    fields.set(person, field.key(), value, locale);
                }
            });
            if (extras.note() != null) {
                notes.add(person, author, note(extras), locale);
            }
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

        private void define(CustomField field) {
            if (defined.add(field.key())) {
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
        try (PreparedStatement insert = connection.prepareStatement(sql)) {
            for (Object[] row : rows) {
                ChildRows.bind(insert, row);
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }
}
