package org.liaison.contacts.internal;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.liaison.contacts.CustomField;
import org.liaison.contacts.CustomFieldType;
import org.liaison.contacts.CustomFields;
import org.liaison.core.i18n.Messages;
import org.liaison.core.id.Ids;
import org.liaison.core.validation.ValidationException;
import org.liaison.core.validation.ValidationProblem;
import org.liaison.store.Store;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Field definitions and values in the store; ids derive from the key, so desktops defining the
 * same field agree. When the store opens another database this service starts again, and so do
 * the bundles' components that define fields: each database gets their definitions.
 */
@Component(service = CustomFields.class)
public class StoreCustomFields implements CustomFields {

    private static final String KEY = "[a-z][a-z0-9.-]{0,59}";
    private static final int MAX_VALUE = 2_000;
    /** Choices are stored joined by this character, which a choice therefore may not hold. */
    private static final String CHOICE_SEPARATOR = "|";
    private static final String STAFF = "staff";

    private final Store store;

    @Activate
    public StoreCustomFields(@Reference Store store) {
        this.store = store;
    }

    @Override
    public CustomField define(CustomField field, Locale locale) {
        Messages texts = ContactTexts.in(locale);
        List<ValidationProblem> problems = new ArrayList<>();
        if (field.key() == null || !field.key().matches(KEY)) {
            problems.add(ValidationProblem.field("key", texts.get("field.key", field.key())));
        }
        if (field.type() == null) {
            problems.add(ValidationProblem.field("type", texts.get("field.type.required")));
        }
        for (String[] label : List.of(new String[] { "labelEn", field.labelEn() }, new String[] { "labelFr", field.labelFr() })) {
            if (label[1] == null || label[1].isBlank()) {
                problems.add(ValidationProblem.field(label[0], texts.get("field.label")));
            }
            ContactChecks.limit(problems, label[0], label[1], 100, texts);
        }
        List<String> choices = field.choices().stream().map(String::strip).filter(c -> !c.isEmpty()).distinct().toList();
        if (field.type() == CustomFieldType.CHOICE && choices.isEmpty()) {
            problems.add(ValidationProblem.field("choices", texts.get("field.choices")));
        }
        if (choices.stream().anyMatch(c -> c.contains(CHOICE_SEPARATOR)) || String.join(CHOICE_SEPARATOR, choices).length() > 4000) {
            problems.add(ValidationProblem.field("choices", texts.get("field.choiceText", CHOICE_SEPARATOR)));
        }
        ContactChecks.limit(problems, "owner", field.owner(), 200, texts);
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        CustomField clean = new CustomField(field.key(), field.type(), field.labelEn().strip(), field.labelFr().strip(),
                field.type() == CustomFieldType.CHOICE ? choices : List.of(),
                field.owner() == null || field.owner().isBlank() ? STAFF : field.owner().strip());
        return store.transaction(connection -> {
            Optional<CustomField> existing = field(connection, clean.key());
            if (existing.isPresent() && existing.get().type() != clean.type()) {
                throw new ValidationException(List.of(ValidationProblem.field("type",
                        texts.get("field.typeChange", clean.key(), existing.get().type(), clean.type()))));
            }
            if (existing.isPresent() && existing.get().equals(clean)) {
                return clean; // defined again at every start of its bundle: nothing to write, nothing to sync
            }
            try (PreparedStatement merge = connection.prepareStatement("MERGE INTO CONTACT_FIELD "
                    + "(ID, FIELD_KEY, TYPE, LABEL_EN, LABEL_FR, CHOICES, OWNER) KEY (ID) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                ChildRows.bind(merge, Ids.derived("field", clean.key()), clean.key(), clean.type().name(), clean.labelEn(),
                        clean.labelFr(), String.join(CHOICE_SEPARATOR, clean.choices()), clean.owner());
                merge.executeUpdate();
            }
            return clean;
        });
    }

