package org.liaison.contacts.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

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

    /** The organisations recorded with this legal id (not erased), oldest first. */
    static List<UUID> recorded(Connection connection, String id) throws SQLException {
        List<UUID> found = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT ID FROM CONTACT_ORGANISATION "
                + "WHERE (COMPANIES_HOUSE_NUMBER = ? OR SIREN = ?) AND NOT ERASED ORDER BY ID")) {
            query.setString(1, id);
            query.setString(2, id);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    found.add(rows.getObject(1, UUID.class));
                }
            }
        }
        return found;
    }

    /** Whether a checked id is a SIREN (else it is a Companies House number). */
    static boolean isSiren(String id) {
        return id.length() == 9;
    }
}
