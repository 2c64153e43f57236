package org.liaison.contacts.internal;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.liaison.contacts.Affiliation;
import org.liaison.contacts.ContactRelations;
import org.liaison.contacts.PersonLink;
import org.liaison.contacts.sectors.NaceTaxonomy;
import org.liaison.core.id.Ids;
import org.liaison.core.validation.ValidationException;
import org.liaison.core.validation.ValidationProblem;
import org.liaison.store.Store;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Affiliations and links in the store; a person's search words follow their affiliations. */
@Component(service = ContactRelations.class)
public class StoreContactRelations implements ContactRelations {

    private static final String AFFILIATION_COLUMNS = "ID, PERSON_ID, ORGANISATION_ID, ROLE, TITLE, FROM_DATE, TO_DATE";

    private final Store store;
    private final SearchIndex index;

    @Activate
    public StoreContactRelations(@Reference Store store, @Reference NaceTaxonomy sectors) {
        this.store = store;
        this.index = new SearchIndex(sectors);
    }

    @Override
    public Affiliation affiliate(Affiliation affiliation, Locale locale) {
        var texts = ContactTexts.in(locale);
        List<ValidationProblem> problems = new ArrayList<>();
        ContactChecks.limit(problems, "role", affiliation.role(), 100, texts);
        ContactChecks.limit(problems, "title", affiliation.title(), 100, texts);
        if (affiliation.from() != null && affiliation.to() != null && affiliation.to().isBefore(affiliation.from())) {
            problems.add(ValidationProblem.field("to", texts.get("affiliation.dates")));
        }
        Affiliation saved = new Affiliation(affiliation.id() == null ? Ids.newId() : affiliation.id(), affiliation.personId(),
                affiliation.organisationId(), blankToNull(affiliation.role()), blankToNull(affiliation.title()),
                affiliation.from(), affiliation.to());
        return store.transaction(connection -> {
            if (!Contacts.person(connection, saved.personId())) {
                problems.add(ValidationProblem.field("person", texts.get("contact.unknown", saved.personId())));
            }
            if (!Contacts.organisation(connection, saved.organisationId())) {
                problems.add(ValidationProblem.field("organisation", texts.get("contact.unknown", saved.organisationId())));
            }
            if (!problems.isEmpty()) {
                throw new ValidationException(problems);
            }
            UUID previousPerson = personOf(connection, saved.id());
            try (PreparedStatement merge = connection.prepareStatement(
                    "MERGE INTO CONTACT_AFFILIATION (" + AFFILIATION_COLUMNS + ") KEY (ID) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                ChildRows.bind(merge, saved.id(), saved.personId(), saved.organisationId(), saved.role(), saved.title(),
                        saved.from() == null ? null : Date.valueOf(saved.from()), saved.to() == null ? null : Date.valueOf(saved.to()));
                merge.executeUpdate();
            }
            index.reindexPerson(connection, saved.personId());
            if (previousPerson != null && !previousPerson.equals(saved.personId())) {
                index.reindexPerson(connection, previousPerson);
            }
            return saved;
        });
    }

    @Override
    public void removeAffiliation(UUID affiliationId) {
        store.transaction(connection -> {
            UUID person = personOf(connection, affiliationId);
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM CONTACT_AFFILIATION WHERE ID = ?")) {
                delete.setObject(1, affiliationId);
                delete.executeUpdate();
            }
            if (person != null) {
                index.reindexPerson(connection, person);
            }
            return null;
        });
    }

    @Override
    public List<Affiliation> affiliations(UUID personId) {
        List<Affiliation> found = affiliationsWhere("PERSON_ID", personId);
        LocalDate today = LocalDate.now();
        found.sort(Comparator.comparing((Affiliation a) -> !a.current(today))
                .thenComparing(a -> a.from() == null ? LocalDate.MIN : a.from(), Comparator.reverseOrder()));
        return found;
    }

    @Override
    public List<Affiliation> members(UUID organisationId) {
        return affiliationsWhere("ORGANISATION_ID", organisationId);
    }

    private List<Affiliation> affiliationsWhere(String column, UUID id) {
        return store.read(connection -> {
            List<Affiliation> found = new ArrayList<>();
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT " + AFFILIATION_COLUMNS + " FROM CONTACT_AFFILIATION WHERE " + column + " = ? ORDER BY ID")) {
                query.setObject(1, id);
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        Date from = rows.getDate(6);
                        Date to = rows.getDate(7);
                        found.add(new Affiliation(rows.getObject(1, UUID.class), rows.getObject(2, UUID.class),
                                rows.getObject(3, UUID.class), rows.getString(4), rows.getString(5),
                                from == null ? null : from.toLocalDate(), to == null ? null : to.toLocalDate()));
                    }
                }
            }
            return found;
        });
    }

    @Override
    public PersonLink link(UUID from, UUID to, String kind, Locale locale) {
        var texts = ContactTexts.in(locale);
        String code = kind == null ? "" : kind.strip().toUpperCase(Locale.ROOT);
        List<ValidationProblem> problems = new ArrayList<>();
        if (!code.matches("[A-Z][A-Z_]{0,29}")) {
            problems.add(ValidationProblem.field("kind", texts.get("link.kind", kind)));
        }
        if (from != null && from.equals(to)) {
            problems.add(ValidationProblem.field("to", texts.get("link.self")));
        }
        // the same tie made on two desktops offline is one row
        PersonLink link = new PersonLink(Ids.derived("link", from, to, code), from, to, code);
        return store.transaction(connection -> {
            if (!Contacts.person(connection, from)) {
                problems.add(ValidationProblem.field("from", texts.get("contact.unknown", from)));
            }
            if (!Contacts.person(connection, to)) {
                problems.add(ValidationProblem.field("to", texts.get("contact.unknown", to)));
            }
            if (!problems.isEmpty()) {
                throw new ValidationException(problems);
            }
            try (PreparedStatement merge = connection.prepareStatement(
                    "MERGE INTO CONTACT_LINK (ID, FROM_PERSON, TO_PERSON, KIND) KEY (ID) VALUES (?, ?, ?, ?)")) {
                ChildRows.bind(merge, link.id(), from, to, code);
                merge.executeUpdate();
            }
            return link;
        });
    }

    @Override
    public void unlink(UUID linkId) {
        store.transaction(connection -> {
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM CONTACT_LINK WHERE ID = ?")) {
                delete.setObject(1, linkId);
                return delete.executeUpdate();
            }
        });
    }

    @Override
    public List<PersonLink> links(UUID personId) {
        return store.read(connection -> {
            List<PersonLink> found = new ArrayList<>();
            try (PreparedStatement query = connection.prepareStatement("SELECT ID, FROM_PERSON, TO_PERSON, KIND FROM CONTACT_LINK "
                    + "WHERE FROM_PERSON = ? OR TO_PERSON = ? ORDER BY KIND, ID")) {
                query.setObject(1, personId);
                query.setObject(2, personId);
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        found.add(new PersonLink(rows.getObject(1, UUID.class), rows.getObject(2, UUID.class),
                                rows.getObject(3, UUID.class), rows.getString(4)));
                    }
                }
            }
            return found;
        });
    }

    private static UUID personOf(Connection connection, UUID affiliationId) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT PERSON_ID FROM CONTACT_AFFILIATION WHERE ID = ?")) {
            query.setObject(1, affiliationId);
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? row.getObject(1, UUID.class) : null;
            }
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
