package org.liaison.contacts.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.liaison.contacts.Person;

/**
 * The people recorded at an organisation an import row names ({@link KnownOrganisations}), so that a
 * row naming someone alike there is taken for them. Read once per organisation an import names.
 */
final class KnownColleagues {

    /** A person recorded at an organisation: names folded for comparing, and as shown. */
    private record Colleague(UUID id, String given, String family, String name, String organisation) {
    }

    /** The person an import row seems to be, and how alike their names are (0 to 1). */
    record Match(UUID id, String name, String organisation, double likeness) {
    }

    private final Connection connection;
    private final KnownOrganisations organisations;
    private final Map<String, List<Colleague>> byOrganisation = new HashMap<>();

    KnownColleagues(Connection connection) {
        this.connection = connection;
        this.organisations = new KnownOrganisations(connection);
    }

    /** The person recorded at the organisation the row names whose name is most like {@code person}'s, if alike enough. */
    Optional<Match> like(Person person, String organisation, String organisationId) throws SQLException {
        String key = KnownOrganisations.key(organisation, organisationId);
        if (key.isEmpty()) {
            return Optional.empty();
        }
        List<Colleague> colleagues = byOrganisation.get(key);
        if (colleagues == null) {
            colleagues = colleagues(organisations.find(organisation, organisationId));
            byOrganisation.put(key, colleagues);
        }
        String given = NameLikeness.folded(person.givenName());
        String family = NameLikeness.folded(person.familyName());
        Colleague best = null;
        double bestLikeness = 0;
        for (Colleague colleague : colleagues) {
            double likeness = NameLikeness.ofFolded(given, family, colleague.given(), colleague.family());
            if (likeness > bestLikeness) {
                best = colleague;
                bestLikeness = likeness;
            }
        }
        return bestLikeness >= NameLikeness.SAME_PERSON
                ? Optional.of(new Match(best.id(), best.name(), best.organisation(), bestLikeness)) : Optional.empty();
    }

    private List<Colleague> colleagues(List<UUID> organisations) throws SQLException {
        List<Colleague> colleagues = new ArrayList<>();
        if (organisations.isEmpty()) {
            return colleagues;
        }
        try (PreparedStatement query = connection.prepareStatement("SELECT P.ID, P.GIVEN_NAME, P.FAMILY_NAME, O.NAME "
                + "FROM CONTACT_AFFILIATION A JOIN CONTACT_PERSON P ON P.ID = A.PERSON_ID "
                + "JOIN CONTACT_ORGANISATION O ON O.ID = A.ORGANISATION_ID WHERE A.ORGANISATION_ID = ANY(?) AND NOT P.ERASED")) {
            query.setObject(1, organisations.toArray(UUID[]::new));
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    String given = rows.getString(2);
                    String family = rows.getString(3);
                    String name = given == null ? family : family == null ? given : given + " " + family;
                    colleagues.add(new Colleague(rows.getObject(1, UUID.class), NameLikeness.folded(given),
                            NameLikeness.folded(family), name, rows.getString(4)));
                }
            }
        }
        return colleagues;
    }
}
