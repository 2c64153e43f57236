package org.liaison.contacts.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.liaison.contacts.ContactQuery;
import org.liaison.contacts.ContactSummary;
import org.liaison.contacts.Email;
import org.liaison.contacts.Organisation;
import org.liaison.contacts.Person;
import org.liaison.contacts.Phone;
import org.liaison.contacts.PhoneNumbers;
import org.liaison.contacts.sectors.NaceTaxonomy;

/**
 * The local word index behind contact search: every word a contact can be found by, folded, one
 * row each, so that a prefix is an index range rather than a scan of every contact.
 */
final class SearchIndex {

    private final NaceTaxonomy sectors;

    SearchIndex(NaceTaxonomy sectors) {
        this.sectors = sectors;
    }

    void index(Connection connection, UUID id, Set<String> words) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM CONTACT_SEARCH_WORD WHERE CONTACT_ID = ?")) {
            delete.setObject(1, id);
            delete.executeUpdate();
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO CONTACT_SEARCH_WORD (WORD, CONTACT_ID) VALUES (?, ?)")) {
            for (String word : words) {
                insert.setString(1, word);
                insert.setObject(2, id);
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    Set<String> words(Person person, Set<String> organisationNames) {
        Set<String> words = new LinkedHashSet<>(SearchWords.of(person.givenName(), person.familyName(), person.region(),
                person.address().city(), person.address().postcode()));
        for (Email email : person.emails()) {
            words.add(SearchWords.fold(email.address()));
            words.addAll(SearchWords.split(email.address()));
        }
        for (Phone phone : person.phones()) {
            words.addAll(phoneWords(phone.number()));
        }
        person.tags().forEach(t -> words.addAll(SearchWords.split(t)));
        organisationNames.forEach(n -> words.addAll(SearchWords.split(n)));
        return words;
    }

    Set<String> words(Organisation organisation) {
        Set<String> words = new LinkedHashSet<>(SearchWords.of(organisation.name(), organisation.region(),
                organisation.companiesHouseNumber(), organisation.siren(), organisation.siret(), organisation.vatNumber(),
                organisation.website()));
        organisation.tags().forEach(t -> words.addAll(SearchWords.split(t)));
        for (String code : organisation.sectors()) {
            words.addAll(SearchWords.split(code)); // "62.01" is searched as the words 62 and 01
            words.add(code.replace(".", ""));
            // the headings above too, so that "computer programming" finds a class that has only a French title
            for (String heading = code; heading != null; heading = sectors.sector(heading).map(s -> s.parent()).orElse(null)) {
                sectors.sector(heading).ifPresent(s -> {
                    words.addAll(SearchWords.split(s.label(Locale.ENGLISH)));
                    words.addAll(SearchWords.split(s.label(Locale.FRENCH)));
                });
            }
        }
        return words;
    }

    /** "+441273123456" is found by 441273123456, 01273123456 and 1273123456. */
    private static Set<String> phoneWords(String e164) {
        Set<String> words = new LinkedHashSet<>();
        String digits = e164.replaceAll("\\D", "");
        words.add(digits);
        words.add(PhoneNumbers.display(e164).replaceAll("\\D", ""));
        String national = PhoneNumbers.display(e164).replaceAll("\\D", "");
        if (national.startsWith("0")) {
            words.add(national.substring(1));
        }
        return words;
    }

    List<ContactSummary> search(Connection connection, ContactQuery query) throws SQLException {
        List<Object> parameters = new ArrayList<>();
        String sql = "SELECT C.ID, C.KIND, C.NAME, C.DETAIL, C.REGION FROM " + matching(query, parameters)
                + " ORDER BY LOWER(C.SORT_KEY), C.ID OFFSET ? ROWS FETCH FIRST ? ROWS ONLY";
        List<ContactSummary> found = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            int i = 1;
            for (Object parameter : parameters) {
                select.setObject(i++, parameter);
            }
            select.setInt(i++, query.offset());
            select.setInt(i, query.limit());
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    found.add(new ContactSummary(rows.getObject(1, UUID.class),
                            ContactSummary.Kind.valueOf(rows.getString(2)), rows.getString(3),
                            rows.getString(4) == null ? "" : rows.getString(4), rows.getString(5)));
                }
            }
        }
        return found;
    }

    long count(Connection connection, ContactQuery query) throws SQLException {
        List<Object> parameters = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT COUNT(*) FROM " + matching(query, parameters))) {
            int i = 1;
            for (Object parameter : parameters) {
                select.setObject(i++, parameter);
            }
            try (ResultSet rows = select.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    /** The FROM and WHERE of a search over people and organisations together, as {@code C}. */
    private static String matching(ContactQuery query, List<Object> parameters) {
        List<String> words = query.text() == null ? List.of() : SearchWords.split(query.text());
        StringBuilder filter = new StringBuilder();
        for (String word : words) {
            filter.append(" AND C.ID IN (SELECT CONTACT_ID FROM CONTACT_SEARCH_WORD WHERE WORD >= ? AND WORD < ?)");
            parameters.add(word);
            parameters.add(word + Character.MAX_VALUE);
        }
        if (query.region() != null) {
            filter.append(" AND C.REGION = ?");
            parameters.add(query.region());
        }
        if (query.tag() != null) {
            filter.append(" AND C.ID IN (SELECT CONTACT_ID FROM CONTACT_TAG WHERE LOWER(TAG) = LOWER(?))");
            parameters.add(query.tag());
        }
        return "(SELECT P.ID, 'PERSON' KIND, TRIM(COALESCE(P.GIVEN_NAME, '') || ' ' || COALESCE(P.FAMILY_NAME, '')) NAME, "
                + "(SELECT E.ADDRESS FROM CONTACT_EMAIL E WHERE E.CONTACT_ID = P.ID AND E.IS_PRIMARY FETCH FIRST 1 ROW ONLY) DETAIL, "
                + "P.REGION, COALESCE(P.FAMILY_NAME, P.GIVEN_NAME) SORT_KEY FROM CONTACT_PERSON P WHERE NOT P.ERASED "
                + "UNION ALL SELECT O.ID, 'ORGANISATION', O.NAME, COALESCE(O.COMPANIES_HOUSE_NUMBER, O.SIREN), O.REGION, O.NAME "
                + "FROM CONTACT_ORGANISATION O WHERE NOT O.ERASED) C WHERE TRUE" + filter;
    }
}