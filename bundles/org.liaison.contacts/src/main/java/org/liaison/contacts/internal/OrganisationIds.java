package org.liaison.contacts.internal;

import java.util.Locale;

import org.liaison.contacts.LegalIds;

/** The legal id an import row gives for an organisation, whichever kind the file holds. */
final class OrganisationIds {

    private OrganisationIds() {
    }

    /**
     * A Companies House number, or a SIREN (from a SIREN or a SIRET), checked.
     *
     * @throws org.liaison.core.validation.ValidationException saying why it is neither
     */
    static String of(String text, String field, Locale locale) {
        String digits = text.replaceAll("[^0-9A-Za-z]", "");
        if (digits.matches("\\d{14}")) {
            return LegalIds.siret(text, field, locale).substring(0, 9);
        }
        if (digits.matches("\\d{9,}")) {
            return LegalIds.siren(text, field, locale);
        }
        return LegalIds.companiesHouse(text, field, locale);
    }

    /** Whether a checked id is a SIREN (else it is a Companies House number). */
    static boolean isSiren(String id) {
        return id.length() == 9;
    }
}