    @Override
    public List<CustomField> fields() {
        return store.read(connection -> {
            List<CustomField> fields = new ArrayList<>();
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT FIELD_KEY, TYPE, LABEL_EN, LABEL_FR, CHOICES, OWNER FROM CONTACT_FIELD ORDER BY FIELD_KEY");
                    ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    fields.add(field(rows));
                }
            }
            return fields;
        });
    }

    @Override
    public String set(UUID contactId, String key, String value, Locale locale) {
        Messages texts = ContactTexts.in(locale);
        return store.transaction(connection -> {
            CustomField field = field(connection, key).orElseThrow(() -> new ValidationException(
                    List.of(ValidationProblem.field(key, texts.get("field.unknown", key)))));
            if (!Contacts.exists(connection, contactId)) {
                throw new ValidationException(List.of(ValidationProblem.field("contact", texts.get("contact.unknown", contactId))));
            }
            UUID rowId = Ids.derived("field-value", contactId, key);
            if (value == null || value.isBlank()) {
                try (PreparedStatement delete = connection.prepareStatement("DELETE FROM CONTACT_FIELD_VALUE WHERE ID = ?")) {
                    delete.setObject(1, rowId);
                    delete.executeUpdate();
                }
                return null;
            }
            String canonical = canonical(field, value.strip(), texts);
            try (PreparedStatement merge = connection.prepareStatement("MERGE INTO CONTACT_FIELD_VALUE "
                    + "(ID, CONTACT_ID, FIELD_KEY, FIELD_VALUE) KEY (ID) VALUES (?, ?, ?, ?)")) {
                ChildRows.bind(merge, rowId, contactId, key, canonical);
                merge.executeUpdate();
            }
            return canonical;
        });
    }

    @Override
    public Map<String, String> values(UUID contactId) {
        return store.read(connection -> {
            Map<String, String> values = new LinkedHashMap<>();
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT FIELD_KEY, FIELD_VALUE FROM CONTACT_FIELD_VALUE WHERE CONTACT_ID = ? ORDER BY FIELD_KEY")) {
                query.setObject(1, contactId);
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        values.put(rows.getString(1), rows.getString(2));
                    }
                }
            }
            return values;
        });
    }

    /** The value in its stored form, or a problem naming the field and what was expected. */
    static String canonical(CustomField field, String value, Messages texts) {
        String key = field.key();
        if (value.length() > MAX_VALUE) {
            throw new ValidationException(List.of(ValidationProblem.field(key, texts.get("tooLong", MAX_VALUE))));
        }
        try {
            return switch (field.type()) {
                case TEXT -> value;
                case NUMBER -> new BigDecimal(value.replace(',', '.').replace(" ", "").replace("\u00a0", "")).toPlainString();
                case DATE -> LocalDate.parse(value).toString();
                case BOOLEAN -> switch (value.toLowerCase(Locale.ROOT)) {
                    case "true", "yes", "oui", "vrai", "1" -> "true";
                    case "false", "no", "non", "faux", "0" -> "false";
                    default -> throw new IllegalArgumentException(value);
                };
                case CHOICE -> field.choices().stream().filter(c -> c.equalsIgnoreCase(value)).findFirst()
                        .orElseThrow(() -> new IllegalArgumentException(value));
            };
        } catch (IllegalArgumentException | DateTimeParseException e) { // NumberFormatException too
            throw new ValidationException(List.of(ValidationProblem.field(key,
                    texts.get("field.value." + field.type().name(), value, String.join(", ", field.choices())))));
        }
    }

    private static Optional<CustomField> field(Connection connection, String key) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT FIELD_KEY, TYPE, LABEL_EN, LABEL_FR, CHOICES, OWNER FROM CONTACT_FIELD WHERE FIELD_KEY = ?")) {
            query.setString(1, key);
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? Optional.of(field(row)) : Optional.empty();
            }
        }
    }

    private static CustomField field(ResultSet row) throws SQLException {
        String choices = row.getString(5);
        return new CustomField(row.getString(1), CustomFieldType.valueOf(row.getString(2)), row.getString(3), row.getString(4),
                choices == null || choices.isEmpty() ? List.of() : Arrays.asList(choices.split("\\|")), row.getString(6));
    }
}
