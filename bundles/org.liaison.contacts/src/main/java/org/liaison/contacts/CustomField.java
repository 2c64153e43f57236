package org.liaison.contacts;

import java.util.List;
import java.util.Locale;

/**
 * A field added to contacts at run time, by staff or by an agency's bundle.
 *
 * @param key stable identifier, lower case letters, digits, dots and dashes ("sussex.grant-stage")
 * @param choices the allowed values of a {@link CustomFieldType#CHOICE} field, empty otherwise
 * @param owner who defined it: a bundle's symbolic name, or "staff"
 */
public record CustomField(String key, CustomFieldType type, String labelEn, String labelFr, List<String> choices, String owner) {

    public CustomField {
        choices = choices == null ? List.of() : List.copyOf(choices);
    }

    public String label(Locale locale) {
        return "fr".equals(locale.getLanguage()) ? labelFr : labelEn;
    }
}
