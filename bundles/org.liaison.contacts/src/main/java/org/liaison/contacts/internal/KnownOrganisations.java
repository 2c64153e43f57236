package org.liaison.contacts.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The organisations an import row names, found as a person would find them: by the legal id the row
 * gives, else by the name with Ltd, SARL... set aside. The import's duplicate check and the ties it
 * makes between people and organisations both find them so.
 */
final class KnownOrganisations {

    private final Connection connection;
    private Map<String, List<UUID>> byName;

    KnownOrganisations(Connection connection) {
        this.connection = connection;
    }

    /** What tells a row's organisation apart within a file: its legal id, else its name reduced; empty for none. */
    static String key(String name, String legalId) {
        return legalId != null ? legalId : OrganisationNames.core(name);
    }

    /** The organisations recorded (not erased) with {@code legalId}, else with a name like {@code name}; oldest first. */
    List<UUID> find(String name, String legalId) throws SQLException {
        if (legalId != null) {
            List<UUID> found = withLegalId(legalId);
            if (!found.isEmpty()) {
                return found;
            }
        }
        String core = OrganisationNames.core(name);
        return core.isEmpty() ? List.of() : byName().getOrDefault(core, List.of());
    }

    /** Remembers an organisation recorded meanwhile (by this import), so that the rows after it find it. */
    void recorded(UUID id, String name) throws SQLException {
        byName().computeIfAbsent(OrganisationNames.core(name), k -> new ArrayList<>()).add(id);
    }

    private List<UUID> withLegalId(String legalId) throws SQLException {
        List<UUID> found = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT ID FROM CONTACT_ORGANISATION "
                + "WHERE (COMPANIES_HOUSE_NUMBER = ? OR SIREN = ?) AND NOT ERASED ORDER BY ID")) {
            query.setString(1, legalId);
            query.setString(2, legalId);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    found.add(rows.getObject(1, UUID.class));
                }
            }
        }
        return found;
    }

    /** Every organisation by its reduced name, read once (a few thousand rows) rather than one query per row. */
    private Map<String, List<UUID>> byName() throws SQLException {
        if (byName == null) {
            byName = new HashMap<>();
            try (PreparedStatement query = connection.prepareStatement("SELECT ID, NAME FROM CONTACT_ORGANISATION WHERE NOT ERASED ORDER BY ID");
                    ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    byName.computeIfAbsent(OrganisationNames.core(rows.getString(2)), k -> new ArrayList<>())
                            .add(rows.getObject(1, UUID.class));
                }
            }
        }
        return byName;
    }
}
