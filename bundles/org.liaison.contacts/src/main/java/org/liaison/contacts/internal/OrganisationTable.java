package org.liaison.contacts.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.liaison.contacts.Organisation;
import org.liaison.contacts.SizeBand;
import org.liaison.core.id.Ids;

/** An organisation and its child rows in the database. */
final class OrganisationTable {

    private static final String COLUMNS = "NAME, COMPANIES_HOUSE_NUMBER, SIREN, SIRET, VAT_NUMBER, SIZE_BAND, REGION, WEBSITE";

    private OrganisationTable() {
    }

    static UUID write(Connection connection, Organisation organisation, Map<String, UUID> segmentIds) throws SQLException {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        UUID id = organisation.id() == null ? Ids.newId() : organisation.id();
        boolean exists = organisation.id() != null && exists(connection, id);
        String sql = exists
                ? "UPDATE CONTACT_ORGANISATION SET (" + COLUMNS + ", UPDATED_AT) = (?, ?, ?, ?, ?, ?, ?, ?, ?) WHERE ID = ?"
                : "INSERT INTO CONTACT_ORGANISATION (" + COLUMNS + ", UPDATED_AT, ID, CREATED_AT) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
        try (PreparedStatement write = connection.prepareStatement(sql)) {
            Object[] values = { organisation.name(), organisation.companiesHouseNumber(), organisation.siren(),
                    organisation.siret(), organisation.vatNumber(),
                    organisation.sizeBand() == null ? null : organisation.sizeBand().name(), organisation.region(),
                    organisation.website(), now, id };
            ChildRows.bind(write, values);
            if (!exists) {
                write.setObject(values.length + 1, now);
            }
            write.executeUpdate();
        }
        Map<UUID, List<Object>> sectors = new LinkedHashMap<>();
        for (String code : organisation.sectors()) {
            sectors.put(Ids.derived("sector", id, code), List.of(id, code));
        }
        ChildRows.replace(connection, "CONTACT_SECTOR", List.of("ORGANISATION_ID", "NACE_CODE"), id, sectors, !exists);
        Map<UUID, List<Object>> segments = new LinkedHashMap<>();
        for (String code : organisation.segments()) {
            UUID segment = segmentIds.get(code);
            segments.put(Ids.derived("segment", id, segment), List.of(id, segment));
        }
        ChildRows.replace(connection, "CONTACT_ORGANISATION_SEGMENT", List.of("ORGANISATION_ID", "SEGMENT_ID"), id, segments, !exists);
        Tags.write(connection, id, organisation.tags(), !exists);
        return id;
    }

    /** Deletes an organisation and its own rows (each leaves a tombstone for sync); affiliations are left to the caller. */
    static void delete(Connection connection, UUID id) throws SQLException {
        SearchIndex.remove(connection, id);
        ChildRows.runEach(connection, id, List.of("DELETE FROM CONTACT_SECTOR WHERE ORGANISATION_ID = ?",
                "DELETE FROM CONTACT_ORGANISATION_SEGMENT WHERE ORGANISATION_ID = ?", "DELETE FROM CONTACT_TAG WHERE CONTACT_ID = ?",
                "DELETE FROM CONTACT_ORGANISATION WHERE ID = ?"));
    }

    static Optional<Organisation> read(Connection connection, UUID id) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT " + COLUMNS + " FROM CONTACT_ORGANISATION WHERE ID = ? AND NOT ERASED")) {
            query.setObject(1, id);
            try (ResultSet row = query.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                String size = row.getString(6);
                return Optional.of(new Organisation(id, row.getString(1), row.getString(2), row.getString(3),
                        row.getString(4), row.getString(5), size == null ? null : SizeBand.valueOf(size), row.getString(7),
                        row.getString(8),
                        PersonTable.strings(connection, "SELECT NACE_CODE FROM CONTACT_SECTOR WHERE ORGANISATION_ID = ? ORDER BY NACE_CODE", id),
                        PersonTable.strings(connection, "SELECT S.CODE FROM CONTACT_ORGANISATION_SEGMENT O JOIN CONTACT_SEGMENT S "
                                + "ON S.ID = O.SEGMENT_ID WHERE O.ORGANISATION_ID = ? ORDER BY S.CODE", id),
                        Tags.read(connection, id)));
            }
        }
    }

    private static boolean exists(Connection connection, UUID id) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT 1 FROM CONTACT_ORGANISATION WHERE ID = ?")) {
            query.setObject(1, id);
            try (ResultSet row = query.executeQuery()) {
                return row.next();
            }
        }
    }
}
