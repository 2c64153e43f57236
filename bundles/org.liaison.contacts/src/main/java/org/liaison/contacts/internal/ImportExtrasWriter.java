package org.liaison.contacts.internal;

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
import org.liaison.core.i18n.Messages;

/**
 * Writes what a row says besides the person's own fields: web addresses, department, birthday (and
 * the job title of someone with no organisation) into the contacts' own custom fields, which it
 * defines when an import first needs them; the file's notes as a note on the person.
 */
final class ImportExtrasWriter {

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
        private final Set<String> defined = new HashSet<>();

        private Session(String fileName, Locale locale) {
            this.fileName = fileName;
            this.locale = locale;
        }

        /**
         * Writes {@code extras} for {@code person}; a person updated keeps the values they have, and
         * {@code affiliated} says the job title went to their affiliation.
         */
        void write(UUID person, ImportExtras extras, boolean affiliated, boolean updated) {
            Map<String, String> known = updated ? fields.values(person) : Map.of();
            set(person, WEBSITE, extras.website(), known);
            set(person, LINKEDIN, extras.linkedIn(), known);
            set(person, DEPARTMENT, extras.department(), known);
            set(person, JOB_TITLE, affiliated ? null : extras.jobTitle(), known);
            set(person, BIRTHDAY, extras.birthday() == null ? null : extras.birthday().toString(), known);
            if (extras.note() != null) {
                Messages texts = ContactTexts.in(locale);
                notes.add(person, System.getProperty("user.name"), texts.get("import.note.from", fileName) + "\n\n" + extras.note(),
                        locale);
            }
        }

        private void set(UUID person, CustomField field, String value, Map<String, String> known) {
            if (value == null || value.isBlank() || known.containsKey(field.key())) {
                return;
            }
            if (defined.add(field.key())) {
                fields.define(field, locale);
            }
            fields.set(person, field.key(), value, locale);
        }
    }
}
