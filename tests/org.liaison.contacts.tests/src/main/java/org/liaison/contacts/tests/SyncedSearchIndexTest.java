package org.liaison.contacts.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.liaison.bench.data.SyntheticContacts;
import org.liaison.contacts.Affiliation;
import org.liaison.contacts.ContactQuery;
import org.liaison.contacts.ContactRelations;
import org.liaison.contacts.ContactService;
import org.liaison.contacts.ContactSummary;
import org.liaison.contacts.DataProtection;
import org.liaison.contacts.Email;
import org.liaison.contacts.Organisation;
import org.liaison.contacts.Person;
import org.liaison.core.clock.HybridLogicalClocks;
import org.liaison.store.OpenStore;
import org.liaison.store.Store;
import org.liaison.store.StoreFactory;
import org.liaison.store.StoreStatus;
import org.liaison.store.changes.CapturedChange;
import org.liaison.store.changes.Outbox;
import org.liaison.store.changes.RemoteChange;
import org.liaison.test.support.StoreFixture;

/**
 * A desktop that receives contacts by sync, a table's rows page after page as a first load brings
 * them, lists and indexes them exactly as the desktop where they were entered; and follows the
 * edits made there afterwards.
 */
class SyncedSearchIndexTest {

    private static final int PAGE = 1_000;

    @Test
    void contactsReceivedPageByPageAreListedAndIndexedAsWhereTheyWereEntered() throws Exception {
        StoreStatus status = StoreFixture.memory("synced-index-" + UUID.randomUUID());
        assertEquals(StoreStatus.State.OPEN, status.state(), () -> status.failure().map(Throwable::getMessage).orElse(""));
        ContactService contacts = StoreFixture.service(ContactService.class);
        ContactRelations relations = StoreFixture.service(ContactRelations.class);
        Outbox outbox = StoreFixture.service(Outbox.class);
        Store here = StoreFixture.service(Store.class);

        List<Person> people = SyntheticContacts.save(contacts, new SyntheticContacts(21, 0.0).people(2_500));
        Organisation marine = contacts.save(Organisation.named("Côte d'Albâtre Marine"), Locale.ENGLISH);
        relations.affiliate(new Affiliation(null, people.get(0).id(), marine.id(), "OWNER", "Gérante", null, null), Locale.ENGLISH);

        try (OpenStore desktop = StoreFixture.service(StoreFactory.class).openInMemory("synced-index-desktop-" + UUID.randomUUID(),
                HybridLogicalClocks.over(Clock.systemUTC()))) {
            long sent = send(outbox, desktop, 0);
            assertTrue(sent > 5 * people.size(), "people, their emails, phones and tags were sent");
            SortedSet<String> listing = listing(here);
            assertEquals(people.size() + 1, listing.size());
            assertEquals(listing, listing(desktop.store()), "the same listing");
            assertEquals(words(here), words(desktop.store()), "the same word rows");

            Person renamed = people.get(1);
            contacts.save(new Person(renamed.id(), renamed.givenName(), "Delacroix-Évrard", renamed.preferredLanguage(),
                    renamed.languages(), renamed.region(), renamed.address(), renamed.role(), renamed.readiness(), renamed.source(),
                    renamed.referredBy(), renamed.ownerStaff(), renamed.emails(), renamed.phones(), renamed.tags(), renamed.barriers()),
                    Locale.ENGLISH);
            Person moved = people.get(2);
            contacts.save(moved.withContacts(List.of(new Email("nouvelle.adresse@fecamp-peche.fr", true)), moved.phones())
                    .withTags(Set.of("pêche", "export")), Locale.ENGLISH);
            contacts.save(new Organisation(marine.id(), "Albâtre Nautisme", null, null, null, null, null, "FR-76", null, Set.of(),
                    Set.of(), Set.of()), Locale.ENGLISH);
            StoreFixture.service(DataProtection.class).erase(people.get(3).id());
            send(outbox, desktop, sent);
            assertEquals(people.size(), listing(here).size(), "the erased person left the list");
            assertEquals(List.of(renamed.id()), ids(contacts.search(ContactQuery.text("delacroix evrard"))));
            assertEquals(List.of(moved.id()), ids(contacts.search(ContactQuery.text("fecamp-peche.fr peche"))));
            assertEquals(List.of(), ids(contacts.search(ContactQuery.text(moved.emails().get(0).address()))), "the old email is gone");
            assertEquals(List.of(people.get(0).id()), ids(contacts.search(ContactQuery.text("albatre nautisme"))).stream()
                    .filter(id -> !id.equals(marine.id())).toList(), "found by the organisation's new name");
            assertEquals(wordsOfListing(here), words(here), "one word row for each word of each listed contact, no other");
            assertEquals(listing(here), listing(desktop.store()), "the same listing after the edits");
            assertEquals(words(here), words(desktop.store()), "the same word rows after the edits");
        }
    }

    /** Applies what was captured here after {@code sequence} to the other desktop, page by page; gives the last sequence sent. */
    private static long send(Outbox outbox, OpenStore desktop, long sequence) {
        long last = sequence;
        for (List<CapturedChange> page = outbox.after(last, PAGE); !page.isEmpty(); page = outbox.after(last, PAGE)) {
            List<RemoteChange> received = new ArrayList<>();
            for (CapturedChange change : page) {
                received.add(new RemoteChange(change.table(), change.rowId(), change.operation(), change.stamp(), change.fields()));
            }
            desktop.remoteChanges().apply(received);
            last = page.get(page.size() - 1).sequence();
        }
        return last;
    }

    /** The listing's rows, each contact's words in alphabetical order (their order in the row may differ). */
    private static SortedSet<String> listing(Store store) {
        return rows(store, "SELECT CONTACT_ID, KIND, NAME, DETAIL, REGION, SORT_KEY, WORDS FROM CONTACT_SEARCH_ENTRY", 7);
    }

    private static List<UUID> ids(List<ContactSummary> found) {
        return found.stream().map(ContactSummary::id).toList();
    }

    /** The word rows the listing calls for: each of a contact's words with its sort key. */
    private static SortedSet<String> wordsOfListing(Store store) {
        SortedSet<String> rows = new TreeSet<>();
        for (String entry : rows(store, "SELECT WORDS, SORT_KEY, CONTACT_ID FROM CONTACT_SEARCH_ENTRY", 0)) {
            String[] columns = entry.split("\\|");
            for (String word : columns[0].strip().split(" ")) {
                rows.add(word + "|" + columns[1] + "|" + columns[2] + "|");
            }
        }
        return rows;
    }

    private static SortedSet<String> words(Store store) {
        return rows(store, "SELECT WORD, SORT_KEY, CONTACT_ID FROM CONTACT_SEARCH_WORD", 0);
    }

    private static SortedSet<String> rows(Store store, String sql, int wordsColumn) {
        return store.read(connection -> {
            SortedSet<String> rows = new TreeSet<>();
            try (Statement query = connection.createStatement(); ResultSet result = query.executeQuery(sql)) {
                int columns = result.getMetaData().getColumnCount();
                while (result.next()) {
                    StringBuilder row = new StringBuilder();
                    for (int c = 1; c <= columns; c++) {
                        row.append(c == wordsColumn ? sorted(result.getString(c)) : result.getString(c)).append('|');
                    }
                    rows.add(row.toString());
                }
            }
            return rows;
        });
    }

    private static String sorted(String words) {
        String[] each = words.strip().split(" ");
        Arrays.sort(each);
        return String.join(" ", each);
    }
}
