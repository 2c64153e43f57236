package org.liaison.contacts.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.liaison.contacts.ConsentPurpose;
import org.liaison.contacts.ContactFilter;
import org.liaison.contacts.ContactService;
import org.liaison.contacts.ContactSummary;
import org.liaison.contacts.Readiness;
import org.liaison.contacts.SavedSearch;
import org.liaison.contacts.SavedSearches;
import org.liaison.core.id.Ids;
import org.liaison.core.validation.ValidationException;
import org.liaison.core.validation.ValidationProblem;
import org.liaison.store.Store;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Smart groups kept as their words and their filter (JSON); members are found by running the search. */
@Component(service = SavedSearches.class)
public class StoreSavedSearches implements SavedSearches {

    /** Made when a smart group is first written or read: a desktop without smart groups starts without it. */
    private static final class Json {
        static final ObjectMapper MAPPER = new ObjectMapper();
    }

    private static final int MEMBERS_PAGE = 5_000;

    /** The filter as stored: its own record, so that what the API record offers besides its fields stays out of the JSON. */
    record Stored(String region, String language, String sector, String segment, String readiness, String tag, String consent,
            // written only when set, so that desktops of an earlier release still read every other group
            @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_DEFAULT)
            boolean uncheckedPhones) {

        static Stored of(ContactFilter f) {
            return new Stored(f.region(), f.language(), f.sector(), f.segment(), f.readiness() == null ? null : f.readiness().name(),
                    f.tag(), f.consent() == null ? null : f.consent().name(), f.uncheckedPhones());
        }

        ContactFilter filter() {
            return new ContactFilter(region, language, sector, segment, readiness == null ? null : Readiness.valueOf(readiness), tag,
                    consent == null ? null : ConsentPurpose.valueOf(consent), uncheckedPhones);
        }
    }

    private final Store store;
    private final ContactService contacts;

    @Activate
    public StoreSavedSearches(@Reference Store store, @Reference ContactService contacts) {
        this.store = store;
        this.contacts = contacts;
    }

    @Override
    public SavedSearch save(String name, String text, ContactFilter filter, Locale locale) {
        var texts = ContactTexts.in(locale);
        List<ValidationProblem> problems = new ArrayList<>();
        if (name == null || name.isBlank()) {
            problems.add(ValidationProblem.field("name", texts.get("savedSearch.name")));
        }
        ContactChecks.limit(problems, "name", name, 100, texts);
        ContactChecks.limit(problems, "text", text, 500, texts);
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        String clean = name.strip();
        // the same name on two desktops is the same group
        SavedSearch search = new SavedSearch(Ids.derived("saved-search", clean.toLowerCase(Locale.ROOT)), clean,
                text == null ? "" : text.strip(), filter == null ? ContactFilter.NONE : filter);
        return store.transaction(connection -> {
            try (PreparedStatement merge = connection.prepareStatement(
                    "MERGE INTO CONTACT_SAVED_SEARCH (ID, NAME, SEARCH_TEXT, FILTER_JSON) KEY (ID) VALUES (?, ?, ?, ?)")) {
                ChildRows.bind(merge, search.id(), search.name(), search.text(),
                        Json.MAPPER.writeValueAsString(Stored.of(search.filter())));
                merge.executeUpdate();
            } catch (JsonProcessingException e) {
                throw new UncheckedIOException(e);
            }
            return search;
        });
    }

    @Override
    public List<SavedSearch> all() {
        return store.read(connection -> {
            List<SavedSearch> found = new ArrayList<>();
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT ID, NAME, SEARCH_TEXT, FILTER_JSON FROM CONTACT_SAVED_SEARCH ORDER BY LOWER(NAME)");
                    ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    found.add(savedSearch(rows));
                }
            }
            return found;
        });
    }

    @Override
    public Optional<SavedSearch> find(UUID id) {
        return all().stream().filter(s -> s.id().equals(id)).findFirst();
    }

    @Override
    public void delete(UUID id) {
        store.transaction(connection -> {
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM CONTACT_SAVED_SEARCH WHERE ID = ?")) {
                delete.setObject(1, id);
                return delete.executeUpdate();
            }
        });
    }

    @Override
    public List<UUID> members(UUID savedSearchId) {
        SavedSearch search = find(savedSearchId).orElseThrow(() -> new IllegalArgumentException("no smart group " + savedSearchId));
        List<UUID> members = new ArrayList<>();
        for (int offset = 0;; offset += MEMBERS_PAGE) {
            List<ContactSummary> page = contacts.search(search.query(offset, MEMBERS_PAGE));
            page.forEach(c -> members.add(c.id()));
            if (page.size() < MEMBERS_PAGE) {
                return members;
            }
        }
    }

    private static SavedSearch savedSearch(ResultSet row) throws java.sql.SQLException {
        try {
            return new SavedSearch(row.getObject(1, UUID.class), row.getString(2), row.getString(3),
                    Json.MAPPER.readValue(row.getString(4), Stored.class).filter());
        } catch (IOException e) {
            throw new UncheckedIOException("smart group " + row.getString(2) + " cannot be read", e);
        }
    }
}
