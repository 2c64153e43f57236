package org.liaison.contacts;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * Fields that networks add to their contacts without a new release. A bundle defines its fields
 * when it starts (defining a field again with the same type only updates its labels and choices);
 * staff define theirs in the desktop. Values are checked against the field's type.
 */
public interface CustomFields {

    /** Defines or updates a field; changing the type of a field already defined is refused. */
    CustomField define(CustomField field, Locale locale);

    List<CustomField> fields();

    /**
     * Sets a contact's value, checked and normalized for the field's type; a {@code null} or
     * blank value clears it.
     *
     * @return the value as stored
     */
    String set(UUID contactId, String key, String value, Locale locale);

    /** The contact's values by field key. */
    Map<String, String> values(UUID contactId);
}
