package org.liaison.contacts.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.liaison.contacts.ContactQuery;
import org.liaison.contacts.ContactService;
import org.liaison.contacts.ContactSummary;
import org.liaison.contacts.Organisation;
import org.liaison.contacts.Person;
import org.liaison.contacts.Segment;
import org.liaison.contacts.sectors.NaceTaxonomy;
import org.liaison.core.validation.ValidationException;
import org.liaison.core.validation.ValidationProblem;
import org.liaison.store.Store;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

/** People and organisations in the store, with their search words kept up to date in the same transaction. */
@Component(service = ContactService.class)
public class StoreContactService implements ContactService {

    private final Store store;
    private final ContactChecks checks;
    private final SearchIndex index;

    private final SearchIndexRebuild rebuild;
    private final PendingSearchWords pendingWords;
    /** One thread for the index's background work: a rebuild, then the words a large import left. */
    private final ExecutorService background = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "contacts search index");
        thread.setDaemon(true);
        return thread;
    });

    @Activate
    public StoreContactService(@Reference Store store, @Reference NaceTaxonomy sectors) {
        this.store = store;
        this.checks = new ContactChecks(sectors, () -> segmentIds().keySet());
        this.index = new SearchIndex(sectors);
        // activated again for each database the store opens (another data folder): each gets its check
        this.rebuild = new SearchIndexRebuild(store, index);
        this.pendingWords = new PendingSearchWords(store);
        background.execute(rebuild);
        background.execute(pendingWords);
    }

    @Deactivate
    void stop() {
        rebuild.stop();
        pendingWords.stop();
        background.shutdown();
    }

    @Override
    public Person save(Person person, Locale locale) {
        Person checked = checks.check(person, locale);
        return store.transaction(connection -> {
            UUID id = PersonTable.write(connection, checked);
            Person saved = checked.withId(id);
            indexPerson(connection, saved);
            return saved;
        });
    }

    @Override
    public List<Person> saveAll(List<Person> people, Locale locale) {
        List<Object> checkedOrRefused = people.parallelStream().map(person -> {
            try {
                return (Object) checks.check(person, locale);
            } catch (ValidationException e) {
                return e;
            }
        }).toList();
        List<Person> checked = new ArrayList<>(people.size());
        List<ValidationProblem> problems = new ArrayList<>();
        for (int i = 0; i < checkedOrRefused.size(); i++) {
            if (checkedOrRefused.get(i) instanceof ValidationException e) {
                for (ValidationProblem problem : e.problems()) {
                    problems.add(ValidationProblem.line(i + 1, problem.field(), problem.message()));
                }
            } else {
                checked.add((Person) checkedOrRefused.get(i));
            }
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        return saveChecked(checked);
    }

    /** Saves people {@link ContactChecks} gave back: an import checks them first, where it can stop when asked. */
    List<Person> saveChecked(List<Person> checked) {
        return store.transaction(connection -> {
            if (checked.stream().allMatch(p -> p.id() == null)) { // new people only, as in an import: batched
                List<Person> saved = SearchIndex.withIdsInListOrder(checked);
                PersonTable.insertAll(connection, saved);
                if (index.indexNewPeople(connection, saved)) {
                    // queued now, it starts once this transaction (or the one it joined) has ended
                    background.execute(pendingWords);
                }
                return saved;
            }
            List<Person> saved = new ArrayList<>(checked.size());
            for (Person person : checked) {
                UUID id = PersonTable.write(connection, person);
                saved.add(person.withId(id));
                indexPerson(connection, saved.get(saved.size() - 1));
            }
            return saved;
        });
    }

    @Override
    public Organisation save(Organisation organisation, Locale locale) {
        Organisation checked = checks.check(organisation, locale);
        Map<String, UUID> segments = segmentIds();
        return store.transaction(connection -> {
            UUID id = OrganisationTable.write(connection, checked, segments);
            Organisation saved = checked.withId(id);
            index.indexOrganisation(connection, saved);
            reindexMembers(connection, id);
            return saved;
        });
    }

    @Override
    public Optional<Person> person(UUID id) {
        return store.read(connection -> PersonTable.read(connection, id));
    }

    @Override
    public Optional<Organisation> organisation(UUID id) {
        return store.read(connection -> OrganisationTable.read(connection, id));
    }

    @Override
    public List<ContactSummary> search(ContactQuery query) {
        return store.read(connection -> index.search(connection, query));
    }

    @Override
    public long count(ContactQuery query) {
        return store.read(connection -> index.count(connection, query));
    }

    @Override
    public long awaitingSearchWords() {
        return store.read(SearchIndex::pendingWords);
    }

    @Override
    public List<ContactSummary> recent(int limit) {
        return store.read(connection -> {
            try (PreparedStatement query = connection.prepareStatement("SELECT CONTACT_ID, KIND, NAME, DETAIL, REGION "
                    + "FROM CONTACT_SEARCH_ENTRY ORDER BY CONTACT_ID DESC FETCH FIRST ? ROWS ONLY")) {
                query.setInt(1, limit);
                List<ContactSummary> recent = new java.util.ArrayList<>();
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        recent.add(new ContactSummary(rows.getObject(1, UUID.class), ContactSummary.Kind.valueOf(rows.getString(2)),
                                rows.getString(3), rows.getString(4), rows.getString(5)));
                    }
                }
                return recent;
            }
        });
    }

    @Override
    public long count() {
        return store.read(connection -> {
            try (Statement statement = connection.createStatement();
                    ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM CONTACT_SEARCH_ENTRY")) {
                rows.next();
                return rows.getLong(1);
            }
        });
    }

    @Override
    public Optional<UUID> findByEmailOrPhone(String emailOrPhone) {
        return store.read(connection -> {
            try (PreparedStatement query = connection.prepareStatement("SELECT E.CONTACT_ID FROM CONTACT_EMAIL E "
                    + "JOIN CONTACT_SEARCH_ENTRY S ON S.CONTACT_ID = E.CONTACT_ID WHERE E.ADDRESS = ? "
                    + "UNION SELECT P.CONTACT_ID FROM CONTACT_PHONE P JOIN CONTACT_SEARCH_ENTRY S ON S.CONTACT_ID = P.CONTACT_ID "
                    + "WHERE P.NUMBER_E164 = ? FETCH FIRST 1 ROW ONLY")) {
                query.setString(1, emailOrPhone);
                query.setString(2, emailOrPhone);
                try (ResultSet row = query.executeQuery()) {
                    return row.next() ? Optional.of(row.getObject(1, UUID.class)) : Optional.empty();
                }
            }
        });
    }

    @Override
    public List<Segment> segments() {
        return store.read(connection -> {
            List<Segment> segments = new ArrayList<>();
            try (PreparedStatement query = connection.prepareStatement("SELECT CODE, LABEL_EN, LABEL_FR FROM CONTACT_SEGMENT ORDER BY CODE");
                    ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    segments.add(new Segment(rows.getString(1), rows.getString(2), rows.getString(3)));
                }
            }
            return segments;
        });
    }

    @Override
    public Segment save(Segment segment, Locale locale) {
        var texts = ContactTexts.in(locale);
        List<ValidationProblem> problems = new ArrayList<>();
        String code = segment.code() == null ? "" : segment.code().strip().toUpperCase(Locale.ROOT);
        if (!code.matches("[A-Z][A-Z0-9_]{0,39}")) {
            problems.add(ValidationProblem.field("code", texts.get("segment.code", segment.code())));
        }
        for (String[] label : List.of(new String[] { "labelEn", segment.labelEn() }, new String[] { "labelFr", segment.labelFr() })) {
            if (label[1] == null || label[1].isBlank()) {
                problems.add(ValidationProblem.field(label[0], texts.get("field.label")));
            }
            ContactChecks.limit(problems, label[0], label[1], 100, texts);
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        Segment clean = new Segment(code, segment.labelEn().strip(), segment.labelFr().strip());
        return store.transaction(connection -> {
            UUID id = segmentIds().getOrDefault(code, org.liaison.core.id.Ids.derived("segment", code));
            try (PreparedStatement merge = connection.prepareStatement(
                    "MERGE INTO CONTACT_SEGMENT (ID, CODE, LABEL_EN, LABEL_FR) KEY (ID) VALUES (?, ?, ?, ?)")) {
                ChildRows.bind(merge, id, clean.code(), clean.labelEn(), clean.labelFr());
                merge.executeUpdate();
            }
            return clean;
        });
    }

    private void indexPerson(Connection connection, Person person) throws SQLException {
        index.indexPerson(connection, person);
    }

    /** An organisation renamed: its people are found by the new name. */
    private void reindexMembers(Connection connection, UUID organisationId) throws SQLException {
        index.reindexAll(connection, IdQueries.ids(connection,
                "SELECT PERSON_ID FROM CONTACT_AFFILIATION WHERE ORGANISATION_ID = ANY(?)", new UUID[] { organisationId }));
    }

    private Map<String, UUID> segmentIds() {
        return store.read(connection -> {
            Map<String, UUID> ids = new HashMap<>();
            try (PreparedStatement query = connection.prepareStatement("SELECT CODE, ID FROM CONTACT_SEGMENT");
                    ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    ids.put(rows.getString(1), rows.getObject(2, UUID.class));
                }
            }
            return ids;
        });
    }
}
