package org.liaison.contacts.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.liaison.contacts.ContactQuery;
import org.liaison.contacts.ContactService;
import org.liaison.contacts.ContactSummary;
import org.liaison.contacts.Organisation;
import org.liaison.contacts.Person;
import org.liaison.contacts.sectors.NaceTaxonomy;
import org.liaison.store.Store;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** People and organisations in the store, with their search words kept up to date in the same transaction. */
@Component(service = ContactService.class)
public class StoreContactService implements ContactService {

    private final Store store;
    private final ContactChecks checks;
    private final SearchIndex index;

    @Activate
    public StoreContactService(@Reference Store store, @Reference NaceTaxonomy sectors) {
        this.store = store;
        this.checks = new ContactChecks(sectors, () -> segmentIds().keySet());
        this.index = new SearchIndex(sectors);
    }

    @Override
    public Person save(Person person, Locale locale) {
        Person checked = checks.check(person, locale);
        return store.transaction(connection -> {
            UUID id = PersonTable.write(connection, checked);
            index.index(connection, id, index.words(checked, Set.of()));
            return checked.withId(id);
        });
    }

    @Override
    public Organisation save(Organisation organisation, Locale locale) {
        Organisation checked = checks.check(organisation, locale);
        Map<String, UUID> segments = segmentIds();
        return store.transaction(connection -> {
            UUID id = OrganisationTable.write(connection, checked, segments);
            index.index(connection, id, index.words(checked));
            return checked.withId(id);
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
    public long count() {
        return store.read(connection -> {
            try (Statement statement = connection.createStatement();
                    ResultSet rows = statement.executeQuery("SELECT (SELECT COUNT(*) FROM CONTACT_PERSON WHERE NOT ERASED) "
                            + "+ (SELECT COUNT(*) FROM CONTACT_ORGANISATION WHERE NOT ERASED)")) {
                rows.next();
                return rows.getLong(1);
            }
        });
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
