package org.liaison.contacts.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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

    private static final String LISTED = "SELECT C.CONTACT_ID, C.KIND, C.NAME, C.DETAIL, C.REGION FROM ";
    private static final String PAGE = " ORDER BY C.SORT_KEY, C.CONTACT_ID OFFSET ? ROWS FETCH FIRST ? ROWS ONLY";

    /** The rules that make the words; a database built with older ones is rebuilt ({@link SearchIndexRebuild}). */
    static final int VERSION = 2;

    /** Index rows counted at most when sizing up a word; a word with more is common whatever its exact count. */
    static final int PROBE_ROWS = 10_000;
    /** A walk may go this many times past its estimate before the other way is taken. */
    static final long WALK_SLACK = 4;
    /**
     * People saved together from this many on (an import) are listed in the saving transaction and
     * get their word rows after it ({@link #writePendingWords}): the word rows are most of what an
     * import writes. Until then they are found through their listing, more slowly.
     */
    static final int DEFERRED_WORDS = 1_000;
    /** How many people are listed again in one go: the database takes at most 65,536 values in one array. */
    private static final int RELISTED_AT_ONCE = 10_000;

    private final NaceTaxonomy sectors;

    SearchIndex(NaceTaxonomy sectors) {
        this.sectors = sectors;
    }

    /** Lists and indexes a saved person, with the names of the organisations they are affiliated with. */
    void indexPerson(Connection connection, Person person) throws SQLException {
        indexAll(connection, List.of(listed(person, new LinkedHashSet<>(organisationNames(connection, new UUID[] { person.id() })
                .getOrDefault(person.id(), List.of())))), false, false);
    }

    /** Lists and indexes the person again, after something it is found by changed (an affiliation). */
    void reindexPerson(Connection connection, UUID personId) throws SQLException {
        reindexAll(connection, List.of(personId));
    }

    /**
     * Lists and indexes these people and organisations again, and takes those that are gone or
     * erased out of the lists, with a few statements whatever their number (a page of received
     * changes touches hundreds).
     */
    void reindexAll(Connection connection, Collection<UUID> contacts) throws SQLException {
        reindexAll(connection, contacts, false, false);
    }

    /** As {@link #reindexAll(Connection, Collection)}, every word row made again: those there may not match the listing. */
    void rebuildAll(Connection connection, Collection<UUID> contacts) throws SQLException {
        reindexAll(connection, contacts, true, false);
    }

    /**
     * Lists again people created in this transaction, once something they are found by was added
     * (an import's affiliations): those whose word rows wait for {@link #writePendingWords} keep
     * waiting, to be written from the new listing after the transaction, as the import's others are.
     */
    void relistNew(Connection connection, List<UUID> people) throws SQLException {
        for (int from = 0; from < people.size(); from += RELISTED_AT_ONCE) {
            reindexAll(connection, people.subList(from, Math.min(people.size(), from + RELISTED_AT_ONCE)), false, true);
        }
    }

    private void reindexAll(Connection connection, Collection<UUID> contacts, boolean rewriteWords, boolean keepPending)
            throws SQLException {
        Map<UUID, Person> people = PersonTable.readAll(connection, contacts);
        Map<UUID, List<String>> organisations = organisationNames(connection, people.keySet().toArray(UUID[]::new));
        List<Listed> listed = new ArrayList<>(people.values().parallelStream()
                .map(p -> listed(p, new LinkedHashSet<>(organisations.getOrDefault(p.id(), List.of())))).toList());
        List<UUID> gone = new ArrayList<>();
        for (UUID contact : contacts) {
            if (!people.containsKey(contact)) {
                java.util.Optional<Organisation> organisation = OrganisationTable.read(connection, contact);
                if (organisation.isPresent()) {
                    listed.add(listed(organisation.get()));
                } else {
                    gone.add(contact);
                }
            }
        }
        indexAll(connection, listed, rewriteWords, keepPending);
        for (UUID contact : gone) {
            remove(connection, contact);
        }
    }

    /**
     * Lists and indexes people never indexed (just created, none affiliated yet), each table in one
     * batch; from {@link #DEFERRED_WORDS} people on, their word rows are left for later.
     *
     * @return whether word rows were left for {@link #writePendingWords}
     */
    boolean indexNewPeople(Connection connection, List<Person> people) throws SQLException {
        // the words take a third of the work of listing a person: made on every core
        List<Listed> listed = people.parallelStream().map(p -> listed(p, Set.of())).toList();
        boolean deferred = people.size() >= DEFERRED_WORDS;
        indexNew(connection, listed, deferred);
        return deferred;
    }

    /**
     * The people with new ids handed out in the order the listing sorts them: the person table,
     * the listing and its name index then all grow at one end during an import.
     */
    static List<Person> withIdsInListOrder(List<Person> people) {
        List<String> keys = people.parallelStream().map(SearchIndex::listSortKey).toList();
        List<Integer> order = new ArrayList<>(java.util.stream.IntStream.range(0, people.size()).boxed().toList());
        order.sort(java.util.Comparator.comparing(keys::get));
        Person[] withIds = new Person[people.size()];
        for (int i : order) {
            withIds[i] = people.get(i).withId(org.liaison.core.id.Ids.newId());
        }
        return List.of(withIds);
    }

    private static String listSortKey(Person person) {
        return sortKey(sortKey(person), person.displayName());
    }

    /** A contact as the listing holds it. */
    private record Listed(ContactSummary summary, String sortKey, Set<String> words) {
    }

    void indexOrganisation(Connection connection, Organisation organisation) throws SQLException {
        indexAll(connection, List.of(listed(organisation)), false, false);
    }

    private Listed listed(Person person, Set<String> organisationNames) {
        return new Listed(summary(person), listSortKey(person), words(person, organisationNames));
    }

    private Listed listed(Organisation organisation) {
        String detail = organisation.companiesHouseNumber() != null ? organisation.companiesHouseNumber() : organisation.siren();
        return new Listed(new ContactSummary(organisation.id(), ContactSummary.Kind.ORGANISATION, organisation.name(), detail,
                organisation.region()), sortKey(organisation.name(), organisation.name()), words(organisation));
    }

    private static ContactSummary summary(Person person) {
        String detail = person.emails().stream().filter(Email::primary).map(Email::address).findFirst().orElse(null);
        return new ContactSummary(person.id(), ContactSummary.Kind.PERSON, person.displayName(), detail, person.region());
    }

    private static String sortKey(Person person) {
        return person.familyName() != null ? person.familyName() : person.givenName();
    }

    /** The names of the organisations each of these people is affiliated with. */
    private static Map<UUID, List<String>> organisationNames(Connection connection, UUID[] people) throws SQLException {
        return IdQueries.grouped(connection, "SELECT A.PERSON_ID, O.NAME FROM CONTACT_AFFILIATION A "
                + "JOIN CONTACT_ORGANISATION O ON O.ID = A.ORGANISATION_ID WHERE A.PERSON_ID = ANY(?)", people, row -> row.getString(2));
    }

    /**
     * Lists and indexes contacts, listed before or not. Only what changed is written: a listed
     * contact keeps the word rows of the words it still has, and its listing row is left alone when
     * it reads the same (sync applies a person's emails, phones and tags page after page, each
     * page indexing the person again).
     *
     * @param rewriteWords whether to make every word row again, as if the contacts waited for them
     */
    private static void indexAll(Connection connection, List<Listed> contacts, boolean rewriteWords, boolean keepPending)
            throws SQLException {
        if (contacts.isEmpty()) {
            return;
        }
        UUID[] ids = contacts.stream().map(c -> c.summary().id()).toArray(UUID[]::new);
        Map<UUID, Listed> before = listed(connection, ids);
        Set<UUID> pending = IdQueries.ids(connection, "SELECT CONTACT_ID FROM CONTACT_SEARCH_PENDING WHERE CONTACT_ID = ANY(?)", ids);
        List<WordRow> gone = new ArrayList<>();
        List<WordRow> added = new ArrayList<>();
        List<Listed> changed = new ArrayList<>();
        for (Listed now : contacts) {
            UUID id = now.summary().id();
            Listed old = before.get(id);
            if (keepPending && pending.contains(id)) {
                changed.add(now); // no word rows yet: they will be made from this listing
                continue;
            }
            // a contact an import left waiting for its word rows gets them all now
            boolean sameRows = old != null && !rewriteWords && !pending.contains(id) && old.sortKey().equals(now.sortKey());
            if (old != null) {
                old.words().stream().filter(w -> !sameRows || !now.words().contains(w))
                        .forEach(w -> gone.add(new WordRow(w, old.sortKey(), id)));
            }
            now.words().stream().filter(w -> !sameRows || !old.words().contains(w))
                    .forEach(w -> added.add(new WordRow(w, now.sortKey(), id)));
            if (!now.equals(old)) {
                changed.add(now);
            }
        }
        deleteWords(connection, gone);
        if (!keepPending) {
            unmarkPending(connection, pending.toArray(UUID[]::new));
        }
        changed.sort(java.util.Comparator.comparing(Listed::sortKey));
        try (RowBatch entry = new RowBatch(connection, "MERGE INTO CONTACT_SEARCH_ENTRY "
                + "(CONTACT_ID, KIND, NAME, DETAIL, REGION, SORT_KEY, WORDS) KEY (CONTACT_ID) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            for (Listed listed : changed) {
                bindEntry(entry.statement(), listed);
                entry.add();
            }
            entry.send();
        }
        insertWords(connection, added);
    }

    /** The contacts among {@code ids} as the listing has them. */
    private static Map<UUID, Listed> listed(Connection connection, UUID[] ids) throws SQLException {
        Map<UUID, Listed> listed = new java.util.HashMap<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT CONTACT_ID, KIND, NAME, DETAIL, REGION, SORT_KEY, WORDS "
                + "FROM CONTACT_SEARCH_ENTRY WHERE CONTACT_ID = ANY(?)")) {
            query.setObject(1, ids);
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    UUID id = row.getObject(1, UUID.class);
                    listed.put(id, new Listed(new ContactSummary(id, ContactSummary.Kind.valueOf(row.getString(2)), row.getString(3),
                            row.getString(4), row.getString(5)), row.getString(6), split(row.getString(7))));
                }
            }
        }
        return listed;
    }

    /** The words of a listing row, in their order. */
    private static Set<String> split(String joined) {
        Set<String> words = new LinkedHashSet<>();
        for (String word : joined.strip().split(" ")) {
            if (!word.isEmpty()) {
                words.add(word);
            }
        }
        return words;
    }

    private static void bindEntry(PreparedStatement entry, Listed listed) throws SQLException {
        ContactSummary summary = listed.summary();
        entry.setObject(1, summary.id());
        entry.setString(2, summary.kind().name());
        entry.setString(3, summary.name());
        entry.setString(4, summary.detail());
        entry.setString(5, summary.region());
        entry.setString(6, listed.sortKey());
        entry.setString(7, joined(listed.words()));
    }

    private static List<WordRow> wordRows(Collection<Listed> contacts) {
        List<WordRow> rows = new ArrayList<>();
        for (Listed listed : contacts) {
            listed.words().forEach(w -> rows.add(new WordRow(w, listed.sortKey(), listed.summary().id())));
        }
        return rows;
    }

    /** Takes a contact out of the listing and the word index. */
    static void remove(Connection connection, UUID contactId) throws SQLException {
        UUID[] ids = { contactId };
        removeWords(connection, ids);
        unmarkPending(connection, ids);
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM CONTACT_SEARCH_ENTRY WHERE CONTACT_ID = ?")) {
            delete.setObject(1, contactId);
            delete.executeUpdate();
        }
    }

    /**
     * Deletes contacts' word rows by their keys, found from their listing (the word index has no
     * index by contact: keeping one up to date made large imports several times slower).
     */
    private static void removeWords(Connection connection, UUID[] contacts) throws SQLException {
        deleteWords(connection, wordRows(listed(connection, contacts).values()));
    }

    private static void deleteWords(Connection connection, List<WordRow> rows) throws SQLException {
        rows.sort(null);
        try (RowBatch delete = new RowBatch(connection,
                "DELETE FROM CONTACT_SEARCH_WORD WHERE WORD = ? AND SORT_KEY = ? AND CONTACT_ID = ?")) {
            for (WordRow row : rows) {
                delete.add(row.word(), row.sortKey(), row.contact());
            }
            delete.send();
        }
    }

    /** The words as the listing keeps them: each after a space, so that " word" finds one that starts so. */
    private static String joined(Set<String> words) {
        StringBuilder joined = new StringBuilder();
        words.forEach(w -> joined.append(' ').append(w));
        return joined.toString();
    }


    /** One row of the word index. */
    private record WordRow(String word, String sortKey, UUID contact) implements Comparable<WordRow> {
        @Override
        public int compareTo(WordRow other) {
            int byWord = word.compareTo(other.word);
            if (byWord != 0) {
                return byWord;
            }
            int byKey = sortKey.compareTo(other.sortKey);
            return byKey != 0 ? byKey : contact.compareTo(other.contact);
        }
    }

    /**
     * Lists contacts never indexed, in the order of the listing's sort index, and writes their word
     * rows now or marks them for {@link #writePendingWords}.
     */
    private static void indexNew(Connection connection, List<Listed> contacts, boolean deferWords) throws SQLException {
        List<Listed> bySortKey = new ArrayList<>(contacts);
        bySortKey.sort(java.util.Comparator.comparing(Listed::sortKey));
        try (RowBatch entry = new RowBatch(connection, "INSERT INTO CONTACT_SEARCH_ENTRY "
                + "(CONTACT_ID, KIND, NAME, DETAIL, REGION, SORT_KEY, WORDS) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            for (Listed listed : bySortKey) {
                bindEntry(entry.statement(), listed);
                entry.add();
            }
            entry.send();
        }
        if (deferWords) {
            try (RowBatch pending = new RowBatch(connection, "INSERT INTO CONTACT_SEARCH_PENDING (CONTACT_ID) VALUES (?)")) {
                for (Listed listed : bySortKey) {
                    pending.add(listed.summary().id());
                }
                pending.send();
            }
        } else {
            insertWords(connection, wordRows(contacts));
        }
    }

    /**
     * Writes the word rows of up to {@code limit} contacts listed without them (by {@link
     * #indexNewPeople}), from the words their listing keeps.
     *
     * @return how many contacts were waiting among those taken (0 when none is left)
     */
    static int writePendingWords(Connection connection, int limit) throws SQLException {
        List<UUID> taken = new ArrayList<>();
        List<WordRow> rows = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT P.CONTACT_ID, C.SORT_KEY, C.WORDS FROM CONTACT_SEARCH_PENDING P "
                + "LEFT JOIN CONTACT_SEARCH_ENTRY C ON C.CONTACT_ID = P.CONTACT_ID ORDER BY P.CONTACT_ID FETCH FIRST ? ROWS ONLY")) {
            query.setInt(1, limit);
            try (ResultSet pending = query.executeQuery()) {
                while (pending.next()) {
                    UUID id = pending.getObject(1, UUID.class);
                    taken.add(id);
                    String words = pending.getString(3);
                    if (words != null) { // no listing: the contact went before its words were written
                        String sortKey = pending.getString(2);
                        split(words).forEach(w -> rows.add(new WordRow(w, sortKey, id)));
                    }
                }
            }
        }
        insertWords(connection, rows);
        unmarkPending(connection, taken.toArray(UUID[]::new));
        return taken.size();
    }

    /** How many listed contacts wait for their word rows. */
    static long pendingWords(Connection connection) throws SQLException {
        try (PreparedStatement count = connection.prepareStatement("SELECT COUNT(*) FROM CONTACT_SEARCH_PENDING");
                ResultSet result = count.executeQuery()) {
            result.next();
            return result.getLong(1);
        }
    }

    private static boolean anyPendingWords(Connection connection) throws SQLException {
        try (PreparedStatement any = connection.prepareStatement("SELECT 1 FROM CONTACT_SEARCH_PENDING FETCH FIRST 1 ROW ONLY");
                ResultSet result = any.executeQuery()) {
            return result.next();
        }
    }

    private static void unmarkPending(Connection connection, UUID[] contacts) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM CONTACT_SEARCH_PENDING WHERE CONTACT_ID = ANY(?)")) {
            delete.setObject(1, contacts);
            delete.executeUpdate();
        }
    }

    /**
     * Inserts word rows in the order of the word index, so that a large import fills each part of
     * the index once instead of visiting it again and again.
     */
    private static void insertWords(Connection connection, List<WordRow> rows) throws SQLException {
        rows.sort(null);
        try (RowBatch word = new RowBatch(connection, "INSERT INTO CONTACT_SEARCH_WORD (WORD, SORT_KEY, CONTACT_ID) VALUES (?, ?, ?)")) {
            for (WordRow row : rows) {
                word.add(row.word(), row.sortKey(), row.contact());
            }
            word.send();
        }
    }

    private static String sortKey(String key, String name) {
        return SearchWords.fold(key == null ? "" : key) + " " + SearchWords.fold(name);
    }

    Set<String> words(Person person, Set<String> organisationNames) {
        // no region words: the region is a filter, and "gb" or "fr" would be a word of half the contacts
        Set<String> words = new LinkedHashSet<>(SearchWords.of(person.givenName(), person.familyName(), person.address().city(),
                person.address().postcode()));
        words.addAll(SearchWords.compounds(person.givenName()));
        words.addAll(SearchWords.compounds(person.familyName()));
        words.addAll(SearchWords.compounds(person.address().city()));
        for (Email email : person.emails()) {
            words.addAll(SearchWords.compounds(email.address()));
            words.addAll(SearchWords.withoutDomainSuffixes(SearchWords.split(email.address())));
        }
        for (Phone phone : person.phones()) {
            words.addAll(phoneWords(phone.number()));
        }
        person.tags().forEach(t -> words.addAll(SearchWords.split(t)));
        organisationNames.forEach(n -> {
            words.addAll(SearchWords.split(n));
            words.addAll(SearchWords.compounds(n));
        });
        return words;
    }

    Set<String> words(Organisation organisation) {
        Set<String> words = new LinkedHashSet<>(SearchWords.of(organisation.name(), organisation.companiesHouseNumber(),
                organisation.siren(), organisation.siret(), organisation.vatNumber()));
        if (organisation.website() != null) {
            words.addAll(SearchWords.withoutDomainSuffixes(SearchWords.split(organisation.website())));
        }
        words.addAll(SearchWords.compounds(organisation.name()));
        words.addAll(SearchWords.compounds(organisation.website()));
        organisation.tags().forEach(t -> words.addAll(SearchWords.split(t)));
        for (String code : organisation.sectors()) {
            words.addAll(SearchWords.split(code)); // "62.01" is searched as the words 62 and 01, and whole
            words.add(code);
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
        if (digits.isEmpty()) {
            return words; // an unchecked number written without a digit
        }
        words.add(digits);
        String national = PhoneNumbers.display(e164).replaceAll("\\D", "");
        words.add(national);
        if (national.startsWith("0")) {
            words.add(national.substring(1));
        }
        return words;
    }

    /**
     * Two ways to a page of results. Usually: take the index rows of the rarest word (each carries
     * its contact's sort key), keep those whose contact has the other words and passes the filters,
     * sort them and join the listing for the page only (sorting a candidate costs about a tenth of
     * checking a contact of the listing). When even the rarest word is very common (a phone prefix, a
     * tag most contacts have): walk the listing in name order and stop when the page is full; the
     * walk has a budget, and when the other words or the filters leave it short, the first way runs
     * instead. While some contacts wait for their word rows (after a large import), every search
     * walks the listing, which has everybody's words.
     */
    List<ContactSummary> search(Connection connection, ContactQuery query) throws SQLException {
        List<Object> parameters = new ArrayList<>();
        if (anyPendingWords(connection)) {
            return page(connection, LISTED + scanning(query, queryWords(query), parameters) + PAGE, query, parameters);
        }
        List<Counted> counted = byRarity(connection, query);
        List<String> words = counted.stream().map(Counted::word).toList();
        if (words.isEmpty()) {
            return page(connection, LISTED + scanning(query, words, parameters) + PAGE, query, parameters);
        }
        long rarest = counted.get(0).rows() >= 0 ? counted.get(0).rows() : rows(connection, words.get(0));
        if (rarest >= PROBE_ROWS) {
            long needed = (long) query.offset() + query.limit();
            String bound = sortKeyAt(connection, WALK_SLACK * needed * entries(connection) / rarest + needed);
            String fromWhere = scanning(query, words, parameters);
            if (bound != null) {
                fromWhere += " AND C.SORT_KEY <= ?";
                parameters.add(bound);
            }
            List<ContactSummary> found = page(connection, LISTED + fromWhere + PAGE, query, parameters);
            if (found.size() == query.limit() || bound == null) {
                return found;
            }
            parameters.clear();
        }
        return page(connection, "SELECT C.CONTACT_ID, C.KIND, C.NAME, C.DETAIL, C.REGION FROM (SELECT DISTINCT D.SORT_KEY, "
                + "D.CONTACT_ID FROM " + matching(query, words, parameters) + " ORDER BY D.SORT_KEY, D.CONTACT_ID "
                + "OFFSET ? ROWS FETCH FIRST ? ROWS ONLY) P JOIN CONTACT_SEARCH_ENTRY C ON C.CONTACT_ID = P.CONTACT_ID "
                + "ORDER BY P.SORT_KEY, P.CONTACT_ID", query, parameters);
    }

    /** Runs {@code sql}: {@code parameters}, then the query's offset and limit. */
    private static List<ContactSummary> page(Connection connection, String sql, ContactQuery query, List<Object> parameters)
            throws SQLException {
        List<ContactSummary> found = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            int i = 1;
            for (Object parameter : parameters) {
                statement.setObject(i++, parameter);
            }
            statement.setInt(i++, query.offset());
            statement.setInt(i, query.limit());
            try (ResultSet rows = statement.executeQuery()) {
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
        boolean walk = anyPendingWords(connection);
        List<String> words = walk ? queryWords(query) : byRarity(connection, query).stream().map(Counted::word).toList();
        try (PreparedStatement select = connection.prepareStatement(words.isEmpty() || walk
                ? "SELECT COUNT(*) FROM " + scanning(query, words, parameters)
                : "SELECT COUNT(DISTINCT D.CONTACT_ID) FROM " + matching(query, words, parameters))) {
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
     * The FROM and WHERE of the index rows ({@code D}) of the first (rarest) word whose contact has
     * the other words and passes the filters; the listing ({@code C}) is joined only for those.
     */
    private static String matching(ContactQuery query, List<String> words, List<Object> parameters) {
        StringBuilder from = new StringBuilder("CONTACT_SEARCH_WORD D");
        if (words.size() > 1 || !query.filter().isEmpty()) {
            from.append(" JOIN CONTACT_SEARCH_ENTRY C ON C.CONTACT_ID = D.CONTACT_ID");
        }
        from.append(" WHERE D.WORD >= ? AND D.WORD < ?");
        parameters.add(words.get(0));
        parameters.add(words.get(0) + Character.MAX_VALUE);
        return from + everyWord(words.subList(1, words.size()), parameters) + filters(query, parameters);
    }

    /** Every contact in name order, each checked for every word through the (contact, word) index. */
    private static String scanning(ContactQuery query, List<String> words, List<Object> parameters) {
        return "CONTACT_SEARCH_ENTRY C WHERE TRUE" + everyWord(words, parameters) + filters(query, parameters);
    }

    /** Conditions that contact {@code C} has a word starting with each of {@code words}, read from its listing. */
    private static String everyWord(List<String> words, List<Object> parameters) {
        StringBuilder filter = new StringBuilder();
        for (String word : words) {
            filter.append(" AND LOCATE(?, C.WORDS) > 0");
            parameters.add(" " + word);
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
        if (f.uncheckedPhones()) {
            filter.append(" AND C.CONTACT_ID IN (SELECT CONTACT_ID FROM CONTACT_PHONE_UNCHECKED)");
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

    /** How many index rows start with {@code word}, counted up to {@link #PROBE_ROWS}. */
    private static long rows(Connection connection, String word) throws SQLException {
        try (PreparedStatement probe = connection.prepareStatement("SELECT COUNT(*) FROM (SELECT 1 FROM CONTACT_SEARCH_WORD "
                + "WHERE WORD >= ? AND WORD < ? FETCH FIRST ? ROWS ONLY)")) {
            probe.setString(1, word);
            probe.setString(2, word + Character.MAX_VALUE);
            probe.setInt(3, PROBE_ROWS);
            try (ResultSet result = probe.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        }
    }

    /** The sort key of the contact at {@code position} in the list, or {@code null} past its end. */
    private static String sortKeyAt(Connection connection, long position) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT SORT_KEY FROM CONTACT_SEARCH_ENTRY ORDER BY SORT_KEY OFFSET ? ROWS FETCH FIRST 1 ROW ONLY")) {
            query.setLong(1, position);
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? row.getString(1) : null;
            }
        }
    }

    private static long entries(Connection connection) throws SQLException {
        try (PreparedStatement count = connection.prepareStatement("SELECT COUNT(*) FROM CONTACT_SEARCH_ENTRY");
                ResultSet result = count.executeQuery()) {
            result.next();
            return result.getLong(1);
        }
    }

    /** A word of a query and how many index rows start with it (up to {@link #PROBE_ROWS}; -1 when not counted). */
    private record Counted(String word, long rows) {
    }

    /**
     * The distinct words of the query, rarest first: a word met once in a thousand contacts narrows
     * most. A lone word is not counted: there is nothing to order.
     */
    private static List<Counted> byRarity(Connection connection, ContactQuery query) throws SQLException {
        List<String> words = queryWords(query);
        List<Counted> counted = new ArrayList<>();
        for (String word : words) {
            counted.add(new Counted(word, words.size() > 1 ? rows(connection, word) : -1));
        }
        counted.sort(java.util.Comparator.comparingLong(Counted::rows));
        return counted;
    }

    private static List<String> queryWords(ContactQuery query) {
        return List.copyOf(new LinkedHashSet<>(SearchWords.query(query.text())));
    }

}
