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

import org.liaison.contacts.ContactFilter;
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

    /** Past this many rows for its longest word, a search walks the list rather than the word's rows. */
    static final int COMMON_WORD_ROWS = 10_000;

    private final NaceTaxonomy sectors;

    SearchIndex(NaceTaxonomy sectors) {
        this.sectors = sectors;
    }

    /** Lists and indexes a saved person, with the names of the organisations they are affiliated with. */
    void indexPerson(Connection connection, Person person) throws SQLException {
        index(connection, summary(person), sortKey(person), words(person, organisationNames(connection, person.id())));
    }

    /** Lists and indexes the person again, after something it is found by changed (an affiliation). */
    void reindexPerson(Connection connection, UUID personId) throws SQLException {
        java.util.Optional<Person> person = PersonTable.read(connection, personId);
        if (person.isPresent()) {
            indexPerson(connection, person.get());
        }
    }

    /** Lists and indexes people never indexed (just created, none affiliated yet), each table in one batch. */
    void indexNewPeople(Connection connection, List<Person> people) throws SQLException {
        List<ContactSummary> summaries = new ArrayList<>(people.size());
        List<String> sortKeys = new ArrayList<>(people.size());
        List<Set<String>> words = new ArrayList<>(people.size());
        for (Person person : people) {
            summaries.add(summary(person));
            sortKeys.add(sortKey(person));
            words.add(words(person, Set.of()));
        }
        indexNew(connection, summaries, sortKeys, words);
    }

    void indexOrganisation(Connection connection, Organisation organisation) throws SQLException {
        String detail = organisation.companiesHouseNumber() != null ? organisation.companiesHouseNumber() : organisation.siren();
        index(connection, new ContactSummary(organisation.id(), ContactSummary.Kind.ORGANISATION, organisation.name(), detail,
                organisation.region()), organisation.name(), words(organisation));
    }

    private static ContactSummary summary(Person person) {
        String detail = person.emails().stream().filter(Email::primary).map(Email::address).findFirst().orElse(null);
        return new ContactSummary(person.id(), ContactSummary.Kind.PERSON, person.displayName(), detail, person.region());
    }

    private static String sortKey(Person person) {
        return person.familyName() != null ? person.familyName() : person.givenName();
    }

    private static Set<String> organisationNames(Connection connection, UUID personId) throws SQLException {
        return PersonTable.strings(connection, "SELECT O.NAME FROM CONTACT_AFFILIATION A "
                + "JOIN CONTACT_ORGANISATION O ON O.ID = A.ORGANISATION_ID WHERE A.PERSON_ID = ?", personId);
    }

    /** Lists and indexes a contact; {@code summary} is its line in lists, {@code sortKey} what lists sort it by. */
    void index(Connection connection, ContactSummary summary, String sortKey, Set<String> words) throws SQLException {
        UUID id = summary.id();
        try (PreparedStatement entry = connection.prepareStatement("MERGE INTO CONTACT_SEARCH_ENTRY "
                + "(CONTACT_ID, KIND, NAME, DETAIL, REGION, SORT_KEY) KEY (CONTACT_ID) VALUES (?, ?, ?, ?, ?, ?)")) {
            entry.setObject(1, id);
            entry.setString(2, summary.kind().name());
            entry.setString(3, summary.name());
            entry.setString(4, summary.detail());
            entry.setString(5, summary.region());
            entry.setString(6, sortKey(sortKey, summary));
            entry.executeUpdate();
        }
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

    private void indexNew(Connection connection, List<ContactSummary> summaries, List<String> sortKeys, List<Set<String>> words)
            throws SQLException {
        try (PreparedStatement entry = connection.prepareStatement("INSERT INTO CONTACT_SEARCH_ENTRY "
                + "(CONTACT_ID, KIND, NAME, DETAIL, REGION, SORT_KEY) VALUES (?, ?, ?, ?, ?, ?)");
                PreparedStatement word = connection.prepareStatement(
                        "INSERT INTO CONTACT_SEARCH_WORD (WORD, CONTACT_ID) VALUES (?, ?)")) {
            for (int i = 0; i < summaries.size(); i++) {
                ContactSummary summary = summaries.get(i);
                entry.setObject(1, summary.id());
                entry.setString(2, summary.kind().name());
                entry.setString(3, summary.name());
                entry.setString(4, summary.detail());
                entry.setString(5, summary.region());
                entry.setString(6, sortKey(sortKeys.get(i), summary));
                entry.addBatch();
                for (String w : words.get(i)) {
                    word.setString(1, w);
                    word.setObject(2, summary.id());
                    word.addBatch();
                }
            }
            entry.executeBatch();
            word.executeBatch();
        }
    }

    private static String sortKey(String key, ContactSummary summary) {
        return SearchWords.fold(key == null ? "" : key) + " " + SearchWords.fold(summary.name());
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
        List<String> words = words(query);
        // a word most contacts have (a phone prefix, a common tag): walk the list in name order until
        // the page is full; a rarer one: start from the contacts having it and sort those
        boolean common = !words.isEmpty() && hasAtLeast(connection, words.get(0), COMMON_WORD_ROWS);
        String sql = (common || words.isEmpty()
                ? "SELECT C.CONTACT_ID, C.KIND, C.NAME, C.DETAIL, C.REGION FROM " + scanning(query, words, parameters)
                : "SELECT DISTINCT C.CONTACT_ID, C.KIND, C.NAME, C.DETAIL, C.REGION, C.SORT_KEY FROM "
                        + matching(query, words, parameters))
                + " ORDER BY C.SORT_KEY, C.CONTACT_ID OFFSET ? ROWS FETCH FIRST ? ROWS ONLY";
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
        List<String> words = words(query);
        try (PreparedStatement select = connection.prepareStatement(words.isEmpty()
                ? "SELECT COUNT(*) FROM " + scanning(query, words, parameters)
                : "SELECT COUNT(DISTINCT C.CONTACT_ID) FROM " + matching(query, words, parameters))) {
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

    /**
     * The FROM and WHERE of a search over the listing of contacts, as {@code C}. The longest word
     * drives (an index range over the words); each other word is checked per candidate through
     * the (contact, word) index.
     */
    private static String matching(ContactQuery query, List<String> words, List<Object> parameters) {
        // a plain join (not a derived table, which the engine would run again for every contact)
        StringBuilder from = new StringBuilder("CONTACT_SEARCH_WORD D JOIN CONTACT_SEARCH_ENTRY C ON C.CONTACT_ID = D.CONTACT_ID "
                + "WHERE D.WORD >= ? AND D.WORD < ?");
        parameters.add(words.get(0));
        parameters.add(words.get(0) + Character.MAX_VALUE);
        return from + everyWord(words.subList(1, words.size()), parameters) + filters(query, parameters);
    }

    /** Every contact in name order, each checked for every word through the (contact, word) index. */
    private static String scanning(ContactQuery query, List<String> words, List<Object> parameters) {
        return "CONTACT_SEARCH_ENTRY C WHERE TRUE" + everyWord(words, parameters) + filters(query, parameters);
    }

    /** Conditions that contact {@code C} has a word starting with each of {@code words}. */
    private static String everyWord(List<String> words, List<Object> parameters) {
        StringBuilder filter = new StringBuilder();
        for (String word : words) {
            filter.append(" AND EXISTS (SELECT 1 FROM CONTACT_SEARCH_WORD W WHERE W.CONTACT_ID = C.CONTACT_ID "
                    + "AND W.WORD >= ? AND W.WORD < ?)");
            parameters.add(word);
            parameters.add(word + Character.MAX_VALUE);
        }
        return filter.toString();
    }

    private static String filters(ContactQuery query, List<Object> parameters) {
        ContactFilter f = query.filter();
        StringBuilder filter = new StringBuilder();
        if (f.region() != null) {
            filter.append(" AND C.REGION = ?");
            parameters.add(f.region());
        }
        if (f.tag() != null) {
            filter.append(" AND C.CONTACT_ID IN (SELECT CONTACT_ID FROM CONTACT_TAG WHERE LOWER(TAG) = LOWER(?))");
            parameters.add(f.tag());
        }
        if (f.language() != null) {
            filter.append(" AND C.CONTACT_ID IN (SELECT PERSON_ID FROM CONTACT_LANGUAGE WHERE LANGUAGE = ? "
                    + "UNION SELECT ID FROM CONTACT_PERSON WHERE PREFERRED_LANGUAGE = ?)");
            parameters.add(f.language());
            parameters.add(f.language());
        }
        if (f.readiness() != null) {
            filter.append(" AND C.CONTACT_ID IN (SELECT ID FROM CONTACT_PERSON WHERE READINESS = ?)");
            parameters.add(f.readiness().name());
        }
        if (f.sector() != null) {
            // "62" takes in 62.01, 62.02...; a section letter takes in its divisions
            filter.append(withOrganisationPeople("SELECT ORGANISATION_ID FROM CONTACT_SECTOR WHERE NACE_CODE = ? OR NACE_CODE LIKE ?"));
            parameters.add(f.sector());
            parameters.add(f.sector() + ".%");
            parameters.add(f.sector());
            parameters.add(f.sector() + ".%");
        }
        if (f.segment() != null) {
            filter.append(withOrganisationPeople("SELECT G.ORGANISATION_ID FROM CONTACT_ORGANISATION_SEGMENT G "
                    + "JOIN CONTACT_SEGMENT S ON S.ID = G.SEGMENT_ID WHERE S.CODE = ?"));
            parameters.add(f.segment());
            parameters.add(f.segment());
        }
        if (f.consent() != null) {
            // the latest entry for some channel grants the purpose and has not lapsed
            filter.append(" AND EXISTS (SELECT 1 FROM CONTACT_CONSENT K WHERE K.CONTACT_ID = C.CONTACT_ID AND K.PURPOSE = ? "
                    + "AND K.GRANTED AND (K.EXPIRES_AT IS NULL OR K.EXPIRES_AT > CURRENT_TIMESTAMP) "
                    + "AND NOT EXISTS (SELECT 1 FROM CONTACT_CONSENT L WHERE L.CONTACT_ID = K.CONTACT_ID "
                    + "AND L.PURPOSE = K.PURPOSE AND L.CHANNEL = K.CHANNEL AND L.RECORDED_AT > K.RECORDED_AT))");
            parameters.add(f.consent().name());
        }
        return filter.toString();
    }

    /** Organisations that {@code organisations} selects, and the people affiliated with them (its parameters twice). */
    private static String withOrganisationPeople(String organisations) {
        return " AND (C.CONTACT_ID IN (" + organisations + ") OR C.CONTACT_ID IN (SELECT A.PERSON_ID FROM CONTACT_AFFILIATION A "
                + "WHERE A.ORGANISATION_ID IN (" + organisations + ")))";
    }

    private static boolean hasAtLeast(Connection connection, String word, int rows) throws SQLException {
        try (PreparedStatement probe = connection.prepareStatement("SELECT COUNT(*) FROM (SELECT 1 FROM CONTACT_SEARCH_WORD "
                + "WHERE WORD >= ? AND WORD < ? FETCH FIRST ? ROWS ONLY)")) {
            probe.setString(1, word);
            probe.setString(2, word + Character.MAX_VALUE);
            probe.setInt(3, rows);
            try (ResultSet result = probe.executeQuery()) {
                result.next();
                return result.getInt(1) >= rows;
            }
        }
    }

    /** The distinct words of the query, longest (most telling) first. */
    private static List<String> words(ContactQuery query) {
        List<String> words = new ArrayList<>(new LinkedHashSet<>(query.text() == null ? List.of() : SearchWords.split(query.text())));
        words.sort((a, b) -> b.length() - a.length());
        return words;
    }

}
