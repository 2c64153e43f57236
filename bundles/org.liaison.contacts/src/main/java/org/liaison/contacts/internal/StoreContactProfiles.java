package org.liaison.contacts.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.liaison.contacts.ContactProfile;
import org.liaison.contacts.ContactProfiles;
import org.liaison.contacts.ContactSummary;
import org.liaison.contacts.ProfileCriteria;
import org.liaison.store.Store;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Criteria evaluated in SQL over the contacts' tables; profiles read a table at a time for a whole set of contacts. */
@Component(service = ContactProfiles.class)
public class StoreContactProfiles implements ContactProfiles {

    private final Store store;

    @Activate
    public StoreContactProfiles(@Reference Store store) {
        this.store = store;
    }

    @Override
    public List<ContactSummary> matching(ProfileCriteria criteria, int limit) {
        if (!criteria.selectsAnything()) {
            return List.of();
        }
        return store.read(connection -> {
            List<Object> parameters = new ArrayList<>();
            String selected = selected(criteria, parameters);
            parameters.add(limit);
            List<ContactSummary> found = new ArrayList<>();
            // joined with the selection, not filtered by IN (...): H2 would run the union again for every listed contact
            try (PreparedStatement query = connection.prepareStatement("SELECT C.CONTACT_ID, C.KIND, C.NAME, C.DETAIL, C.REGION "
                    + "FROM (" + selected + ") Q JOIN CONTACT_SEARCH_ENTRY C ON C.CONTACT_ID = Q.ID ORDER BY C.SORT_KEY, C.CONTACT_ID "
                    + "FETCH FIRST ? ROWS ONLY")) {
                bind(query, parameters);
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        found.add(new ContactSummary(rows.getObject(1, UUID.class), ContactSummary.Kind.valueOf(rows.getString(2)),
                                rows.getString(3), rows.getString(4), rows.getString(5)));
                    }
                }
            }
            return found;
        });
    }

    @Override
    public long count(ProfileCriteria criteria) {
        if (!criteria.selectsAnything()) {
            return 0;
        }
        return store.read(connection -> {
            List<Object> parameters = new ArrayList<>();
            try (PreparedStatement query = connection.prepareStatement("SELECT COUNT(*) FROM (" + selected(criteria, parameters) + ") Q "
                    + "JOIN CONTACT_SEARCH_ENTRY C ON C.CONTACT_ID = Q.ID")) {
                bind(query, parameters);
                try (ResultSet row = query.executeQuery()) {
                    row.next();
                    return row.getLong(1);
                }
            }
        });
    }

    /**
     * The ids the criteria select: the organisations in a sector and a segment, then the people
     * affiliated with them, each narrowed by region and language.
     */
    private static String selected(ProfileCriteria criteria, List<Object> parameters) {
        StringBuilder organisations = new StringBuilder("SELECT O.ID FROM CONTACT_ORGANISATION O WHERE NOT O.ERASED "
                + "AND EXISTS (SELECT 1 FROM CONTACT_SECTOR S WHERE S.ORGANISATION_ID = O.ID AND (");
        List<Object> organisationParameters = new ArrayList<>();
        String separator = "";
        for (String sector : criteria.sectors()) {
            organisations.append(separator).append("S.NACE_CODE LIKE ?");
            organisationParameters.add(sector + "%"); // "62" takes in "62.0" and "62.01"; codes hold no wildcard
            separator = " OR ";
        }
        organisations.append(")) AND EXISTS (SELECT 1 FROM CONTACT_ORGANISATION_SEGMENT G JOIN CONTACT_SEGMENT T "
                + "ON T.ID = G.SEGMENT_ID WHERE G.ORGANISATION_ID = O.ID AND T.CODE = ANY(?))");
        organisationParameters.add(criteria.segments().toArray(String[]::new));

        StringBuilder sql = new StringBuilder("SELECT Q.ID FROM (").append(organisations).append(") Q");
        parameters.addAll(organisationParameters);
        List<String> narrowOrganisations = new ArrayList<>();
        if (!criteria.regions().isEmpty()) {
            narrowOrganisations.add("Q.ID IN (SELECT ID FROM CONTACT_ORGANISATION WHERE REGION = ANY(?))");
            parameters.add(criteria.regions().toArray(String[]::new));
        }
        if (!criteria.languages().isEmpty()) {
            narrowOrganisations.add("EXISTS (SELECT 1 FROM CONTACT_AFFILIATION A JOIN CONTACT_PERSON P ON P.ID = A.PERSON_ID "
                    + "WHERE A.ORGANISATION_ID = Q.ID AND NOT P.ERASED AND " + speaks("P") + ")");
            parameters.add(criteria.languages().toArray(String[]::new));
            parameters.add(criteria.languages().toArray(String[]::new));
        }
        if (!narrowOrganisations.isEmpty()) {
            sql.append(" WHERE ").append(String.join(" AND ", narrowOrganisations));
        }

        sql.append(" UNION SELECT P.ID FROM CONTACT_AFFILIATION A JOIN CONTACT_PERSON P ON P.ID = A.PERSON_ID "
                + "JOIN CONTACT_ORGANISATION W ON W.ID = A.ORGANISATION_ID WHERE NOT P.ERASED AND A.ORGANISATION_ID IN (")
                .append(organisations).append(")");
        parameters.addAll(organisationParameters);
        if (!criteria.regions().isEmpty()) {
            sql.append(" AND COALESCE(P.REGION, W.REGION) = ANY(?)");
            parameters.add(criteria.regions().toArray(String[]::new));
        }
        if (!criteria.languages().isEmpty()) {
            sql.append(" AND ").append(speaks("P"));
            parameters.add(criteria.languages().toArray(String[]::new));
            parameters.add(criteria.languages().toArray(String[]::new));
        }
        return sql.toString();
    }

    /** The person {@code alias} prefers or speaks one of the languages (two parameters). */
    private static String speaks(String alias) {
        return "(" + alias + ".PREFERRED_LANGUAGE = ANY(?) OR EXISTS (SELECT 1 FROM CONTACT_LANGUAGE L WHERE L.PERSON_ID = "
                + alias + ".ID AND L.LANGUAGE = ANY(?)))";
    }

    private static void bind(PreparedStatement statement, List<Object> parameters) throws SQLException {
        for (int i = 0; i < parameters.size(); i++) {
            statement.setObject(i + 1, parameters.get(i));
        }
    }

    @Override
    public Map<UUID, ContactSummary> summaries(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        UUID[] wanted = ids.stream().distinct().toArray(UUID[]::new);
        return store.read(connection -> {
            Map<UUID, ContactSummary> found = new HashMap<>();
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT CONTACT_ID, KIND, NAME, DETAIL, REGION FROM CONTACT_SEARCH_ENTRY WHERE CONTACT_ID = ANY(?)")) {
                query.setObject(1, wanted);
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        UUID id = rows.getObject(1, UUID.class);
                        found.put(id, new ContactSummary(id, ContactSummary.Kind.valueOf(rows.getString(2)), rows.getString(3),
                                rows.getString(4), rows.getString(5)));
                    }
                }
            }
            return found;
        });
    }

    @Override
    public Set<UUID> workingIn(Set<String> divisions) {
        if (divisions.isEmpty()) {
            return Set.of();
        }
        return store.read(connection -> {
            Set<UUID> found = new HashSet<>();
            StringBuilder organisations = new StringBuilder("SELECT ORGANISATION_ID FROM CONTACT_SECTOR WHERE ");
            String separator = "";
            for (int i = 0; i < divisions.size(); i++) {
                organisations.append(separator).append("NACE_CODE LIKE ?");
                separator = " OR ";
            }
            try (PreparedStatement query = connection.prepareStatement("SELECT O.ID FROM (" + organisations + ") X "
                    + "JOIN CONTACT_ORGANISATION O ON O.ID = X.ORGANISATION_ID WHERE NOT O.ERASED UNION SELECT A.PERSON_ID FROM ("
                    + organisations + ") Y JOIN CONTACT_AFFILIATION A ON A.ORGANISATION_ID = Y.ORGANISATION_ID")) {
                int i = 1;
                for (int twice = 0; twice < 2; twice++) {
                    for (String division : divisions) {
                        query.setString(i++, division + "%");
                    }
                }
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        found.add(rows.getObject(1, UUID.class));
                    }
                }
            }
            return found;
        });
    }

    @Override
    public Map<UUID, UUID> referrers(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        UUID[] wanted = ids.stream().distinct().toArray(UUID[]::new);
        return store.read(connection -> {
            Map<UUID, UUID> referrers = new HashMap<>();
            // two indexed lookups: an OR of the two would read every person
            try (PreparedStatement query = connection.prepareStatement("SELECT ID, REFERRED_BY FROM CONTACT_PERSON "
                    + "WHERE ID = ANY(?) AND REFERRED_BY IS NOT NULL AND NOT ERASED UNION SELECT ID, REFERRED_BY FROM CONTACT_PERSON "
                    + "WHERE REFERRED_BY = ANY(?) AND NOT ERASED")) {
                query.setObject(1, wanted);
                query.setObject(2, wanted);
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        referrers.put(rows.getObject(1, UUID.class), rows.getObject(2, UUID.class));
                    }
                }
            }
            return referrers;
        });
    }

    @Override
    public Map<UUID, ContactProfile> profiles(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        UUID[] wanted = ids.stream().distinct().toArray(UUID[]::new);
        return store.read(connection -> {
            Map<UUID, Builder> profiles = new HashMap<>();
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT CONTACT_ID, KIND, NAME, REGION FROM CONTACT_SEARCH_ENTRY WHERE CONTACT_ID = ANY(?)")) {
                query.setObject(1, wanted);
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        Builder profile = new Builder(rows.getObject(1, UUID.class), ContactSummary.Kind.valueOf(rows.getString(2)),
                                rows.getString(3), rows.getString(4));
                        profiles.put(profile.id, profile);
                    }
                }
            }
            try (PreparedStatement query = connection.prepareStatement("SELECT ID, PREFERRED_LANGUAGE, REFERRED_BY, LATITUDE, LONGITUDE "
                    + "FROM CONTACT_PERSON WHERE ID = ANY(?)")) {
                query.setObject(1, wanted);
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        Builder profile = profiles.get(rows.getObject(1, UUID.class));
                        if (profile != null) {
                            if (rows.getString(2) != null) {
                                profile.languages.add(rows.getString(2));
                            }
                            profile.referredBy = rows.getObject(3, UUID.class);
                            profile.latitude = (Double) rows.getObject(4);
                            profile.longitude = (Double) rows.getObject(5);
                        }
                    }
                }
            }
            collect(connection, "SELECT PERSON_ID, LANGUAGE FROM CONTACT_LANGUAGE WHERE PERSON_ID = ANY(?)", wanted, profiles,
                    (profile, value) -> profile.languages.add(value));
            collect(connection, "SELECT A.ORGANISATION_ID, L.LANGUAGE FROM CONTACT_AFFILIATION A JOIN CONTACT_LANGUAGE L "
                    + "ON L.PERSON_ID = A.PERSON_ID WHERE A.ORGANISATION_ID = ANY(?) UNION SELECT A.ORGANISATION_ID, P.PREFERRED_LANGUAGE "
                    + "FROM CONTACT_AFFILIATION A JOIN CONTACT_PERSON P ON P.ID = A.PERSON_ID WHERE A.ORGANISATION_ID = ANY(?) "
                    + "AND P.PREFERRED_LANGUAGE IS NOT NULL AND NOT P.ERASED", wanted, profiles, (profile, value) -> profile.languages.add(value));
            // each person's organisations, then the sectors and segments of those and of the organisations asked for
            Map<UUID, List<UUID>> workplaces = new HashMap<>();
            Map<UUID, String> regions = new HashMap<>();
            try (PreparedStatement query = connection.prepareStatement("SELECT A.PERSON_ID, O.ID, O.REGION FROM CONTACT_AFFILIATION A "
                    + "JOIN CONTACT_ORGANISATION O ON O.ID = A.ORGANISATION_ID WHERE A.PERSON_ID = ANY(?) AND NOT O.ERASED "
                    + "UNION SELECT O.ID, O.ID, O.REGION FROM CONTACT_ORGANISATION O WHERE O.ID = ANY(?) AND NOT O.ERASED")) {
                query.setObject(1, wanted);
                query.setObject(2, wanted);
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        UUID organisation = rows.getObject(2, UUID.class);
                        workplaces.computeIfAbsent(rows.getObject(1, UUID.class), k -> new ArrayList<>()).add(organisation);
                        regions.put(organisation, rows.getString(3));
                    }
                }
            }
            UUID[] organisations = regions.keySet().toArray(UUID[]::new);
            Map<UUID, Set<String>> sectors = codes(connection, "SELECT ORGANISATION_ID, NACE_CODE FROM CONTACT_SECTOR "
                    + "WHERE ORGANISATION_ID = ANY(?)", organisations);
            Map<UUID, Set<String>> segments = codes(connection, "SELECT G.ORGANISATION_ID, T.CODE FROM CONTACT_ORGANISATION_SEGMENT G "
                    + "JOIN CONTACT_SEGMENT T ON T.ID = G.SEGMENT_ID WHERE G.ORGANISATION_ID = ANY(?)", organisations);
            workplaces.forEach((contact, places) -> {
                Builder profile = profiles.get(contact);
                if (profile != null) {
                    for (UUID organisation : places) {
                        Set<String> its = sectors.getOrDefault(organisation, Set.of());
                        Set<String> serves = segments.getOrDefault(organisation, Set.of());
                        profile.activities.add(new ContactProfile.Activity(organisation, regions.get(organisation), its, serves));
                        profile.sectors.addAll(its);
                        profile.segments.addAll(serves);
                    }
                }
            });
            Map<UUID, ContactProfile> built = new HashMap<>();
            profiles.forEach((id, profile) -> built.put(id, profile.build()));
            return built;
        });
    }

    /** Codes by organisation, from a query of (organisation, code) for the organisations given. */
    private static Map<UUID, Set<String>> codes(Connection connection, String sql, UUID[] organisations) throws SQLException {
        Map<UUID, Set<String>> codes = new HashMap<>();
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            query.setObject(1, organisations);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    codes.computeIfAbsent(rows.getObject(1, UUID.class), k -> new HashSet<>()).add(rows.getString(2));
                }
            }
        }
        return codes;
    }

    private static void collect(Connection connection, String sql, UUID[] ids, Map<UUID, Builder> profiles,
            java.util.function.BiConsumer<Builder, String> add) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            for (int i = 1; i <= query.getParameterMetaData().getParameterCount(); i++) {
                query.setObject(i, ids);
            }
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    Builder profile = profiles.get(rows.getObject(1, UUID.class));
                    if (profile != null) {
                        add.accept(profile, rows.getString(2));
                    }
                }
            }
        }
    }

    private static final class Builder {
        final UUID id;
        final ContactSummary.Kind kind;
        final String name;
        final String region;
        final Set<String> languages = new HashSet<>();
        final Set<String> sectors = new HashSet<>();
        final Set<String> segments = new HashSet<>();
        final List<ContactProfile.Activity> activities = new ArrayList<>();
        UUID referredBy;
        Double latitude;
        Double longitude;

        Builder(UUID id, ContactSummary.Kind kind, String name, String region) {
            this.id = id;
            this.kind = kind;
            this.name = name;
            this.region = region;
        }

        ContactProfile build() {
            return new ContactProfile(id, kind, name, region, languages, sectors, segments, activities, referredBy, latitude, longitude);
        }
    }
}
